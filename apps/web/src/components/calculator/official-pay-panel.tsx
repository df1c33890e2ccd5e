import {
  convertMoney,
  latestCommonRateYear,
  placeAmongPercentiles,
  type ScenarioResult,
} from "@aiml/domain";
import { useEffect, useState } from "react";
import type { FxData } from "./currency-panel";
import { type OfficialFigures, OfficialPlacement } from "./official-placement";

// Loaded when an occupation and area are chosen (see scenario-editor).

type Wages = Awaited<ReturnType<typeof import("./official-wages-client")["fetchOfficialWages"]>>;

/** The calculator's base among the official percentiles of the chosen occupation and area. */
export default function OfficialPayPanel({
  result,
  socCode,
  area,
  fx,
}: {
  result: ScenarioResult;
  socCode: string;
  area: string;
  fx?: FxData;
}) {
  const [wages, setWages] = useState<
    { key: string; data: Wages } | { key: string; error: string } | null
  >(null);
  const key = `${socCode}:${area}`;
  useEffect(() => {
    let live = true;
    import("./official-wages-client")
      .then(({ fetchOfficialWages }) => fetchOfficialWages({ socCode, area }))
      .then((data) => live && setWages({ key, data }))
      .catch(
        (error: unknown) =>
          live &&
          setWages({
            key,
            error:
              error instanceof Error ? error.message : "The official figures could not be loaded.",
          }),
      );
    return () => {
      live = false;
    };
  }, [key, socCode, area]);

  if (!wages || wages.key !== key)
    return <p className="text-sm">Loading the official pay figures…</p>;
  if ("error" in wages)
    return (
      <p role="alert" className="text-sm">
        {wages.error}
      </p>
    );
  const official = figures(result, wages.data, fx);
  return (
    <section aria-labelledby="official-heading" className="text-sm">
      <h3 id="official-heading" className="text-base font-semibold">
        Against official pay
      </h3>
      <OfficialPlacement official={official} />
    </section>
  );
}

function figures(result: ScenarioResult, data: Wages, fx: FxData | undefined): OfficialFigures {
  const empty = {
    wages: null,
    placement: null,
    baseUsdCents: null,
    conversion: null,
    source: null,
  };
  if (!data)
    return {
      ...empty,
      missing: "No official wage figures are published for this occupation and area.",
    };
  const base = result.years[0]?.base ?? 0;
  let baseUsdCents = base;
  let conversion: string | null = null;
  if (result.currency !== "USD") {
    const year = fx ? latestCommonRateYear(result.currency, "USD", fx.rates) : null;
    const converted =
      fx && year !== null ? convertMoney(base, result.currency, "USD", year, fx.rates) : null;
    if (!converted?.ok) {
      return {
        ...empty,
        missing: `There is no exchange rate for ${result.currency} in the data, so the base cannot be compared with US wages.`,
      };
    }
    baseUsdCents = converted.amount;
    conversion = `The base was converted from ${result.currency} at the ${year} annual average rate (1 ${result.currency} = ${converted.rate.toFixed(4)} USD).`;
  }
  return {
    wages: data.wages,
    placement: placeAmongPercentiles(baseUsdCents, data.wages),
    baseUsdCents,
    conversion,
    source: data.source,
    missing: null,
  };
}
