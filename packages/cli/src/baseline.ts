/**
 * Baselines: `--baseline-write` records today's findings, `--baseline`
 * reports only findings that are not in the record. A team adopting claimlint
 * on a catalogue of legacy pages gates new claims from day one and works
 * through the recorded ones at its own pace (issue 5).
 *
 * Findings are matched by file, rule and claim text, never by line, so they
 * survive edits elsewhere in the page. Each (file, rule, text) keeps a count:
 * a second "treats acne" added to a page that had one is reported.
 *
 * The file (`.claimlint-baseline.json` by default) is JSON meant to be
 * committed and reviewed in diffs, with sorted keys:
 *
 *     {
 *       "version": 1,
 *       "files": {
 *         "pages/serum.md": {
 *           "disease-claim": {"treats rosacea": 2},
 *           "proof-claim": {"clinically proven": 1}
 *         }
 *       }
 *     }
 *
 * File paths are relative to the folder of the baseline file, with `/`.
 */
import {mkdir, readFile} from 'node:fs/promises'
import {dirname, relative, sep} from 'node:path'
import type {LintMessage, LintResult} from '@claimlint/core'
import {filterMessages} from './result-filter.js'
import {UsageError} from './usage.js'

/** The default baseline file, in the cwd. */
export const defaultBaselineFile = '.claimlint-baseline.json'

/** Recorded findings: file → rule → normalised claim text → how many times it occurs. */
export interface Baseline {
  version: 1
  files: Record<string, Record<string, Record<string, number>>>
}

/**
 * The claim text a finding is matched by: Unicode-normalised (NFKC, so a
 * ligature `ﬁ` or a full-width letter reads as its plain letters), lower
 * case, curly quotes made straight and runs of white space (a claim wrapped
 * over a line break) made one space. `Treats\n  Rosacea` and `treats
 * rosacea` are the same claim; rewording it makes a new one.
 */
export function normaliseClaim(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/** What identifies a finding in a baseline; undefined for messages never baselined (no rule: fatal, notices). */
function claimOf(message: LintMessage): string | undefined {
  if (message.ruleId === null || message.fatal) return undefined
  return normaliseClaim(message.actual ?? message.message)
}

/** The baseline key of a result's file: relative to the baseline's folder, with `/`. */
function fileKey(filePath: string, baselinePath: string): string {
  return relative(dirname(baselinePath), filePath).split(sep).join('/')
}

/** Record the findings of `results` in a baseline stored at `baselinePath`. */
export function createBaseline(results: readonly LintResult[], baselinePath: string): Baseline {
  const files: Baseline['files'] = {}
  for (const result of results) {
    for (const message of result.messages) {
      const claim = claimOf(message)
      if (claim === undefined) continue
      const file = fileKey(result.filePath, baselinePath)
      const rules = own(files, file) ?? (files[file] = {})
      const claims = own(rules, message.ruleId!) ?? (rules[message.ruleId!] = {})
      claims[claim] = (own(claims, claim) ?? 0) + 1
    }
  }
  return {version: 1, files: sortKeys(files)}
}

/** The baseline as the text of its file: sorted keys, two-space indent, a final newline. */
export function serialiseBaseline(baseline: Baseline): string {
  return `${JSON.stringify({version: baseline.version, files: sortKeys(baseline.files)}, null, 2)}\n`
}

/** A record's own entry: a claim reading `constructor` must not find Object.prototype's. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

function sortKeys<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)])) as T
}

/**
 * Drop the findings recorded in `baseline`. Within a file, occurrences of the
 * same rule and claim are matched in document order, as many as recorded;
 * the rest are reported. Fatal messages and messages without a rule are
 * always reported.
 */
export function subtractBaseline(results: readonly LintResult[], baseline: Baseline, baselinePath: string): LintResult[] {
  return results.map((result) => {
    const recorded = own(baseline.files, fileKey(result.filePath, baselinePath))
    if (!recorded) return result
    const used = new Map<string, number>()
    const isNew = (message: LintMessage): boolean => {
      const claim = claimOf(message)
      if (claim === undefined) return true
      const claims = own(recorded, message.ruleId!)
      const allowed = (claims && own(claims, claim)) ?? 0
      const key = `${message.ruleId}\0${claim}`
      const seen = used.get(key) ?? 0
      used.set(key, seen + 1)
      return seen >= allowed
    }
    return filterMessages(result, isNew, () => true)
  })
}

/** Read a baseline file, or throw a one-line UsageError naming it. */
export async function readBaseline(path: string, name: string): Promise<Baseline> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as {code?: unknown}).code
    const reason = code === 'ENOENT' ? 'no such file (record one with --baseline-write)' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'
    throw new UsageError(`cannot read the baseline ${name}: ${reason}`, {cause: error})
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`Unexpected content in ${name}, expected a claimlint baseline (JSON written by --baseline-write)`, {cause: error})
  }
  if (!isBaseline(data)) throw new UsageError(`Unexpected content in ${name}, expected a claimlint baseline with version 1 (written by --baseline-write)`)
  return data
}

function isBaseline(data: unknown): data is Baseline {
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
  if (!isRecord(data) || data.version !== 1 || !isRecord(data.files)) return false
  return Object.values(data.files).every(
    (rules) => isRecord(rules) && Object.values(rules).every((claims) => isRecord(claims) && Object.values(claims).every((count) => Number.isInteger(count) && (count as number) > 0))
  )
}

/** How many findings a baseline records, and in how many files (for the `--baseline-write` summary). */
export function baselineSize(baseline: Baseline): {findings: number; files: number} {
  let findings = 0
  for (const rules of Object.values(baseline.files)) for (const claims of Object.values(rules)) for (const count of Object.values(claims)) findings += count
  return {findings, files: Object.keys(baseline.files).length}
}

/** Record the findings of `results` in the baseline file at `path` (written atomically); returns its size. */
export async function writeBaseline(results: readonly LintResult[], path: string): Promise<{findings: number; files: number}> {
  const baseline = createBaseline(results, path)
  const {writeNewFileAtomic} = await import('./write-atomic.js')
  await mkdir(dirname(path), {recursive: true})
  await writeNewFileAtomic(path, serialiseBaseline(baseline))
  return baselineSize(baseline)
}
