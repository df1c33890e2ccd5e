import type { ButtonHTMLAttributes } from "react";
import { dangerButton, linkButton, primaryButton, secondaryButton } from "./styles";

const variants = {
  primary: primaryButton,
  secondary: secondaryButton,
  danger: dangerButton,
  link: linkButton,
};

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> {
  variant?: keyof typeof variants;
  /** A form's submit button; every other button is type="button". */
  submit?: boolean;
}

/** A button in one of the app's styles; `className` adds to the style (spacing, colour). */
export function Button({
  variant = "secondary",
  submit = false,
  className,
  ...props
}: ButtonProps) {
  const style = className ? `${variants[variant]} ${className}` : variants[variant];
  return submit ? (
    <button type="submit" className={style} {...props} />
  ) : (
    <button type="button" className={style} {...props} />
  );
}
