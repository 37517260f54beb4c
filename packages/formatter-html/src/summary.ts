/** The counts the report's summary shows, computed once from the results. */
import type {LintMessage, LintResult} from '@claimlint/core'

/** `error` or `warning`, as the report names a message's severity. */
export type SeverityName = 'error' | 'warning'

/** The severity name of a message: 2 is an error, 1 a warning. */
export function severityName(message: Pick<LintMessage, 'severity'>): SeverityName {
  return message.severity === 2 ? 'error' : 'warning'
}

/** Findings of one rule; `ruleId` is `''` for problems that belong to no rule (an unreadable file). */
export interface RuleCount {
  ruleId: string
  errors: number
  warnings: number
  /** Findings silenced by control comments. */
  suppressed: number
}

/** Findings of one file, with its index in the results. */
export interface FileCount {
  index: number
  filePath: string
  errors: number
  warnings: number
}

/** Totals, findings by rule and the files with most findings. */
export interface Summary {
  files: number
  filesWithFindings: number
  errors: number
  warnings: number
  suppressed: number
  /** Findings an automatic fix (`--fix`) can resolve. */
  fixable: number
  /** Every rule with a finding or a suppressed finding: most findings first, then by id. */
  byRule: RuleCount[]
  /** Files with findings, most first (errors break ties, then the results' order), at most `topFiles`. */
  topFiles: FileCount[]
}

/** Count the findings of the results for the summary. */
export function summarize(results: readonly LintResult[], topFiles = 10): Summary {
  const rules = new Map<string, RuleCount>()
  const rule = (message: LintMessage): RuleCount => {
    const ruleId = message.ruleId ?? ''
    let count = rules.get(ruleId)
    if (!count) rules.set(ruleId, (count = {ruleId, errors: 0, warnings: 0, suppressed: 0}))
    return count
  }
  const files: FileCount[] = []
  let suppressed = 0
  let fixable = 0
  results.forEach((result, index) => {
    const file: FileCount = {index, filePath: result.filePath, errors: 0, warnings: 0}
    for (const message of result.messages) {
      const count = rule(message)
      if (severityName(message) === 'error') {
        count.errors++
        file.errors++
      } else {
        count.warnings++
        file.warnings++
      }
      if (message.fix) fixable++
    }
    for (const message of result.suppressedMessages) {
      rule(message).suppressed++
      suppressed++
    }
    files.push(file)
  })
  const withFindings = files.filter((file) => file.errors + file.warnings > 0)
  return {
    files: results.length,
    filesWithFindings: withFindings.length,
    errors: sum(files, (file) => file.errors),
    warnings: sum(files, (file) => file.warnings),
    suppressed,
    fixable,
    byRule: [...rules.values()].sort(
      (a, b) => b.errors + b.warnings - (a.errors + a.warnings) || b.suppressed - a.suppressed || compare(a.ruleId, b.ruleId)
    ),
    topFiles: [...withFindings]
      .sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || b.errors - a.errors || a.index - b.index)
      .slice(0, topFiles)
  }
}

function sum<T>(items: readonly T[], count: (item: T) => number): number {
  return items.reduce((total, item) => total + count(item), 0)
}

/** Code-unit order, the same on every machine (no locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
