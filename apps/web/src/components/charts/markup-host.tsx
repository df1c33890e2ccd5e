import type { ReactElement } from "react";
import { renderMarkup } from "./markup";

/**
 * A static element tree (a chart's figure, a drawing, a table) sent as markup: the page's data
 * payload then carries it as one string rather than as an element tree (several times its
 * size), and a drawing is byte for byte the SVG download.
 */
export function MarkupHost({ node, className }: { node: ReactElement; className?: string }) {
  // Safe: renderMarkup escapes every text and attribute value (tests/e2e/stored-xss.spec.ts).
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkup(node) }} />;
}
