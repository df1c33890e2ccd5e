import { formatMoney } from "@aiml/domain";
import { Field } from "../ui/field";
import type { FieldErrors, FormValues, OtherBenefitValues, TextField } from "./form-values";

// Loaded when the benefits section is opened (see scenario-fields).

const MAX_OTHER_BENEFITS = 6;

/** The IRS elective-deferral limit as an admin published it. */
export interface RetirementLimit {
  cents: number;
  year: number | null;
  label: string;
  publisher: string;
  asOf: string;
}

interface Props {
  values: FormValues;
  errors: FieldErrors;
  currencyLabel: string;
  retirementLimit: RetirementLimit | null;
  onChange: (patch: Partial<FormValues>) => void;
}

export default function BenefitFields({
  values,
  errors,
  currencyLabel,
  retirementLimit,
  onChange,
}: Props) {
  const text = (field: TextField, label: string, hint?: string) => (
    <Field label={label} error={errors[field]} hint={hint}>
      {(props) => (
        <input
          {...props}
          name={field}
          inputMode="decimal"
          value={values[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
        />
      )}
    </Field>
  );
  const counts = (field: TextField, label: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        name={field}
        checked={values[field] !== "no"}
        onChange={(e) => onChange({ [field]: e.target.checked ? "yes" : "no" })}
      />
      {label}
    </label>
  );
  const setOther = (items: OtherBenefitValues[]) => onChange({ otherBenefits: items });
  const others = values.otherBenefits;

  return (
    <div className="grid gap-4" data-testid="benefit-fields">
      <div className="grid gap-3 sm:grid-cols-2">
        {text(
          "matchPercent",
          "401(k) match (% of your contributions)",
          "50 means 50 cents per dollar",
        )}
        {text("matchUpToPercent", "Matched up to (% of base)")}
        <div className="sm:col-span-2">
          {counts("includeMatch", "Count the 401(k) match in the totals")}
        </div>
        <p
          className="text-xs text-slate-600 sm:col-span-2 dark:text-slate-400"
          data-testid="deferral-limit"
        >
          {values.currency !== "USD"
            ? "A 401(k) is a US plan: the IRS limit is applied to offers in US dollars only."
            : retirementLimit
              ? `Matched contributions are capped at the IRS elective-deferral limit of ${formatMoney(retirementLimit.cents, "USD")}${retirementLimit.year ? ` for ${retirementLimit.year}` : ""} (${retirementLimit.label}; ${retirementLimit.publisher}, as of ${retirementLimit.asOf}).`
              : "No IRS elective-deferral limit has been published here yet, so the match is not capped by it."}
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {text("esppDiscountPercent", "ESPP discount (%)")}
        {text("esppContributionPercent", "ESPP contribution (% of base)")}
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="esppLookback"
            checked={values.esppLookback === "yes"}
            onChange={(e) => onChange({ esppLookback: e.target.checked ? "yes" : "no" })}
          />
          ESPP price looks back to the offering's start
        </label>
        {counts("includeEspp", "Count the ESPP gain in the totals")}
      </div>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">Other yearly benefits (HSA, stipends…)</legend>
        {others.map((item, i) => (
          // Rows have no identity but their place; editing keeps the order.
          <div key={i} className="grid grid-cols-[1fr_8rem_auto_auto] items-end gap-2">
            <Field label={`Benefit ${i + 1}`}>
              {(props) => (
                <input
                  {...props}
                  value={item.label}
                  onChange={(e) =>
                    setOther(others.map((o, j) => (j === i ? { ...o, label: e.target.value } : o)))
                  }
                />
              )}
            </Field>
            <Field label={`Benefit ${i + 1} (${currencyLabel} a year)`}>
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  value={item.amount}
                  onChange={(e) =>
                    setOther(others.map((o, j) => (j === i ? { ...o, amount: e.target.value } : o)))
                  }
                />
              )}
            </Field>
            <label className="flex items-center gap-1 pb-2 text-sm">
              <input
                type="checkbox"
                checked={item.include}
                onChange={(e) =>
                  setOther(
                    others.map((o, j) => (j === i ? { ...o, include: e.target.checked } : o)),
                  )
                }
              />
              Counts
            </label>
            <button
              type="button"
              className="pb-2 text-sm underline"
              onClick={() => setOther(others.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        ))}
        {errors.otherBenefits && (
          <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
            {errors.otherBenefits}
          </p>
        )}
        {others.length < MAX_OTHER_BENEFITS && (
          <button
            type="button"
            className="justify-self-start text-sm underline"
            onClick={() => setOther([...others, { label: "", amount: "", include: true }])}
          >
            Add a benefit
          </button>
        )}
      </fieldset>
    </div>
  );
}
