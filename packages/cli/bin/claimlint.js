#!/usr/bin/env node
// The bin stays a few lines over the CLI: the esbuild bundle when it was
// built (`pnpm build`), compiled with a V8 code cache (dist/load-bundle.cjs),
// else the compiled modules, which Node 22+ can cache itself. CommonJS
// (bin/package.json): Node loads it and the loader synchronously, while an
// ES module entry would read them through libuv's thread pool, which a
// small run otherwise never starts (issue 6).
'use strict'
const path = require('node:path')
const v8 = require('node:v8')
const {loadBundle} = require('../dist/load-bundle.cjs')

// V8 flags, set before the bundle is compiled, as V8 checks that its code
// cache was made under the same flags; a user's own setting wins (issue 6).
// - A run keeps little alive from one file to the next, yet V8 lets the heap
//   grow to up to four times what survived its last full collection before
//   the next one. Capping that at 2.25 times keeps the peak memory of 2,000
//   pages near 180 MB instead of 245 MB for a few more collections, a few
//   per cent of the time (`pnpm bench`).
// - The young generation starts pinned at its first size, which spares a
//   small run megabytes of fresh memory; a large run lets it grow again
//   (src/young-generation.ts).
const nodeOptions = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`
const startFlags = [
  ['heap-growing-percent', '--heap-growing-percent=125'],
  ['semi-space-growth-factor', '--semi-space-growth-factor=1']
]
  .filter(([name]) => !new RegExp(name.replaceAll('-', '[-_]')).test(nodeOptions))
  .map(([, flag]) => flag)
for (const flag of startFlags) v8.setFlagsFromString(flag)

const bundle = loadBundle(path.join(__dirname, '../dist/bundle/claimlint.cjs'))
if (bundle) {
  bundle.exports.main().then((code) => {
    process.exitCode = code
    // A code cache written now must carry the flags the next start compiles under.
    for (const flag of startFlags) v8.setFlagsFromString(flag)
    bundle.saveCodeCache()
    // Exit once the output is flushed rather than when the event loop
    // drains: Node first waits for V8's background tasks (a compile job, a
    // scavenge it queued), work that no longer matters (~10 ms; issue 6).
    bundle.exports.outputWritten().then(() => process.exit(), crash)
  }, crash)
} else {
  require('node:module').enableCompileCache?.()
  import('../dist/cli.js').catch(crash)
}

/** What escaped the command (a bug): one line on standard error and exit code 2. */
function crash(error) {
  process.stderr.write(`claimlint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 2
}
