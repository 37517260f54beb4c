/**
 * Short names for third-party packages, ESLint's convention: `foo` stands for
 * `claimlint-<kind>-foo`, `@scope/foo` for `@scope/claimlint-<kind>-foo` and
 * `@scope` for `@scope/claimlint-<kind>`; full names are kept.
 */
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

/** The package a short name stands for, for a prefix such as `claimlint-plugin`. */
export function packageName(prefix: string, name: string): string {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/', 2) as [string, string | undefined]
    if (rest === undefined || rest === '') return `${scope}/${prefix}`
    return rest === prefix || rest.startsWith(`${prefix}-`) ? name : `${scope}/${prefix}-${rest}`
  }
  return name === prefix || name.startsWith(`${prefix}-`) ? name : `${prefix}-${name}`
}

/** Whether a name is a relative or absolute file path rather than a package name. */
export function isPathName(name: string): boolean {
  return name.startsWith('./') || name.startsWith('../') || name.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(name) || name.startsWith('.\\') || name.startsWith('..\\')
}

/**
 * Resolve a package from a folder to a `file:` URL, or undefined when it is
 * not installed there. `import.meta.resolve` cannot resolve from another
 * folder without a Node flag, and `require.resolve` ignores ESM-only
 * `exports`; import-meta-resolve implements Node's ESM resolution from any
 * parent URL.
 */
export async function resolvePackage(specifier: string, folder: string): Promise<string | undefined> {
  const {resolve} = await import('import-meta-resolve')
  try {
    return resolve(specifier, pathToFileURL(join(folder, '__placeholder__.js')).href)
  } catch {
    return undefined
  }
}
