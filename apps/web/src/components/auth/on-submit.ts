// What the sign-in and sign-up forms need once submitted, loaded then as one chunk.

export { sendVerificationEmail, signInWithEmail, signUpWithEmail } from "./auth-api";
export { checkCredentials } from "./credentials";
