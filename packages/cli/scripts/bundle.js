// Bundles the compiled CLI (dist/) into dist/bundle/ with esbuild: one ESM
// entry plus lazily loaded chunks (code splitting keeps `--version` and the
// formatters cheap). A pre-commit hook pays the start-up on every commit, and
// loading the unified stack from hundreds of small files costs more than
// linting a page; see the README's Performance section.
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {build} from 'esbuild'

const folder = new URL('..', import.meta.url)
const {version} = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8'))

// Start empty: chunk names are content hashes, and old ones would pile up.
rmSync(new URL('dist/bundle', folder), {recursive: true, force: true})

await build({
  // The worker is an entry of its own: `new Worker(new URL('./worker.js', import.meta.url))`.
  entryPoints: [new URL('dist/cli.js', folder).pathname, new URL('dist/worker.js', folder).pathname],
  outdir: new URL('dist/bundle', folder).pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'external',
  logLevel: 'warning',
  define: {'process.env.CLAIMLINT_BUNDLED_VERSION': JSON.stringify(version)},
  // CommonJS dependencies (ignore, lilconfig) call `require` for Node built-ins.
  banner: {js: "import {createRequire as __claimlintRequire} from 'node:module'; const require = __claimlintRequire(import.meta.url);"}
})

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
