// Bundles the compiled CLI (dist/) into one CommonJS file,
// dist/bundle/claimlint.cjs, with esbuild; dist/load-bundle.cjs compiles it
// with a V8 code cache, which this script writes last by running the
// command once. A pre-commit hook pays the start-up on every commit, and
// loading the unified stack from hundreds of small ES modules costs more
// than linting a page; see the README's Performance section. Modules the
// command does not always need stay lazy: esbuild keeps `import()` of a
// bundled module as a deferred initialisation.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const folder = new URL('..', import.meta.url)
const {version} = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8'))

// Start empty: nothing from an older layout should linger.
rmSync(new URL('dist/bundle', folder), {recursive: true, force: true})

await build({
  entryPoints: [new URL('dist/bundle-entry.js', folder).pathname],
  outfile: new URL('dist/bundle/claimlint.cjs', folder).pathname,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'external',
  logLevel: 'warning',
  define: {
    'process.env.CLAIMLINT_BUNDLED_VERSION': JSON.stringify(version),
    // Modules find files next to themselves (the worker, the patterns below).
    'import.meta.url': '__claimlintUrl'
  },
  // "use strict" first, where a directive counts: the sources are ES modules,
  // strict by definition, and sloppy mode made the whole run ~8 % slower.
  banner: {js: "'use strict';\nconst __claimlintUrl = require('node:url').pathToFileURL(__filename).href;"},
  plugins: [singleColumnStringWidth(), importerFromLoader(), reporterColorFromCaller(), lilconfigAsyncReadOnUse()]
})

// The loader compiles the file as it is (load-bundle.cts): it holds Node's
// CommonJS wrapper plus the importer, on the first line so that positions in
// stack traces stay those of the code, and only ASCII, so that it is read
// as a one-byte string. esbuild escapes other characters in strings but not
// in regular expressions (`/[†‡§]/`); escaped there they mean the same. A
// start then neither decodes UTF-8 into a two-byte string nor copies the
// source again to join it to a wrapper (~2.8 MB less fresh memory; issue 6).
const bundleFile = new URL('dist/bundle/claimlint.cjs', folder)
const built = readFileSync(bundleFile, 'utf8')
for (const raw of built.match(/String\.raw`(?:[^`\\]|\\.)*`/g) ?? []) {
  // A raw template would keep an escape as written: it must not need one.
  if (/[^\0-\x7f]/.test(raw)) throw new Error(`the bundle has a String.raw template with non-ASCII text: ${raw.slice(0, 80)}`)
}
const ascii = built.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
writeFileSync(bundleFile, `(function (exports, require, module, __filename, __dirname, __claimlintImport) {${ascii}\n})`)

// A worker thread starts from a file: this one loads the same bundle (pool.ts).
writeFileSync(
  new URL('dist/bundle/worker.js', folder),
  "import loader from '../load-bundle.cjs'\n\nawait loader.loadBundle(new URL('./claimlint.cjs', import.meta.url)).exports.startWorker()\n"
)

// The built-in lexicons' patterns, parsed: the bundle reads them instead of
// parsing every pattern on each start (configurations.ts; issue 6). Plugin,
// `allow` and `deny` phrases are still parsed when used.
const {precompilePatterns} = await import('@claimlint/core')
const {rules} = await import('@claimlint/rules')
const patterns = rules.flatMap(({lexicon}) =>
  lexicon
    ? [...Object.values(lexicon.classes ?? {}).flat(), ...lexicon.entries.filter((entry) => !entry.literal).flatMap((entry) => entry.phrases), ...(lexicon.allow ?? [])]
    : []
)
writeFileSync(new URL('dist/bundle/lexicon-patterns.json', folder), JSON.stringify(precompilePatterns(patterns)))

// The code cache: one run over a little page, named as a pre-commit hook
// names files, compiles what a typical small run needs; load-bundle.cjs
// writes what it compiled next to the bundle.
const sampleFolder = mkdtempSync(join(tmpdir(), 'claimlint-build-'))
try {
  const page = join(sampleFolder, 'night-serum.md')
  writeFileSync(page, '---\ntitle: Night Serum\n---\n# Night Serum\n\n- Reduces the appearance of fine lines.\n- Treats rosacea overnight.\n\nClinically proven to regrow hair.\n')
  const warm = spawnSync(process.execPath, [fileURLToPath(new URL('bin/claimlint.js', folder)), page, '--no-config'], {cwd: sampleFolder, encoding: 'utf8'})
  if (warm.status !== 1) throw new Error(`the bundled CLI did not run on the sample (exit ${warm.status}): ${warm.stderr}`)
} finally {
  rmSync(sampleFolder, {recursive: true, force: true})
}

/**
 * An esbuild plugin that routes imports of `string-width` through
 * dist/string-width.js (`withSingleColumnFastPath`), which answers text of
 * one-column characters itself and calls the real function otherwise.
 */
function singleColumnStringWidth() {
  const wrapper = fileURLToPath(new URL('dist/string-width.js', folder))
  return {
    name: 'single-column-string-width',
    setup(build) {
      build.onResolve({filter: /^string-width$/}, (args) =>
        args.namespace === 'single-column-string-width' ? undefined : {path: args.resolveDir, namespace: 'single-column-string-width'}
      )
      build.onLoad({filter: /.*/, namespace: 'single-column-string-width'}, (args) => ({
        // Resolved from the importer's folder, so the importer's own version.
        resolveDir: args.path,
        contents: `import width from 'string-width'\nimport {withSingleColumnFastPath} from ${JSON.stringify(wrapper)}\nexport default withSingleColumnFastPath(width)\n`
      }))
    }
  }
}

/**
 * An esbuild plugin that swaps dist/import-url.js for the importer
 * load-bundle.cjs passes to the bundle (`__claimlintImport`): the bundle is
 * compiled through `vm.Script`, where `import()` fails on Node 20.
 */
function importerFromLoader() {
  return {
    name: 'importer-from-loader',
    setup(build) {
      build.onLoad({filter: /[\\/]dist[\\/]import-url\.js$/}, () => ({
        contents: 'export function importUrl(url) {\n  return __claimlintImport(url)\n}\n'
      }))
    }
  }
}

/**
 * An esbuild plugin that gives vfile-reporter the colour default it has
 * outside Node (`false`) instead of sniffing the terminal with
 * supports-color when the bundle loads. The stylish formatter always passes
 * `color` itself (the CLI decides it), so the default is never read, and a
 * run no longer loads node:tty for it (issue 6).
 */
function reporterColorFromCaller() {
  return {
    name: 'reporter-color-from-caller',
    setup(build) {
      build.onLoad({filter: /[\\/]vfile-reporter[\\/]lib[\\/]color\.node\.js$/}, () => ({contents: 'export const color = false\n'}))
    }
  }
}

/**
 * An esbuild plugin that makes lilconfig look up `fs.promises.readFile` when
 * its asynchronous API reads a file rather than when it loads: the getter
 * loads Node's promise-based fs and readline modules (~2 ms of every start),
 * and the CLI only uses `lilconfigSync` (issue 6). The build fails if the
 * line is not found, so a lilconfig update cannot silently undo it.
 */
function lilconfigAsyncReadOnUse() {
  const eager = 'const fsReadFileAsync = fs.promises.readFile;'
  return {
    name: 'lilconfig-async-read-on-use',
    setup(build) {
      build.onLoad({filter: /[\\/]lilconfig[\\/]src[\\/]index\.js$/}, async (args) => {
        const source = await readFile(args.path, 'utf8')
        if (!source.includes(eager)) throw new Error(`lilconfig changed: \`${eager}\` not found in ${args.path}`)
        return {contents: source.replace(eager, 'const fsReadFileAsync = (...args) => fs.promises.readFile(...args);'), loader: 'js'}
      })
    }
  }
}
