import type { AppRouter } from "@aiml/api";
import { createTRPCClient } from "@trpc/client";
import { browserLinks } from "~/trpc/links";

// Loaded when an occupation and area are chosen: the calculator's first load ships no API client.
const client = createTRPCClient<AppRouter>({ links: browserLinks() });

export const fetchOfficialWages = client.offer.officialWages.query;
