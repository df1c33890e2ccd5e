/**
 * One value per process, kept on globalThis under `name`. Next bundles the pages, the route
 * handlers and the proxy apart, each with its own copy of this package's modules: a cache in
 * a module variable would be filled once per bundle.
 */
export function processShared<T>(name: string, create: () => T): T {
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`aiml.${name}`);
  let value = slots[key];
  if (value === undefined) {
    value = create();
    slots[key] = value;
  }
  return value;
}
