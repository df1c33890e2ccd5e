import { scenarioInputsSchema } from "@aiml/domain";
import { z } from "zod";
import { companyPractices } from "../queries/offer/reads/company-practices";
import {
  latestRates,
  offerFxRates,
  offerOccupations,
  offerParities,
  officialWages,
} from "../queries/offer/reads/offer-data";
import { retirementLimit } from "../queries/offer/reads/retirement-limit";
import { createTRPCRouter, publishedDataProcedure } from "../trpc";

/** Public open-data reads of the offer calculator (published data only). */
export const offerRouter = createTRPCRouter({
  /** What the calculator page needs up front: latest exchange rates, state parities, occupations. */
  calculatorData: publishedDataProcedure.query(async ({ ctx }) => {
    const [fx, parity, occupations, limit, practices] = await Promise.all([
      offerFxRates(ctx.db),
      offerParities(ctx.db),
      offerOccupations(ctx.db),
      retirementLimit(ctx.db),
      companyPractices(ctx.db),
    ]);
    return {
      practices,
      retirementLimit: limit,
      fx: fx ? { rates: latestRates(fx.rates), source: fx.source } : null,
      parity,
      occupations,
    };
  }),

  /** The latest official wage percentiles of an occupation in the US or a state, or null. */
  officialWages: publishedDataProcedure
    .input(
      z.object({
        socCode: scenarioInputsSchema.shape.occupationCode.unwrap(),
        area: scenarioInputsSchema.shape.wageArea.unwrap(),
      }),
    )
    .query(({ ctx, input }) => officialWages(ctx.db, input.socCode, input.area)),
});
