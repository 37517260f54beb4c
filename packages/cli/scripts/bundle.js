// Bundles the compiled CLI (dist/) into dist/bundle/ with esbuild: one ESM
// entry plus lazily loaded chunks (code splitting keeps `--version` and the
// formatters cheap). A pre-commit hook pays the start-up on every commit, and
// loading the unified stack from hundreds of small files costs more than
// linting a page; see the README's Performance section.
import {readFileSync} from 'node:fs'
import {build} from 'esbuild'

const folder = new URL('..', import.meta.url)
const {version} = JSON.parse(readFileSync(new URL('package.json', folder), 'utf8'))

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
