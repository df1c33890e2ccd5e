import type { ReactElement } from "react";
import { renderSvgMarkup } from "./svg-markup";

/**
 * A drawing sent as markup: the page's data payload then carries it as one string rather than
 * as an element tree (several times its size), and it is byte for byte the SVG download. Text
 * and attributes are escaped by renderSvgMarkup.
 */
export function SvgHost({ drawing }: { drawing: ReactElement }) {
  // Safe: renderSvgMarkup escapes every text and attribute value (tests/e2e/stored-xss.spec.ts).
  return <div dangerouslySetInnerHTML={{ __html: renderSvgMarkup(drawing) }} />;
}
