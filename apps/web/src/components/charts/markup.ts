import { type CSSProperties, Fragment, isValidElement, type ReactNode } from "react";

/**
 * The markup of a static element tree: a chart's drawing (the SVG download and the page) and its
 * tips and tables. Next refuses `react-dom/server` in server components and route handlers, and
 * these trees are plain: elements, fragments, text and function components without hooks.
 * Anything else is a programming error and throws. Every text and attribute value is escaped
 * (tests/e2e/stored-xss.spec.ts), so the result is safe to send as HTML.
 */
export function renderMarkup(node: ReactNode, inSvg = false): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string") return escapeText(node);
  if (typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map((n) => renderMarkup(n, inSvg)).join("");
  if (!isValidElement(node)) throw new TypeError("Cannot write this node as markup.");
  const { type } = node;
  const props = node.props as Record<string, unknown> & {
    children?: ReactNode;
    dangerouslySetInnerHTML?: { __html: string };
  };
  if (type === Fragment) return renderMarkup(props.children, inSvg);
  if (typeof type === "function") {
    return renderMarkup((type as (p: unknown) => ReactNode)(props), inSvg);
  }
  if (typeof type !== "string") throw new TypeError("Cannot write this element as markup.");
  const svg = inSvg || type === "svg";
  const attributes = Object.entries(props)
    .filter(([name]) => name !== "children" && name !== "dangerouslySetInnerHTML")
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => attribute(name, value))
    .join("");
  const children = props.dangerouslySetInnerHTML
    ? props.dangerouslySetInnerHTML.__html
    : renderMarkup(props.children, svg);
  if (children) return `<${type}${attributes}>${children}</${type}>`;
  // An empty HTML element needs its end tag (`<li/>` opens an element in HTML); SVG ones close.
  return svg || voidElements.has(type)
    ? `<${type}${attributes}/>`
    : `<${type}${attributes}></${type}>`;
}

const voidElements = new Set(["br", "col", "hr", "img", "input", "wbr"]);

/** React's names that differ from the markup's beyond camelCase (SVG keeps these camel). */
const attributeNames: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  tabIndex: "tabindex",
  viewBox: "viewBox",
  preserveAspectRatio: "preserveAspectRatio",
};

function attribute(name: string, value: unknown): string {
  const markupName = attributeNames[name] ?? name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (name === "style") return ` style="${escapeAttribute(styleText(value as CSSProperties))}"`;
  if (value === true && !/^(aria|data)-/.test(name)) return ` ${markupName}`;
  return ` ${markupName}="${escapeAttribute(String(value))}"`;
}

/** `{ top: 22, left: "5%" }` → "top:22px;left:5%": numbers are pixels, as React writes them. */
function styleText(style: CSSProperties): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => {
      const property = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      return `${property}:${typeof value === "number" && value !== 0 ? `${value}px` : value}`;
    })
    .join(";");
}

const escapeText = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', "&quot;");
