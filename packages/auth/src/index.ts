export { verifyAccountPassword } from "./account-password";
export { type AuthSessionUser, createAppAuth, getSessionUser } from "./app-auth";
export {
  type Auth,
  type AuthOptions,
  createAuth,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from "./auth";
export { clientIp } from "./client-ip";
export { type AuthEnv, appOrigins, readAuthEnv } from "./env";
export { emailHasher } from "./log-events";
export {
  checkMailAtStartUp,
  createMailer,
  developmentOutboxDir,
  type Mailer,
  type MailMessage,
  mailerFromEnv,
  readMailSettings,
} from "./mail";
export { accountPolicy, clientPolicy } from "./sign-in-throttle";
export { clientAddressOf, parseTrustedProxies, type TrustedProxies } from "./trusted-proxies";
