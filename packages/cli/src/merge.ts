/**
 * `--merge-results <files…>`: read the JSON reports of several shards
 * (`--format json`) and report them as one, in any format. Results are
 * ordered by file path, so the merged report does not depend on which shard
 * finished first.
 */
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {LintResult} from '@claimlint/core'
import {UsageError} from './usage.js'

/** Read and combine shard reports; throws a one-line UsageError naming a bad file. */
export async function mergeResults(paths: readonly string[], cwd: string): Promise<LintResult[]> {
  if (paths.length === 0) throw new UsageError('--merge-results needs the JSON reports to merge')
  const merged = new Map<string, LintResult>()
  for (const path of paths) {
    let results: unknown
    try {
      results = JSON.parse(await readFile(resolve(cwd, path), 'utf8'))
    } catch (error) {
      const reason = (error as {code?: string}).code === 'ENOENT' ? 'no such file' : 'not a JSON report'
      throw new UsageError(`cannot merge ${path}: ${reason}`, {cause: error})
    }
    if (!Array.isArray(results) || results.some((r) => typeof r !== 'object' || r === null || typeof (r as LintResult).filePath !== 'string' || !Array.isArray((r as LintResult).messages))) {
      throw new UsageError(`cannot merge ${path}: expected the output of --format json`)
    }
    for (const result of results as LintResult[]) {
      result.suppressedMessages ??= []
      merged.set(result.filePath, result)
    }
  }
  return [...merged.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
}
