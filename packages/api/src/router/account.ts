import { z } from "zod";
import { accountOverview } from "../queries/account/overview";
import { totpQrCodeSvg } from "../queries/account/totp-qr-code";
import { createTRPCRouter, protectedProcedure } from "../trpc";

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
});
