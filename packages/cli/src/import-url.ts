/**
 * `import()` of a module from outside the CLI: a JavaScript configuration
 * file, a plugin or a formatter. Every such import goes through this one
 * function because the bundle replaces it (scripts/bundle.js): code that
 * load-bundle.cts compiles with a V8 code cache through `vm.Script` cannot
 * call `import()` on Node 20, so the loader hands the bundle its own.
 */
export function importUrl(url: string): Promise<unknown> {
  return import(url)
}
