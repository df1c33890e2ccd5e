import { z } from "zod";

/** Postgres's `integer`: a larger number in a WHERE fails the query rather than matching nothing. */
const MAX_INT4 = 2_147_483_647;

/** Input pieces shared by the routers. */
export const id = z.string().trim().min(1).max(64);
export const revision = z.number().int().min(0).max(MAX_INT4);
