import { allowedOrigins } from "~/server/app-origins";
import { getAuth } from "~/server/auth";
import { signOutRoute } from "~/serving/routes/sign-out-route";

export const dynamic = "force-dynamic";

export const POST = signOutRoute(getAuth, allowedOrigins);
