import { createAuthClient } from "better-auth/react";

/** The browser's auth client; same origin as the app. */
export const authClient = createAuthClient();
