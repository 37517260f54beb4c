/**
 * Formatter loading, resolved the way ESLint resolves `--format`: a built-in
 * name, then `claimlint-formatter-<name>`, `@scope/claimlint-formatter-<name>`,
 * or a path. Formatters are imported on demand so a run loads only the one it uses.
 */
import {existsSync} from 'node:fs'
import {isAbsolute, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {LintResult, RuleMeta} from '@claimlint/core'
import {packageName} from './package-names.js'
import {importUrl} from './import-url.js'
import {UsageError} from './usage.js'

/** What a formatter is told about the run. */
export interface FormatterContext {
  /** Folder the command ran in; paths are shown relative to it. */
  cwd: string
  /** Whether to use ANSI colours. */
  color: boolean
  /** Metadata of every configured rule, by id. */
  rulesMeta: Record<string, RuleMeta>
  /** claimlint's version (SARIF names it). */
  version?: string
}

/**
 * A formatter: results in, report out (ending with a newline, or empty). The
 * report is one string, or its chunks in order (an iterable or async
 * iterable of strings), which the CLI writes as they come.
 */
export type Formatter = (
  results: LintResult[],
  context: FormatterContext
) => string | Promise<string> | Iterable<string> | AsyncIterable<string>

/**
 * A loaded formatter, marked when its module exports `needsSource = true` (it
 * shows each file's text, as the HTML report does) or `needsClaims = true`
 * (it lists the claims inventory, so files are linted with `inventory`).
 */
export type LoadedFormatter = Formatter & {
  readonly needsSource: boolean
  readonly needsClaims: boolean
  /** The module's `formatChunks`, when it has one: the report in chunks, for the CLI to write as they come. */
  readonly chunks?: Formatter
}

const builtIn: Readonly<Record<string, () => Promise<unknown>>> = {
  stylish: () => import('@claimlint/formatter-stylish'),
  json: () => import('@claimlint/formatter-json'),
  sarif: () => import('@claimlint/formatter-sarif'),
  github: () => import('@claimlint/formatter-github'),
  junit: () => import('@claimlint/formatter-junit'),
  checkstyle: () => import('@claimlint/formatter-checkstyle'),
  html: () => import('@claimlint/formatter-html'),
  'claims-csv': () => import('@claimlint/formatter-claims-csv'),
  'claims-json': () => import('@claimlint/formatter-claims-json')
}

/** The package a formatter name stands for: `foo` → `claimlint-formatter-foo`, `@x/foo` → `@x/claimlint-formatter-foo`. */
export function formatterPackageName(name: string): string {
  return packageName('claimlint-formatter', name)
}

/** Whether a `--format` value is a file path rather than a package name. */
export function isFormatterPath(name: string): boolean {
  return !name.startsWith('@') && (name.includes('/') || name.includes('\\') || isAbsolute(name))
}

/** Load a formatter by name, package or path, or throw a one-line UsageError. */
export async function loadFormatter(name: string, cwd: string): Promise<LoadedFormatter> {
  const load = builtIn[name]
  let module: unknown
  if (load) {
    module = await load()
  } else {
    const url = await locate(name, cwd)
    try {
      module = await importUrl(url)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      throw new UsageError(`cannot load formatter \`${name}\`: ${reason}`, {cause: error})
    }
  }
  const exports = module as {default?: unknown; format?: unknown; formatChunks?: unknown; needsSource?: unknown; needsClaims?: unknown}
  const format = typeof exports.default === 'function' ? (exports.default as Formatter) : typeof exports.format === 'function' ? (exports.format as Formatter) : undefined
  // A module may also export `formatChunks`, the same report as chunks, which the CLI writes as they come (report-output.ts).
  const chunks = typeof exports.formatChunks === 'function' ? (exports.formatChunks as Formatter) : undefined
  if (!format && !chunks) throw new UsageError(`Unexpected formatter \`${name}\`, expected a module exporting a function`)
  // A wrapper, so marking it leaves the module's own function untouched; it returns what the module's function returns.
  const loaded: Formatter = format ? (results, context) => format(results, context) : async (results, context) => joinReport(chunks!(results, context))
  return Object.assign(loaded, {
    needsSource: exports.needsSource === true,
    needsClaims: exports.needsClaims === true,
    ...(chunks ? {chunks: (results: LintResult[], context: FormatterContext) => chunks(results, context)} : {})
  })
}

/** A report as one string, whether a formatter returned it whole or in chunks. */
async function joinReport(report: ReturnType<Formatter>): Promise<string> {
  const value = await report
  if (typeof value === 'string') return value
  let text = ''
  for await (const chunk of value) text += chunk
  return text
}

async function locate(name: string, cwd: string): Promise<string> {
  if (isFormatterPath(name)) {
    const path = resolve(cwd, name)
    if (!existsSync(path)) throw new UsageError(`cannot find formatter \`${name}\`, no file at ${path}`)
    return pathToFileURL(path).href
  }
  const specifier = formatterPackageName(name)
  // `import.meta.resolve` cannot resolve from another folder without a Node
  // flag, and `require.resolve` ignores ESM-only `exports`; import-meta-resolve
  // implements Node's ESM resolution from any parent URL.
  const {resolve: resolveModule} = await import('import-meta-resolve')
  // The project's own node_modules first, then those next to claimlint (a global install).
  for (const parent of [pathToFileURL(join(cwd, '__placeholder__.js')).href, import.meta.url]) {
    try {
      return resolveModule(specifier, parent)
    } catch {
      // Try the next place.
    }
  }
  throw new UsageError(`cannot find formatter \`${name}\`, expected stylish, json, a package \`${specifier}\` or a path`)
}
