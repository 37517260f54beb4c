/**
 * Load the built `@claimlint/core` and `@claimlint/rules` from the
 * repository. `test/` is not a workspace package, so Node cannot resolve the
 * package names from `test/dist`; the built entry points are imported by
 * path instead, relative to the repository root.
 */
import type * as Core from '../../packages/core/src/index.js'
import type * as Rules from '../../rules/index.js'

/** The two packages the evaluation needs. */
export interface Workspace {
  core: typeof Core
  rules: typeof Rules
}

/** Import the built packages of the repository at `root` (a folder URL ending in `/`). */
export async function loadWorkspace(root: URL): Promise<Workspace> {
  const core = (await import(new URL('packages/core/dist/index.js', root).href)) as typeof Core
  const rules = (await import(new URL('rules/dist/index.js', root).href)) as typeof Rules
  return {core, rules}
}
