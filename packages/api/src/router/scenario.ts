import {
  computeValidScenario,
  type ScenarioInputs,
  scenarioInputsSchema,
  scenarioToCsv,
} from "@aiml/domain";
import { z } from "zod";
import { publishedFigures } from "../queries/market/reads/cached-figures";
import { compareOffers } from "../queries/offer/reads/compare-offers";
import { officialPosition } from "../queries/offer/reads/official-position";
import { retirementLimit } from "../queries/offer/reads/retirement-limit";
import { marketPosition } from "../queries/scenario/reads/market-position";
import { scenarioBrief } from "../queries/scenario/reads/negotiation-brief";
import { getScenario, getScenarios, listScenarios } from "../queries/scenario/reads/scenarios";
import type { StoredScenario } from "../queries/scenario/stored-scenario";
import {
  createScenario,
  deleteScenario,
  duplicateScenario,
  updateScenario,
} from "../queries/scenario/writes/scenarios";
import { createTRPCRouter, protectedProcedure } from "../trpc";

import { id, revision } from "./inputs";

const byId = z.object({ id });

/**
 * Computes with the admin-published IRS deferral limit (a 401(k) match in dollars is capped
 * by it; other currencies' plans are not US plans).
 */
async function calculator(db: Parameters<typeof retirementLimit>[0]) {
  const limit = await retirementLimit(db);
  return (inputs: ScenarioInputs) =>
    computeValidScenario(inputs, {
      retirementDeferralLimitCents: inputs.currency === "USD" ? (limit?.cents ?? null) : null,
    });
}

async function withResult(db: Parameters<typeof retirementLimit>[0], s: StoredScenario) {
  const compute = await calculator(db);
  return { ...s, result: compute(s.inputs) };
}

export const scenarioRouter = createTRPCRouter({
  list: protectedProcedure.query(async ({ ctx }) => {
    const [scenarios, compute] = await Promise.all([
      listScenarios(ctx.db, ctx.session.user.id),
      calculator(ctx.db),
    ]);
    return scenarios.map((s) => {
      const result = compute(s.inputs);
      return {
        id: s.id,
        name: s.name,
        revision: s.revision,
        updatedAt: s.updatedAt,
        company: s.inputs.company ?? null,
        currency: result.currency,
        horizonYears: result.horizonYears,
        year1Cash: result.year1Cash,
        annualizedTotal: result.annualizedTotal,
      };
    });
  }),

  get: protectedProcedure
    .input(byId)
    .query(
      async ({ ctx, input }) =>
        await withResult(ctx.db, await getScenario(ctx.db, ctx.session.user.id, input.id)),
    ),

  create: protectedProcedure
    .input(z.object({ inputs: scenarioInputsSchema }))
    .mutation(
      async ({ ctx, input }) =>
        await withResult(ctx.db, await createScenario(ctx.db, ctx.session.user.id, input.inputs)),
    ),

  update: protectedProcedure
    .input(z.object({ id, revision, inputs: scenarioInputsSchema }))
    .mutation(
      async ({ ctx, input }) =>
        await withResult(
          ctx.db,
          await updateScenario(ctx.db, ctx.session.user.id, input.id, input.revision, input.inputs),
        ),
    ),

  rename: protectedProcedure
    .input(z.object({ id, revision, name: scenarioInputsSchema.shape.name }))
    .mutation(async ({ ctx, input }) => {
      const current = await getScenario(ctx.db, ctx.session.user.id, input.id);
      const inputs = { ...current.inputs, name: input.name };
      return await withResult(
        ctx.db,
        await updateScenario(ctx.db, ctx.session.user.id, input.id, input.revision, inputs),
      );
    }),

  duplicate: protectedProcedure
    .input(byId)
    .mutation(
      async ({ ctx, input }) =>
        await withResult(ctx.db, await duplicateScenario(ctx.db, ctx.session.user.id, input.id)),
    ),

  delete: protectedProcedure.input(byId).mutation(async ({ ctx, input }) => {
    await deleteScenario(ctx.db, ctx.session.user.id, input.id);
    return { id: input.id };
  }),

  /**
   * Two to four of the user's scenarios side by side, in one currency (converted at the
   * dataset's annual rates when they differ), optionally at one state's prices.
   */
  compare: protectedProcedure
    .input(
      z.object({
        ids: z
          .array(id)
          .min(2, "Pick at least two scenarios")
          .max(4, "Compare at most four scenarios"),
        currency: scenarioInputsSchema.shape.currency.unwrap().optional(),
        state: scenarioInputsSchema.shape.workState,
      }),
    )
    .query(async ({ ctx, input }) => {
      const compute = await calculator(ctx.db);
      const scenarios = (await getScenarios(ctx.db, ctx.session.user.id, input.ids)).map((s) => ({
        ...s,
        result: compute(s.inputs),
      }));
      const compared = await compareOffers(ctx.db, scenarios, {
        currency: input.currency,
        state: input.state,
      });
      return { scenarios, ...compared };
    }),

  /**
   * Where the scenario's pay falls against the published benchmarks it matches, and its base
   * among the official wage percentiles of its occupation and area (read at request time, so
   * it follows new publishes).
   */
  marketPosition: protectedProcedure.input(byId).query(async ({ ctx, input }) => {
    const scenario = await withResult(
      ctx.db,
      await getScenario(ctx.db, ctx.session.user.id, input.id),
    );
    const [figures, official] = await Promise.all([
      publishedFigures(ctx.db),
      officialPosition(ctx.db, scenario.inputs, scenario.result),
    ]);
    const { brief: _brief, ...officialFigures } = official;
    return {
      comparisons: marketPosition(scenario.inputs, scenario.result, figures),
      official: officialFigures,
    };
  }),

  /** The one-page negotiation brief: every sentence computed from the scenario and cited data. */
  brief: protectedProcedure.input(byId).query(async ({ ctx, input }) => {
    const scenario = await withResult(
      ctx.db,
      await getScenario(ctx.db, ctx.session.user.id, input.id),
    );
    return {
      id: scenario.id,
      filename: `${scenario.name.replace(/[^\w.-]+/g, "_").slice(0, 60) || "scenario"}-brief.pdf`,
      brief: await scenarioBrief(ctx.db, scenario, new Date()),
    };
  }),

  exportCsv: protectedProcedure.input(byId).query(async ({ ctx, input }) => {
    const scenario = await withResult(
      ctx.db,
      await getScenario(ctx.db, ctx.session.user.id, input.id),
    );
    return {
      filename: `${scenario.name.replace(/[^\w.-]+/g, "_").slice(0, 60) || "scenario"}.csv`,
      csv: scenarioToCsv(scenario.inputs, scenario.result),
    };
  }),
});
