import { EQUITY_BANDS_MODEL, equityRiskPresetInfo } from "@aiml/domain";
import { Field } from "../ui/field";
import type { FieldErrors, FormValues } from "./form-values";

// Loaded when the risk section is opened (see scenario-fields).

interface Props {
  values: FormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<FormValues>) => void;
}

export default function RiskFields({ values, errors, onChange }: Props) {
  const preset = values.riskPreset;
  const info =
    preset in equityRiskPresetInfo
      ? equityRiskPresetInfo[preset as keyof typeof equityRiskPresetInfo]
      : null;
  const choose = (next: string) => {
    const chosen =
      next in equityRiskPresetInfo
        ? equityRiskPresetInfo[next as keyof typeof equityRiskPresetInfo]
        : null;
    onChange(
      chosen
        ? {
            riskPreset: next,
            riskGrowthPercent: String(chosen.growthPercent),
            riskVolatilityPercent: String(chosen.volatilityPercent),
          }
        : { riskPreset: next },
    );
  };
  return (
    <div className="grid gap-3" data-testid="risk-fields">
      <Field label="Equity risk" error={errors.riskPreset}>
        {(props) => (
          <select
            {...props}
            name="riskPreset"
            value={preset}
            onChange={(e) => choose(e.target.value)}
          >
            <option value="">No risk bands</option>
            {Object.entries(equityRiskPresetInfo).map(([key, p]) => (
              <option key={key} value={key}>
                {p.label}
              </option>
            ))}
            <option value="custom">Your own figures</option>
          </select>
        )}
      </Field>
      {info && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {info.meaning} These are assumptions, not market data.
        </p>
      )}
      {preset === "custom" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Expected yearly growth μ (%)" error={errors.riskGrowthPercent}>
            {(props) => (
              <input
                {...props}
                name="riskGrowthPercent"
                inputMode="decimal"
                value={values.riskGrowthPercent}
                onChange={(e) => onChange({ riskGrowthPercent: e.target.value })}
              />
            )}
          </Field>
          <Field
            label="Yearly volatility σ (%)"
            error={errors.riskVolatilityPercent}
            hint="0 to 150"
          >
            {(props) => (
              <input
                {...props}
                name="riskVolatilityPercent"
                inputMode="decimal"
                value={values.riskVolatilityPercent}
                onChange={(e) => onChange({ riskVolatilityPercent: e.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      {preset !== "" && (
        <p className="text-xs text-slate-600 dark:text-slate-400">{EQUITY_BANDS_MODEL}</p>
      )}
    </div>
  );
}
