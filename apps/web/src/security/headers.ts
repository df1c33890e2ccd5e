/**
 * The security headers of every response. Pages get a Content-Security-Policy with a fresh
 * nonce from the proxy (Next adds the nonce to its own scripts); everything else (API routes,
 * static files) gets the fixed headers below from next.config.ts.
 */

/** A CSP nonce: 128 random bits. */
/** Random bytes for 256 nonces, drawn at once: one draw per nonce cost about 4 % of a kept page. */
const noncePool = new Uint8Array(16 * 256);
let noncePoolUsed = noncePool.length;

/** 128 random bits, base64: each nonce is fresh bytes, used once. */
export function newNonce(): string {
  if (noncePoolUsed === noncePool.length) {
    crypto.getRandomValues(noncePool);
    noncePoolUsed = 0;
  }
  const nonce = Buffer.from(noncePool.buffer, noncePoolUsed, 16).toString("base64");
  noncePoolUsed += 16;
  return nonce;
}

const HSTS_TWO_YEARS = "max-age=63072000; includeSubDomains";

/**
 * For pages. `strict-dynamic` lets the nonced scripts load Next's chunks; style attributes
 * (bar widths, colours) are allowed, inline `<script>` elements only with the nonce, inline
 * `<style>` elements with the nonce or when they are one of the build's stylesheets
 * (`styleSources`: their hashes, see inline-styles.ts). Development needs `unsafe-eval`
 * (React's debug stacks) and inline styles (HMR).
 */
export function pageContentSecurityPolicy(
  nonce: string,
  dev: boolean,
  styleSources: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev
      ? "style-src 'self' 'unsafe-inline'"
      : ["style-src 'self'", `'nonce-${nonce}'`, ...styleSources].join(" "),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For responses that are never rendered as a page: JSON, CSV, scripts, styles. */
export const resourceContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response carries (the proxy replaces the CSP on pages). */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: resourceContentSecurityPolicy },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: HSTS_TWO_YEARS }] : []),
  ];
}
