#!/usr/bin/env node
// The bin stays a one-liner over the compiled server. A language server
// starts once per editor session, so no bundle: start-up is paid once.
import module from 'node:module'

module.enableCompileCache?.()
await import('../dist/main.js')
