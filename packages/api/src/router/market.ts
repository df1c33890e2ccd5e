import { overviewHeadlines } from "@aiml/domain";
import { findPublishedFiguresByRef } from "../queries/published-figures";
import { createTRPCRouter, publicProcedure } from "../trpc";

export const marketRouter = createTRPCRouter({
  /** The Overview's headline figures, each with its source. */
  overview: publicProcedure.query(async ({ ctx }) => {
    const refs = overviewHeadlines.flatMap((h) =>
      h.companion ? [h.figure, h.companion] : [h.figure],
    );
    const figures = await findPublishedFiguresByRef(ctx.db, refs);
    const lookup = (ref: { datasetSlug: string; key: string }) =>
      figures.get(`${ref.datasetSlug}/${ref.key}`) ?? null;
    return {
      headlines: overviewHeadlines.map((h) => ({
        id: h.id,
        title: h.title,
        href: h.href,
        figure: lookup(h.figure),
        companion: h.companion ? lookup(h.companion) : null,
      })),
    };
  }),
});
