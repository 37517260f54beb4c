/**
 * Loads the bundled CLI (dist/bundle/claimlint.cjs, built by
 * scripts/bundle.js) with a V8 code cache kept beside it.
 *
 * A pre-commit hook pays the start-up on every commit, and compiling the
 * bundle is a large part of it (issue 6). Node 20 caches no compiled code
 * for ES modules, so the bundle is one CommonJS file compiled here through
 * `vm.Script`, which can take and produce V8's code cache. The cache is
 * written by the build and rewritten by a run that finds it missing or
 * rejected (another Node version); V8 checks that it was made by the same
 * V8, flags and source, and compiles normally otherwise. It sits next to
 * the bundle, never in a shared temporary folder, so only who can change
 * the bundle can change it; when that folder is read-only the run simply
 * goes without. Code compiled that way cannot call `import()` on Node 20
 * (the cached code loses its link to the loader), so the bundle receives an
 * importer from this module instead (import-url.ts).
 *
 * CommonJS itself, like the bin that requires it: Node reads CommonJS
 * modules synchronously, so a small run starts no thread pool (issue 6).
 */
import buffer = require('node:buffer')
import fs = require('node:fs')
import nodeModule = require('node:module')
import path = require('node:path')
import url = require('node:url')
import vm = require('node:vm')

/** What the bundle exports (bundle-entry.ts). */
interface BundleExports {
  main(): Promise<number>
  outputWritten(): Promise<void>
  startWorker(): Promise<void>
}

/** A loaded bundle. */
interface LoadedBundle {
  exports: BundleExports
  /** Write the code cache when it was missing or rejected, with what this run compiled; errors are ignored. */
  saveCodeCache(): void
}

type Wrapper = (
  exports: object,
  require: NodeJS.Require,
  module: {exports: object},
  filename: string,
  dirname: string,
  importUrl: (url: string) => Promise<unknown>
) => void

/** Load the bundle at `location`, or return undefined when it was not built. */
function loadBundle(location: string | URL): LoadedBundle | undefined {
  const file = typeof location === 'string' ? location : url.fileURLToPath(location)
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  // The build writes ASCII only, read as a one-byte string without decoding.
  const source = bytes.toString(buffer.isAscii(bytes) ? 'latin1' : 'utf8')
  const cacheFile = `${file}.v8-cache`
  let cachedData: Buffer | undefined
  try {
    cachedData = fs.readFileSync(cacheFile)
  } catch {
    // No cache yet: compile, and write one after the run.
  }
  // The file is Node's CommonJS wrapper plus the importer around the bundled
  // code (scripts/bundle.js), compiled as it is: joining a wrapper here would
  // make V8 copy the whole source once more.
  const script = new vm.Script(source, {
    filename: file,
    ...(cachedData ? {cachedData} : {})
  })
  const module = {exports: {}}
  ;(script.runInThisContext() as Wrapper).call(
    module.exports,
    module.exports,
    nodeModule.createRequire(file),
    module,
    file,
    path.dirname(file),
    (specifier) => import(specifier)
  )
  const cached = cachedData !== undefined && script.cachedDataRejected !== true
  return {
    exports: module.exports as BundleExports,
    saveCodeCache() {
      if (cached) return
      const temporary = `${cacheFile}.${process.pid}.tmp`
      try {
        fs.writeFileSync(temporary, script.createCachedData())
        fs.renameSync(temporary, cacheFile)
      } catch {
        fs.rmSync(temporary, {force: true})
      }
    }
  }
}

export = {loadBundle}
