/**
 * A kept page with Next's chunk scripts started only after the browser has painted it.
 *
 * Next puts its chunks in the page as `<script async>`. Served from nearby they arrive while
 * the HTML is parsed and run before the first paint, so the figures on screen wait for every
 * chunk to be evaluated. Here they are taken out and one small inline script, nonced like
 * them, adds them again (in the same order, still async) once the browser reports its first
 * paint. The page is the same HTML either way; it becomes interactive a little later.
 */

const CHUNK_SCRIPT = /<script\b([^>]*)><\/script>/g;
const ATTRIBUTE = /([^\s=]+)(?:="([^"]*)")?/g;

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };

/** An attribute value as the browser reads it (React escapes `&`, `"`, `'`, `<` and `>`). */
const decoded = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (entity, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? entity;
    const hex = name[1] === "x" || name[1] === "X";
    return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  });

function attributesOf(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(ATTRIBUTE)].map(([, name, value]) => [name ?? "", decoded(value ?? "")]),
  );
}

/** `src` of an external classic async script carrying the nonce; null for any other script. */
function deferrableSource(attributes: Map<string, string>, nonce: string): string | null {
  const src = attributes.get("src");
  const plain = ![...attributes.keys()].some((name) =>
    ["nomodule", "type", "defer", "integrity", "crossorigin"].includes(name.toLowerCase()),
  );
  return src && plain && attributes.has("async") && attributes.get("nonce") === nonce ? src : null;
}

/**
 * The loader's text: adds the chunks once the browser reports its first paint (at once in a
 * hidden tab, which paints none; in any case within 3 s). Plain text rather than a stringified function,
 * which a bundler may rewrite with helpers the page does not have.
 */
const START_CHUNKS = `function (sources) {
  var nonce = document.currentScript && document.currentScript.nonce;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    for (var i = 0; i < sources.length; i++) {
      var script = document.createElement("script");
      script.src = sources[i];
      script.async = true;
      if (nonce) script.nonce = nonce;
      document.head.appendChild(script);
    }
  }
  if (document.visibilityState === "hidden" || !window.PerformanceObserver) return start();
  new PerformanceObserver(function (list, observer) {
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: "paint", buffered: true });
  setTimeout(start, 3000);
}`.replace(/\s*\n\s*/g, " ");

const loader = (sources: string[]) =>
  `(${START_CHUNKS})(${JSON.stringify(sources).replaceAll("<", "\\u003c")})`;

export function scriptsAfterFirstPaint(html: string, nonce: string): string {
  const sources: string[] = [];
  const rest = html.replace(CHUNK_SCRIPT, (tag, attributeText: string) => {
    const src = deferrableSource(attributesOf(attributeText), nonce);
    if (!src) return tag;
    sources.push(src);
    return "";
  });
  if (sources.length === 0) return html;
  const script = `<script nonce="${nonce}">${loader(sources)}</script>`;
  const end = rest.lastIndexOf("</body>");
  return end === -1 ? rest + script : rest.slice(0, end) + script + rest.slice(end);
}
