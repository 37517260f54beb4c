/**
 * Linting one file, the same in the main thread and in worker threads: read
 * it, reuse a cached result or lint it, apply fixes and write them
 * atomically. The outcome is plain data, so a worker can post it back.
 */
import type {ClaimsRegister, Linter, LintResult} from '@claimlint/core'
import type {LintCache} from './cache.js'
import type {ResolvedConfig} from './config-resolve.js'
import {readText, ReadError, reasonOf} from './files.js'
import {largeFile, letYoungGenerationGrow} from './young-generation.js'

/** What to do with a file's fixes. */
export interface FixMode {
  /** Apply fixes and write the file. */
  fix: boolean
  /** Apply fixes in memory only (results carry `output`). */
  fixDryRun: boolean
  /** Put the linted text in each result (`source`), for formatters that show copy. */
  includeSource?: boolean
  /** List every claim found in each result (`claims`), for the claims inventory. */
  inventory?: boolean
}

/** The outcome of one file: its result, or a one-line reason it failed. */
export interface Outcome {
  result?: LintResult
  /** One line naming the file and the problem. */
  failure?: string
  /** The failure's stack, for `--debug`. */
  stack?: string
}

/** Lint a text (and fix it when asked); returns the result and the fixed text. */
export async function lintText(
  linter: Linter,
  value: string,
  filePath: string,
  mode: FixMode
): Promise<{result: LintResult; output: string}> {
  const {toResult} = await import('@claimlint/core')
  const options = {filePath, includeSource: mode.includeSource === true}
  const input = {value, path: filePath, ...(mode.inventory ? {inventory: true} : {})}
  if (!mode.fix && !mode.fixDryRun) return {result: toResult(linter.lint(input), options), output: value}
  const {lintAndFix} = await import('./fix.js')
  const {file, output} = lintAndFix(linter, input)
  // With fixes, `source` is the fixed text: the findings' positions are in it.
  const result = toResult(file, options)
  if (output !== value) result.output = output
  return {result, output}
}

/** Read, lint, fix and write one file on disk. */
export async function lintFile(
  job: {filePath: string; name: string},
  setup: {linter: Linter; config: ResolvedConfig; register?: ClaimsRegister},
  mode: FixMode,
  cache?: LintCache
): Promise<Outcome> {
  let value: string
  try {
    value = await readText(job.filePath, job.name)
  } catch (error) {
    cache?.delete(job.filePath)
    // One unreadable file must not hide the findings in the others.
    return failure(error instanceof ReadError ? error : new Error(`cannot lint ${job.name}: ${messageOf(error)}`, {cause: error}))
  }
  if (value.length > largeFile) letYoungGenerationGrow()
  const cached = cache?.get(job.filePath, value, setup.config, setup.register)
  // The cache keeps no text (cache.ts drops `source`); the file just read is it.
  if (cached) return {result: mode.includeSource ? {...cached, source: value} : cached}
  let linted: {result: LintResult; output: string}
  try {
    linted = await lintText(setup.linter, value, job.filePath, mode)
  } catch (error) {
    // Core parses deep nesting as plain text; what still exhausts the stack (a 1 MB hyphenated "word") gets one line.
    const reason = error instanceof RangeError && /call stack/i.test(error.message) ? 'too deeply nested or too long a word to parse' : messageOf(error)
    return failure(new Error(`cannot lint ${job.name}: ${reason}`, {cause: error}))
  }
  if (mode.fix && linted.output !== value) {
    const {writeFileAtomic} = await import('./write-atomic.js')
    try {
      await writeFileAtomic(job.filePath, linted.output)
    } catch (error) {
      return {...failure(new Error(`cannot write ${job.name}: ${messageOf(error)}`, {cause: error})), result: linted.result}
    }
  } else {
    cache?.set(job.filePath, value, setup.config, linted.result, setup.register)
  }
  return {result: linted.result}
}

function failure(error: Error): Outcome {
  const cause = error.cause instanceof Error ? `\n[cause]: ${error.cause.stack ?? error.cause.message}` : ''
  return {failure: error.message, stack: `${error.stack ?? error.message}${cause}`}
}

/** The one-line reason of a file-system error. */
export const messageOf = reasonOf
