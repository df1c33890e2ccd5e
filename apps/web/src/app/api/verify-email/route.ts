import { allowedOrigins } from "~/server/app-origins";
import { getAuth } from "~/server/auth";
import { verifyEmailRoute } from "~/serving/routes/verify-email-route";

export const dynamic = "force-dynamic";

export const POST = verifyEmailRoute(getAuth, allowedOrigins);
