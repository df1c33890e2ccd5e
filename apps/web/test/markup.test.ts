// Static element trees written as markup (components/charts/markup.ts): the charts' drawings,
// tips and tables go into the page as these strings, so they must be what React would write.
import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { renderMarkup } from "../src/components/charts/markup";

describe("renderMarkup", () => {
  it("writes HTML attributes by their HTML names and style objects as CSS text", () => {
    const li = h(
      "li",
      {
        tabIndex: 0,
        className: "chart-hit",
        "aria-labelledby": "tip-0",
        "data-testid": "chart-hit",
        style: { top: 22, height: 174, left: "5%", zIndex: 0 },
      },
      "x",
    );
    expect(renderMarkup(li)).toBe(
      '<li tabindex="0" class="chart-hit" aria-labelledby="tip-0" data-testid="chart-hit" style="top:22px;height:174px;left:5%;z-index:0">x</li>',
    );
  });

  it("closes empty HTML elements with an end tag and empty SVG elements in the tag", () => {
    expect(renderMarkup(h("td", null))).toBe("<td></td>");
    expect(renderMarkup(h("br", null))).toBe("<br/>");
    expect(renderMarkup(h("svg", { viewBox: "0 0 1 1" }, h("rect", { strokeWidth: 2 })))).toBe(
      '<svg viewBox="0 0 1 1"><rect stroke-width="2"/></svg>',
    );
  });

  it("escapes text and attribute values, and writes boolean attributes bare", () => {
    const node = h("details", { open: true, title: '"<b>"' }, "<script>&");
    expect(renderMarkup(node)).toBe(
      '<details open title="&quot;&lt;b&gt;&quot;">&lt;script&gt;&amp;</details>',
    );
  });

  it("renders function components and fragments, and passes inner HTML through", () => {
    const Cell = ({ v }: { v: string }) => h("td", null, v);
    const node = h("tr", null, h(Cell, { v: "a" }), [
      h("td", { key: 1, dangerouslySetInnerHTML: { __html: "<b>b</b>" } }),
    ]);
    expect(renderMarkup(node)).toBe("<tr><td>a</td><td><b>b</b></td></tr>");
  });

  it("refuses what it cannot write", () => {
    expect(() => renderMarkup({} as never)).toThrow(TypeError);
  });
});
