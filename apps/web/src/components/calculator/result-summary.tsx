import { describeAnnualized, formatMoney, type ScenarioResult } from "@aiml/domain";

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** The headline numbers, and what a single total-comp number would hide. */
export function ResultSummary({ result }: { result: ScenarioResult }) {
  const formatCents = (amount: number) => formatMoney(amount, result.currency);
  const { caveats } = describeAnnualized(result);
  return (
    <div>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Year-1 cash" value={formatCents(result.year1Cash)} testId="year1-cash" />
        <Stat
          label={`Annualized over ${result.horizonYears} years`}
          value={formatCents(result.annualizedTotal)}
          testId="annualized-total"
        />
        <Stat
          label={`Total over ${result.horizonYears} years`}
          value={formatCents(result.totalOverHorizon)}
          testId="total-over-horizon"
        />
        <Stat
          label="Equity still unvested at the end"
          value={formatCents(result.unvestedEquityAtGrantValue)}
          testId="unvested-equity"
        />
      </dl>
      {caveats.length > 0 && (
        <ul
          className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300"
          data-testid="caveats"
        >
          {caveats.map((c) => (
            <li key={c.kind}>{c.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
