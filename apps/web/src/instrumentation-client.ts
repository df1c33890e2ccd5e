// The CSP allows no eval. zod compiles its object parsers with `new Function` where it can, and
// even its probe for that (a `new Function("")` whose error it catches) files a CSP violation.
// `jitless` turns both off; it must be set before the first schema is built, which is why it is
// here (this runs before any app module) and set on zod's global config object directly (what
// `z.config()` writes), so that every page does not load zod for it.
const zod = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zod.__zod_globalConfig ??= {};
zod.__zod_globalConfig.jitless = true;
