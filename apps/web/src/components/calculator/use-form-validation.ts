import { useEffect, useMemo, useState } from "react";
import type { FormValues, Validation } from "./form-values";

type Validate = (values: FormValues) => Validation;

let validator: Promise<Validate> | undefined;

/** The shared schema's check of the form, loaded on first use. */
export const loadValidation = () =>
  (validator ??= import("./form-validation").then((module) => module.validate));

/** The form's validation; null until the validator has loaded (just after first render). */
export function useFormValidation(values: FormValues): Validation | null {
  const [validate, setValidate] = useState<Validate | null>(null);
  useEffect(() => {
    let mounted = true;
    void loadValidation().then((loaded) => {
      if (mounted) setValidate(() => loaded);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return useMemo(() => (validate ? validate(values) : null), [validate, values]);
}
