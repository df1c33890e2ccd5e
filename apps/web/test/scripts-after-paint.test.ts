import { describe, expect, it } from "vitest";
import { scriptsAfterFirstPaint } from "../src/serving/scripts-after-paint";

const N = "bm9uY2Utb2YtdGVzdA==";
const page = (body: string) =>
  `<!DOCTYPE html><html><head>${body}</head><body><p>Pay</p></body></html>`;

/** The chunk list of the loader the page ends with. */
function loaded(html: string): string[] {
  const list = html.match(/\)\((\[[^\]]*\])\)<\/script>/)?.[1];
  return list ? JSON.parse(list) : [];
}

describe("scriptsAfterFirstPaint", () => {
  it("takes Next's async chunk scripts out and adds them again from one loader, in order", () => {
    const html = page(
      `<script src="/_next/static/chunks/a.js" async="" nonce="${N}"></script>` +
        `<link rel="stylesheet" href="/x.css"/>` +
        `<script src="/_next/static/chunks/b.js" nonce="${N}" async=""></script>`,
    );
    const out = scriptsAfterFirstPaint(html, N);
    expect(out).not.toMatch(/<script[^>]*\bsrc=/);
    expect(loaded(out)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
    expect(out).toContain(`<link rel="stylesheet" href="/x.css"/>`);
    // The loader carries the nonce and is the body's last element.
    expect(out).toContain(`<p>Pay</p><script nonce="${N}">(function (sources) {`);
    expect(out.endsWith(")</script></body></html>")).toBe(true);
  });

  it("leaves inline, module-less, deferred and foreign scripts where they are", () => {
    const kept = [
      `<script nonce="${N}">self.__next_f=[]</script>`,
      `<script src="/polyfills.js" noModule="" nonce="${N}"></script>`,
      `<script src="/m.js" type="module" async="" nonce="${N}"></script>`,
      `<script src="/d.js" defer="" nonce="${N}"></script>`,
      `<script src="/other.js" async="" nonce="another"></script>`,
      `<script src="/sri.js" async="" nonce="${N}" integrity="sha256-x"></script>`,
    ];
    const html = page(kept.join(""));
    expect(scriptsAfterFirstPaint(html, N)).toBe(html);
  });

  it("reads escaped sources as the browser does, and none can close the loader's element", () => {
    const html = page(
      `<script src="/a.js?x=&lt;/script&gt;&amp;y=&#x27;1&#39;" async="" nonce="${N}"></script>`,
    );
    const out = scriptsAfterFirstPaint(html, N);
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    expect(loaded(out)).toEqual(["/a.js?x=</script>&y='1'"]);
  });

  it("appends the loader to a page without a closing body tag", () => {
    const out = scriptsAfterFirstPaint(
      `<p>x</p><script src="/a.js" async nonce="${N}"></script>`,
      N,
    );
    expect(out).toMatch(/^<p>x<\/p><script nonce="[^"]+">.*<\/script>$/);
    expect(loaded(out)).toEqual(["/a.js"]);
  });
});
