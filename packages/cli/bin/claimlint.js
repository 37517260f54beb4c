#!/usr/bin/env node
// The bin stays a few lines over the CLI: the esbuild bundle when it was
// built (`pnpm build`), compiled with a V8 code cache (dist/load-bundle.js),
// else the compiled modules, which Node 22+ can cache itself.
import module from 'node:module'
import {loadBundle} from '../dist/load-bundle.js'

const bundle = loadBundle(new URL('../dist/bundle/claimlint.cjs', import.meta.url))
if (bundle) {
  process.exitCode = await bundle.exports.main()
  bundle.saveCodeCache()
} else {
  module.enableCompileCache?.()
  await import('../dist/cli.js')
}
