// The global-error page (app/global-error.tsx): shown in place of the root layout when the layout
// itself fails, so it must be a whole document that reads without the app's stylesheet or data.
// Next renders it only after the root layout threw, which no production request can be made
// to do on purpose; its output is checked here as React renders it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import GlobalError from "../src/app/global-error";

describe("the global-error page", () => {
  const html = renderToStaticMarkup(createElement(GlobalError));

  it("is a document of its own, in English", () => {
    expect(html).toMatch(/^<html lang="en">(<head><\/head>)?<body>/);
    expect(html).toMatch(/<\/body><\/html>$/);
  });

  it("says what happened as an alert and links back to the overview", () => {
    expect(html).toContain('<main role="alert"><h1>The AI/ML Job Market could not be loaded</h1>');
    expect(html).toContain("Reload the page in a moment");
    expect(html).toContain('<a href="/">the overview</a>');
  });

  it("needs no stylesheet, script or data to read", () => {
    expect(html).not.toMatch(/class=|<link|<script|<style/);
  });
});
