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
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {
  importerFromLoader,
  lilconfigAsyncReadOnUse,
  markdownHandlersShareContext,
  reporterColorFromCaller,
  singleColumnStringWidth
} from './bundle-plugins.js'

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
  plugins: [
    singleColumnStringWidth(new URL('dist/string-width.js', folder)),
    importerFromLoader(),
    reporterColorFromCaller(),
    lilconfigAsyncReadOnUse(),
    markdownHandlersShareContext()
  ]
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
