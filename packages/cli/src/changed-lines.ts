/**
 * `--changed-since <ref>`: which lines a branch added or changed since a git
 * ref (what a pull request introduced), and the findings on them. Teams
 * adopting claimlint on a large catalogue gate new copy without first
 * rewriting every legacy page (issue 5).
 */
import {resolve} from 'node:path'
import type {LintMessage, LintResult} from '@claimlint/core'
import {git, GitError, repositoryOf, unquotePath} from './git.js'
import {filterMessages} from './result-filter.js'
import {UsageError} from './usage.js'

/** Inclusive 1-based line ranges, in order. */
export type LineRanges = ReadonlyArray<readonly [start: number, end: number]>

/** The changed lines of each changed file: its ranges, or `all` for a new or binary file. */
export type ChangedFiles = ReadonlyMap<string, LineRanges | 'all'>

/**
 * Parse `git diff --unified=0` output into the changed lines of the new side
 * of each file, keyed by the path git prints (relative to the work tree).
 * Deleted files and files whose diff has no lines (a pure rename, a mode
 * change) are left out: they introduce no copy.
 *
 * A hunk that only deletes lines (`@@ -12,1 +11,0 @@`) marks the line that
 * now follows the deletion: deleting a `<!--claimlint ignore …-->` comment
 * brings back the finding on the next line, and that finding is what the
 * change introduced.
 */
export function parseDiff(diff: string): Map<string, LineRanges | 'all'> {
  const changed = new Map<string, LineRanges | 'all'>()
  let path: string | undefined
  let ranges: Array<[number, number]> | 'all' = []
  let skip = 0
  const flush = (): void => {
    if (path !== undefined && (ranges === 'all' || ranges.length > 0)) changed.set(path, ranges)
    path = undefined
    ranges = []
  }
  for (const line of diff.split('\n')) {
    // Hunk content: with --unified=0 a hunk holds exactly its old and new line counts
    // (plus `\ No newline at end of file` markers), and an added line `++ x` reads `+++ x`.
    if (skip > 0) {
      if (!line.startsWith('\\')) skip--
      continue
    }
    if (line.startsWith('diff --git ')) {
      flush()
      path = symmetricPath(line.slice('diff --git '.length))
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      path = unquotePath(line.slice(line.indexOf(' to ') + 4))
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4)
      path = target === '/dev/null' ? undefined : stripPrefix(unquotePath(target), 'b/')
    } else if (line.startsWith('Binary files ')) {
      if (!line.endsWith(' and /dev/null differ')) ranges = 'all'
    } else if (line.startsWith('@@ ')) {
      const match = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (!match) continue
      const removed = match[1] === undefined ? 1 : Number(match[1])
      const start = Number(match[2])
      const added = match[3] === undefined ? 1 : Number(match[3])
      skip = removed + added
      if (ranges === 'all') continue
      ranges.push(added > 0 ? [start, start + added - 1] : [start + 1, start + 1])
    }
  }
  flush()
  return changed
}

/** `a/x.md b/x.md` → `x.md`; the only unambiguous reading of a header whose paths contain spaces. */
function symmetricPath(header: string): string | undefined {
  if (header.startsWith('"')) return stripPrefix(unquotePath(header.slice(0, header.indexOf('" ') + 1)), 'a/')
  const half = (header.length - 1) / 2
  const left = header.slice(0, half)
  const right = header.slice(half + 1)
  return left.startsWith('a/') && right.startsWith('b/') && left.slice(2) === right.slice(2) ? left.slice(2) : undefined
}

function stripPrefix(path: string, prefix: string): string {
  return path.startsWith(prefix) ? path.slice(prefix.length) : path
}

/** Whether any line of `[line, endLine]` is a changed line. */
export function touchesChange(ranges: LineRanges | 'all', line: number, endLine: number = line): boolean {
  if (ranges === 'all') return true
  return ranges.some(([start, end]) => start <= endLine && line <= end)
}

/**
 * Keep the findings on changed lines. A finding spanning several lines is
 * kept when any of them changed. Messages without a rule (a file that could
 * not be parsed, an ignored-file notice) concern the whole file and are kept.
 */
export function keepChangedLines(results: readonly LintResult[], changed: ChangedFiles): LintResult[] {
  return results.map((result) => {
    const ranges = changed.get(result.filePath)
    if (ranges === undefined) return filterMessages(result, (message) => message.ruleId === null)
    const keep = (message: LintMessage): boolean => message.ruleId === null || touchesChange(ranges, message.line, message.endLine ?? message.line)
    return filterMessages(result, keep)
  })
}

/** What to compare with `ref`: the working tree, or the index (`--staged`). */
export interface ChangedSinceOptions {
  ref: string
  cwd: string
  /** Compare the index instead of the working tree (with `--staged`). */
  staged?: boolean
}

/**
 * The changed lines of every file in the repository holding `cwd` since
 * `ref`, keyed by absolute path (spelt from `cwd`): modified tracked files,
 * plus untracked files (wholly new) unless `staged`. Throws a one-line
 * UsageError outside a repository or for an unknown ref.
 */
export async function changedSince({ref, cwd, staged = false}: ChangedSinceOptions): Promise<ChangedFiles> {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`Unexpected --changed-since \`${ref}\`, expected a git ref such as origin/main`)
  const {root} = await repositoryOf(cwd, '--changed-since')
  let commit: string
  try {
    commit = (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)).toString('utf8').trim()
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    // CI checkouts are often shallow (actions/checkout fetches one commit), so the base branch is missing.
    throw new GitError(`unknown git ref \`${ref}\` for --changed-since (in a shallow CI checkout, fetch it first: git fetch origin <branch>)`, {cause: error})
  }
  const diffArgs = ['diff', '--no-color', '--no-ext-diff', '--no-textconv', '--unified=0', '--find-renames', '--ignore-submodules', '--src-prefix=a/', '--dst-prefix=b/']
  if (staged) diffArgs.push('--cached')
  const diff = (await git([...diffArgs, commit, '--'], cwd)).toString('utf8')
  const changed = new Map<string, LineRanges | 'all'>()
  for (const [path, ranges] of parseDiff(diff)) changed.set(resolve(root, path), ranges)
  if (!staged) {
    // Untracked files are new copy; git diff does not list them. `:/` is the whole work tree.
    const untracked = (await git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ':/'], cwd)).toString('utf8')
    for (const path of untracked.split('\0')) if (path !== '') changed.set(resolve(root, path), 'all')
  }
  return changed
}
