// The route guards and kept tRPC responses, for the integration tests that stand in for the
// app's routes (tests/integration/helpers): the routes themselves import the files directly.
export { authRoute, MAX_AUTH_BODY_BYTES } from "./auth-route";
export { cappedBody } from "./body-cap";
export { guardedRoute, type RouteGuards } from "./guarded-route";
export {
  type PublicReadLimiter,
  publicReadLimiter,
  publicReadsLimited,
  tooManyReads,
} from "./public-read-limit";
export { crossSiteRefusal } from "./same-origin";
export { sharedResponseKey, sharedResponses } from "./shared-responses";
export { signOutRoute } from "./sign-out-route";
export { verifyEmailRoute } from "./verify-email-route";
