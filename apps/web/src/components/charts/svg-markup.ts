import { Fragment, isValidElement, type ReactNode } from "react";

/**
 * The markup of a chart drawing, for the SVG download. Next refuses `react-dom/server` in route
 * handlers, and the drawings are plain: SVG elements, fragments, text and function components
 * without hooks. Anything else is a programming error and throws.
 */
export function renderSvgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeText(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(renderSvgMarkup).join("");
  if (!isValidElement(node)) throw new TypeError("Cannot write this node as SVG markup.");
  const { type } = node;
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (type === Fragment) return renderSvgMarkup(props.children);
  if (typeof type === "function") {
    return renderSvgMarkup((type as (p: unknown) => ReactNode)(props));
  }
  if (typeof type !== "string") throw new TypeError("Cannot write this element as SVG markup.");
  const attributes = Object.entries(props)
    .filter(([name, value]) => name !== "children" && value !== undefined && value !== null)
    .filter(([, value]) => value !== false)
    .map(([name, value]) => ` ${attributeName(name)}="${escapeAttribute(String(value))}"`)
    .join("");
  const children = renderSvgMarkup(props.children);
  return children ? `<${type}${attributes}>${children}</${type}>` : `<${type}${attributes}/>`;
}

/** SVG attributes React spells in camelCase that SVG also spells in camelCase. */
const camelCaseAttributes = new Set(["viewBox", "preserveAspectRatio"]);

function attributeName(name: string): string {
  if (name === "className") return "class";
  if (camelCaseAttributes.has(name)) return name;
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const escapeText = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', "&quot;");
