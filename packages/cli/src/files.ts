/**
 * Which files to lint and how to read them. Globbing uses `globby`: it
 * applies nested `.gitignore` files (and parent ones up to the Git root) the
 * way Git does, which `tinyglobby` + `ignore` would leave us to reimplement.
 * It is imported only when a folder or glob has to be expanded, so a
 * pre-commit hook that passes file names never loads it.
 */
import {readFileSync, realpathSync, statSync} from 'node:fs'
import {isAbsolute, relative, resolve} from 'node:path'
import {BinaryFileError, decodeText} from './text-encoding.js'

/** Extensions linted when a folder is given or no path at all. */
export const extensions = ['md', 'markdown', 'mdx', 'txt'] as const

/** Files linted when no path is given. */
export const defaultPattern = `**/*.{${extensions.join(',')}}`

/** The outcome of expanding the command line's paths. */
export interface FileList {
  /** Absolute paths, in the order they were named, without duplicates. */
  files: string[]
  /** Explicit patterns (folders, globs) that matched no file. */
  unmatched: string[]
  /** Files named as such on the command line: ignoring one of them is worth a warning, as in ESLint. */
  explicit: Set<string>
  /** What each folder or glob matched, to tell when ignore files left nothing of it. */
  expanded: Array<{pattern: string; files: string[]}>
  /** Folders that could not be read, each as one line (`cannot read drafts: permission denied`); the rest is still linted. */
  unreadable: string[]
}

/** A file that could not be read as text, with a short reason. */
export class ReadError extends Error {
  override name = 'ReadError'
  constructor(
    /** The file as named to the user. */
    readonly file: string,
    /** Short reason: `no such file`, `permission denied`. */
    readonly reason: string,
    options?: {cause?: unknown}
  ) {
    super(`cannot read ${file}: ${reason}`, options)
  }
}

/**
 * Expand paths, folders and globs relative to `cwd`. A path that exists as a
 * file is always linted, whatever its extension, as ESLint does for explicit
 * files; a missing plain path is kept so that reading it reports the problem.
 */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<FileList> {
  const found = new Set<string>()
  const unmatched: string[] = []
  const explicit = new Set<string>()
  const expanded: FileList['expanded'] = []
  const unreadable: string[] = []
  if (patterns.length === 0) {
    for (const file of await glob([defaultPattern], cwd, unreadable)) found.add(file)
    return {files: [...found], unmatched, explicit, expanded, unreadable}
  }
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern)
    // Synchronous, as are the other look-ups of a small run: a first asynchronous
    // file operation starts libuv's thread pool, a few milliseconds (issue 6).
    const stats = statOrUndefined(path)
    const problemsBefore = unreadable.length
    let matches: string[]
    if (stats?.isDirectory()) {
      const {convertPathToPattern} = await import('globby')
      matches = await glob([`${convertPathToPattern(path)}/${defaultPattern}`], cwd, unreadable)
    } else if (stats || !(await isGlob(pattern))) {
      matches = [path]
      explicit.add(path)
    } else {
      matches = await glob([pattern], cwd, unreadable)
    }
    if (matches.length === 0 && unreadable.length === problemsBefore) unmatched.push(pattern)
    else if (!explicit.has(path) && matches.length > 0) expanded.push({pattern, files: matches})
    for (const match of matches) found.add(match)
  }
  return {files: [...found], unmatched, explicit, expanded, unreadable}
}

async function isGlob(pattern: string): Promise<boolean> {
  // Cheap test first so that plain file names never load globby.
  if (!/[*?[\]{}()!]/.test(pattern)) return false
  const {isDynamicPattern} = await import('globby')
  return isDynamicPattern(pattern)
}

async function glob(patterns: string[], cwd: string, unreadable: string[]): Promise<string[]> {
  // The synchronous walk: globby's asynchronous one stats every match again
  // through the thread pool and took twice as long on a 2,000-page catalogue
  // (issue 6), and there is nothing else to do while it runs.
  const {globbySync} = await import('globby')
  const options = {
    cwd,
    absolute: true,
    gitignore: true,
    // node_modules is skipped even in a folder without a .gitignore.
    ignore: ['**/node_modules/**'],
    onlyFiles: true
  }
  let files: string[]
  try {
    files = globbySync(patterns, options)
  } catch (error) {
    const {code, path} = (error ?? {}) as {code?: unknown; path?: unknown}
    if (typeof code !== 'string' || !reasons[code] || typeof path !== 'string') throw error
    // Name the folder once, then lint everything else the patterns match (issue 7).
    unreadable.push(`cannot read ${displayPath(path, cwd)}: ${reasons[code]}`)
    files = globbySync(patterns, {...options, suppressErrors: true})
  }
  // Glob order depends on the file system; sort for stable reports.
  return uniqueTargets(files.sort())
}

/**
 * Drop paths that lead to a file already listed: a folder symlinked into
 * itself (`pages/self -> ..`) would otherwise list every page once per level
 * until the system's link limit (issue 7). The shortest path is kept.
 */
function uniqueTargets(files: string[]): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  const real = files.map((file) => {
    try {
      return realpathSync.native(file)
    } catch {
      return file
    }
  })
  const order = files.map((file, index) => ({file, target: real[index]!})).sort((a, b) => a.file.length - b.file.length || (a.file < b.file ? -1 : 1))
  for (const {file, target} of order) {
    if (seen.has(target)) continue
    seen.add(target)
    kept.push(file)
  }
  return kept.sort()
}

/** How to show a path to the user: relative to `cwd` when inside it. */
export function displayPath(path: string, cwd: string): string {
  const relativePath = relative(cwd, path)
  return relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath) ? path : relativePath
}

/**
 * Read a file as text, or throw a ReadError with a short reason. The read is
 * synchronous: the thread lints each file right after reading it, so there
 * is nothing to overlap, and a promise-based read cost 40 times as much
 * (open, stat, read and close each a round trip through the thread pool;
 * 0.8 s on a 2,000-page catalogue, issue 6).
 */
export async function readText(path: string, name: string): Promise<string> {
  let buffer: Uint8Array
  try {
    buffer = readFileSync(path)
  } catch (error) {
    throw new ReadError(name, reasonOf(error), {cause: error})
  }
  return decode(buffer, name)
}

/** Read a whole stream (standard input) as text, or throw a ReadError naming it. */
export async function readStream(stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, name: string): Promise<string> {
  const chunks: Uint8Array[] = []
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  } catch (error) {
    throw new ReadError(name, reasonOf(error), {cause: error})
  }
  return decode(Buffer.concat(chunks), name)
}

function decode(buffer: Uint8Array, name: string): string {
  // What is linted and what is skipped as binary: text-encoding.ts.
  try {
    return decodeText(buffer)
  } catch (error) {
    if (error instanceof BinaryFileError) throw new ReadError(name, error.message)
    throw error
  }
}

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop'
}

/** The one-line reason of a file-system error (`no such file`, `permission denied`). */
export function reasonOf(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code
  if (typeof code === 'string' && Object.hasOwn(reasons, code)) return reasons[code]!
  return error instanceof Error ? error.message.split('\n')[0]! : String(error)
}

/** `statSync`, or undefined when the path cannot be examined (missing, no permission, a loop). */
export function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
