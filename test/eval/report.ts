/**
 * A readable report of an `Evaluation`: the score tables, then every miss and
 * false flag grouped by rule, so rule owners can fix their lexicons.
 */
import type {Evaluation, Finding, Flag, Miss} from './evaluate.js'

/** `95.2%`, or `–` when nothing was counted. */
export function percent(value: number | null): string {
  return value === null ? '–' : `${(value * 100).toFixed(1)}%`
}

function cell(value: number | null, part: number, whole: number): string {
  return `${percent(value)} (${part}/${whole})`
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((value, column) => (column === 0 ? value.padEnd(widths[column]!) : value.padStart(widths[column]!))).join('  ').trimEnd())
}

function quote(text: string): string {
  return JSON.stringify(text)
}

function describe(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'nothing'
  return findings.map((f) => `${f.ruleId} \`${f.actual ?? '?'}\``).join(', ')
}

function groupBy<T>(entries: readonly T[], keys: (entry: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const entry of entries) {
    for (const key of keys(entry)) {
      const list = groups.get(key) ?? []
      list.push(entry)
      groups.set(key, list)
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)))
}

function missLines(misses: readonly Miss[]): string[] {
  const lines: string[] = [`Misses (${misses.length})`]
  for (const [ruleId, group] of groupBy(misses, (miss) => miss.missing)) {
    lines.push(``, `  ${ruleId} (${group.length})`)
    for (const {item, findings} of group) {
      lines.push(`    ${item.source ?? ''}  ${quote(item.text)}`)
      lines.push(`      expected ${item.rules.join(', ')}; reported ${describe(findings)}`)
    }
  }
  return lines
}

function flagLines(title: string, flags: readonly Flag[]): string[] {
  const lines: string[] = [`${title} (${flags.length})`]
  for (const [ruleId, group] of groupBy(flags, (flag) => flag.rules)) {
    lines.push(``, `  ${ruleId} (${group.length})`)
    for (const {item, findings} of group) {
      const own = findings.filter((f) => f.ruleId === ruleId)
      lines.push(`    ${item.source ?? ''}  ${quote(item.text)}`)
      lines.push(`      expected ${item.rules.length > 0 ? item.rules.join(', ') : 'nothing'}; reported ${describe(own)}`)
    }
  }
  return lines
}

/** Render an evaluation as plain text ending with a newline. */
export function formatReport(evaluation: Evaluation): string {
  const {overall} = evaluation
  const lines: string[] = [
    `claimlint detection quality: ${evaluation.items} items, ${evaluation.claims} claims, ${evaluation.compliant} compliant`,
    ``,
    `Overall  recall ${cell(overall.recall, overall.caught, evaluation.claims)}  ` +
      `precision ${percent(overall.precision)}  ` +
      `false-flag rate ${cell(overall.falseFlagRate, overall.falseFlagged, evaluation.compliant)}`,
    ``,
    ...table([
      ['rule', 'family', 'recall', 'own-family recall', 'precision', 'false flags'],
      ...evaluation.rules.map((rule) => [
        rule.ruleId,
        rule.family === null ? '–' : String(rule.family),
        cell(rule.recall, rule.caught, rule.expected),
        cell(rule.ownFamily.recall, rule.ownFamily.caught, rule.ownFamily.expected),
        cell(rule.precision, rule.correct, rule.reported),
        String(rule.falseFlags)
      ])
    ]),
    ``,
    ...table([
      ['family', 'recall'],
      ...evaluation.families.map((family) => [String(family.family), cell(family.recall, family.caught, family.items)])
    ]),
    ``,
    ...missLines(evaluation.misses),
    ``,
    ...flagLines('False flags on compliant items', evaluation.falseFlags),
    ``,
    ...flagLines('Rules reporting on claims that do not expect them', evaluation.unexpected)
  ]
  if (evaluation.crashes.length > 0) {
    lines.push(``, `Crashes (${evaluation.crashes.length})`)
    for (const {item, findings} of evaluation.crashes) {
      lines.push(`  ${item.source ?? ''}  ${quote(item.text)}`, ...findings.map((f) => `    ${f.message ?? f.ruleId}`))
    }
  }
  return `${lines.join('\n')}\n`
}
