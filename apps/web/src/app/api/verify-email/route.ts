import { verifyEmailRoute } from "@aiml/api";
import { allowedOrigins } from "~/server/app-origins";
import { getAuth } from "~/server/auth";

export const dynamic = "force-dynamic";

export const POST = verifyEmailRoute(getAuth, allowedOrigins);
