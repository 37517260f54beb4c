#!/usr/bin/env node
// The bin stays a one-liner over the CLI: the esbuild bundle when it was
// built (`pnpm build`), else the compiled modules. Node 22+ can also cache
// compiled code between runs, which pays off in pre-commit hooks.
import module from 'node:module'

module.enableCompileCache?.()
try {
  await import('../dist/bundle/cli.js')
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('bundle')) throw error
  await import('../dist/cli.js')
}
