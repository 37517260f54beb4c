#!/usr/bin/env node
// The bin stays a one-liner over the compiled CLI; Node 22+ can cache
// compiled code between runs, which pays off in pre-commit hooks.
import module from 'node:module'

module.enableCompileCache?.()
await import('../dist/cli.js')
