#!/usr/bin/env node
// The bin stays a few lines over the CLI: the esbuild bundle when it was
// built (`pnpm build`), compiled with a V8 code cache (dist/load-bundle.js),
// else the compiled modules, which Node 22+ can cache itself.
import module from 'node:module'
import v8 from 'node:v8'
import {loadBundle} from '../dist/load-bundle.js'

// A run keeps little alive from one file to the next, yet V8 lets the heap
// grow to up to four times what survived its last full collection before
// the next one. Growing by half keeps the peak memory of 2,000 pages near
// 165 MB instead of 240 MB at no measurable cost in time (`pnpm bench`,
// issue 6). Set before the bundle is compiled, as V8 checks that its code
// cache was made under the same flags; a user's own setting wins.
const nodeOptions = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`
if (!/heap[-_]growing[-_]percent/.test(nodeOptions)) v8.setFlagsFromString('--heap-growing-percent=50')

const bundle = loadBundle(new URL('../dist/bundle/claimlint.cjs', import.meta.url))
if (bundle) {
  process.exitCode = await bundle.exports.main()
  bundle.saveCodeCache()
} else {
  module.enableCompileCache?.()
  await import('../dist/cli.js')
}
