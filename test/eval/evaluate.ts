/**
 * Detection quality of a configured linter on the labeled claims corpus:
 * recall, precision and false-flag rate per rule, per family and overall,
 * plus every miss and false flag. Pure: the caller supplies the findings.
 */
import type {CorpusItem} from './corpus.js'

/** The part of a lint message the evaluation reads (`LintMessage` fits). */
export interface Finding {
  ruleId: string | null
  actual?: string
  severity?: number
  message?: string
  /** A rule crash or unreadable input, not a finding. */
  fatal?: boolean
}

/** Findings of the linter under test on one corpus text. */
export type FindingsOf = (text: string) => readonly Finding[]

/** Recall, precision and false flags of one rule. */
export interface RuleScore {
  ruleId: string
  /** Primer family the rule owns, when known. */
  family: number | null
  /** Items expecting the rule, and those on which it reported. */
  expected: number
  caught: number
  recall: number | null
  /** Items expecting the rule that belong to its own family, and those caught. */
  ownFamily: {expected: number; caught: number; recall: number | null}
  /** Items on which the rule reported anything, and those that expect it. */
  reported: number
  correct: number
  precision: number | null
  /** Compliant items the rule reported on. */
  falseFlags: number
}

/** Recall over the claims of one primer family (every expected rule must report). */
export interface FamilyScore {
  family: number
  items: number
  caught: number
  recall: number | null
}

/** A claim that one or more of its expected rules did not report. */
export interface Miss {
  item: CorpusItem
  /** Expected rules that did not report. */
  missing: string[]
  /** Findings of any rule on the item. */
  findings: Finding[]
}

/** Findings on an item: on compliant items these are false flags; on claims, rules nobody expected. */
export interface Flag {
  item: CorpusItem
  /** Rules that reported and are not expected. */
  rules: string[]
  findings: Finding[]
}

/** Everything `evaluate` measures. */
export interface Evaluation {
  items: number
  claims: number
  compliant: number
  overall: {
    /** Claims caught by every expected rule. */
    caught: number
    recall: number | null
    /** Reporting (item, rule) pairs where the item expects the rule, over all reporting pairs. */
    precision: number | null
    /** Compliant items with any finding. */
    falseFlagged: number
    falseFlagRate: number | null
  }
  rules: RuleScore[]
  families: FamilyScore[]
  misses: Miss[]
  falseFlags: Flag[]
  /** Claims on which a rule reported that the item does not expect (hurts precision, not a false flag). */
  unexpected: Flag[]
  /** Items on which a rule crashed. */
  crashes: Array<{item: CorpusItem; findings: Finding[]}>
}

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** Primer family per rule id, for own-family recall (`rule.meta.family`). */
  families?: Readonly<Record<string, number>>
}

/** A ratio, or null when nothing was counted. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

/** Score a linter's findings against the labels of a corpus. */
export function evaluate(items: readonly CorpusItem[], findingsOf: FindingsOf, options: EvaluateOptions = {}): Evaluation {
  const families = options.families ?? {}
  const tallies = new Map<string, Omit<RuleScore, 'recall' | 'precision' | 'ownFamily'> & {ownExpected: number; ownCaught: number}>()
  const tally = (ruleId: string) => {
    let entry = tallies.get(ruleId)
    if (!entry) {
      entry = {ruleId, family: families[ruleId] ?? null, expected: 0, caught: 0, reported: 0, correct: 0, falseFlags: 0, ownExpected: 0, ownCaught: 0}
      tallies.set(ruleId, entry)
    }
    return entry
  }
  for (const ruleId of Object.keys(families)) tally(ruleId)

  const byFamily = new Map<number, FamilyScore>()
  const evaluation: Evaluation = {
    items: items.length,
    claims: 0,
    compliant: 0,
    overall: {caught: 0, recall: null, precision: null, falseFlagged: 0, falseFlagRate: null},
    rules: [],
    families: [],
    misses: [],
    falseFlags: [],
    unexpected: [],
    crashes: []
  }
  let pairs = 0
  let correctPairs = 0

  for (const item of items) {
    const messages = findingsOf(item.text)
    const crashed = messages.filter((m) => m.fatal)
    if (crashed.length > 0) evaluation.crashes.push({item, findings: [...crashed]})
    const findings = messages.filter((m) => !m.fatal && m.ruleId !== null)
    const reported = new Set(findings.map((m) => m.ruleId!))
    const expected = new Set(item.rules)
    const extra = [...reported].filter((id) => !expected.has(id))

    for (const ruleId of reported) {
      const entry = tally(ruleId)
      entry.reported++
      pairs++
      if (expected.has(ruleId)) {
        entry.correct++
        correctPairs++
      } else if (expected.size === 0) {
        entry.falseFlags++
      }
    }

    if (expected.size === 0) {
      evaluation.compliant++
      if (reported.size > 0) {
        evaluation.overall.falseFlagged++
        evaluation.falseFlags.push({item, rules: extra, findings})
      }
      continue
    }

    evaluation.claims++
    const missing: string[] = []
    for (const ruleId of expected) {
      const entry = tally(ruleId)
      const hit = reported.has(ruleId)
      entry.expected++
      if (hit) entry.caught++
      if (entry.family === item.family) {
        entry.ownExpected++
        if (hit) entry.ownCaught++
      }
      if (!hit) missing.push(ruleId)
    }
    let family = byFamily.get(item.family)
    if (!family) {
      family = {family: item.family, items: 0, caught: 0, recall: null}
      byFamily.set(item.family, family)
    }
    family.items++
    if (missing.length === 0) {
      family.caught++
      evaluation.overall.caught++
    } else {
      evaluation.misses.push({item, missing, findings})
    }
    if (extra.length > 0) evaluation.unexpected.push({item, rules: extra, findings})
  }

  evaluation.overall.recall = ratio(evaluation.overall.caught, evaluation.claims)
  evaluation.overall.precision = ratio(correctPairs, pairs)
  evaluation.overall.falseFlagRate = ratio(evaluation.overall.falseFlagged, evaluation.compliant)
  evaluation.rules = [...tallies.values()].map(({ownExpected, ownCaught, ...entry}) => ({
    ...entry,
    recall: ratio(entry.caught, entry.expected),
    ownFamily: {expected: ownExpected, caught: ownCaught, recall: ratio(ownCaught, ownExpected)},
    precision: ratio(entry.correct, entry.reported)
  }))
  evaluation.families = [...byFamily.values()]
    .sort((a, b) => a.family - b.family)
    .map((family) => ({...family, recall: ratio(family.caught, family.items)}))
  return evaluation
}

/**
 * Adapt a linter to `FindingsOf`: each text is linted as a Markdown file
 * (`claim.md`) so headings, blockquotes, alt text and frontmatter are read as
 * on a product page, and converted to result messages.
 */
export function linterFindings<File>(
  linter: {lint(input: {value: string; path: string}): File},
  toResult: (file: File) => {messages: readonly Finding[]}
): FindingsOf {
  return (text) => toResult(linter.lint({value: text, path: 'claim.md'})).messages
}
