import { PASSWORD_MAX_LENGTH } from "@aiml/auth";
import { z } from "zod";
import { exportAccountData } from "../queries/account/reads/export";
import { accountOverview } from "../queries/account/reads/overview";
import { listSessions } from "../queries/account/reads/sessions";
import { totpQrCodeSvg } from "../queries/account/totp-qr-code";
import { deleteAccount } from "../queries/account/writes/delete";
import { revokeOtherSessions, revokeSession } from "../queries/account/writes/sessions";
import { createTRPCRouter, protectedProcedure } from "../trpc";
import { id } from "./inputs";

/** The signed-in user's own account: every call acts on the caller alone. */
export const accountRouter = createTRPCRouter({
  overview: protectedProcedure.query(({ ctx }) => accountOverview(ctx.db, ctx.session.user.id)),

  /**
   * Draws the setup URI Better Auth returned (to this browser, after the password) as a QR
   * code. A mutation: the URI holds the secret and must not end up in a URL.
   */
  totpQrCode: protectedProcedure
    .input(
      z.object({
        uri: z
          .string()
          .max(512)
          .regex(/^otpauth:\/\/totp\/[^\s]+$/, "Not an authenticator setup URI"),
      }),
    )
    .mutation(async ({ input }) => ({ svg: await totpQrCodeSvg(input.uri) })),

  /** The user's signed-in sessions (devices), the current one marked. */
  sessions: protectedProcedure.query(({ ctx }) =>
    listSessions(ctx.db, ctx.session.user.id, ctx.session.sessionId),
  ),

  revokeSession: protectedProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) =>
      revokeSession(ctx.db, ctx.session.user.id, ctx.session.sessionId, input.id),
    ),

  revokeOtherSessions: protectedProcedure.mutation(({ ctx }) =>
    revokeOtherSessions(ctx.db, ctx.session.user.id, ctx.session.sessionId),
  ),

  /** Everything the app holds about the user, for download as JSON. */
  exportData: protectedProcedure.query(({ ctx }) => exportAccountData(ctx.db, ctx.session.user.id)),

  /** Deletes the account and what belongs to it; the password confirms. */
  deleteAccount: protectedProcedure
    .input(
      z.object({ password: z.string().min(1, "Enter your password").max(PASSWORD_MAX_LENGTH) }),
    )
    .mutation(({ ctx, input }) => deleteAccount(ctx.db, ctx.session.user.id, input.password)),
});
