/**
 * The labeled claims corpus in `fixtures/claims/*.jsonl`: its item shape,
 * the rule ids and voices it may use, a line parser and a folder loader.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** One labeled sentence or phrase of product copy. */
export interface CorpusItem {
  /** The copy, linted as a Markdown file (headings, quotes, alt text and frontmatter included). */
  text: string
  /** Rule ids that must each report at least one finding; empty for compliant copy. */
  rules: readonly string[]
  /** Claims primer family of the claim (1–10), 0 for compliant copy. */
  family: number
  /** Where on a page such copy lives (`bullet`, `testimonial`, …). */
  voice: string
  /** Why the label is what it is, for the hard cases. */
  note?: string
  /** `file:line` the item was read from, for reports. */
  source?: string
}

/**
 * Rule ids the corpus may expect, with the primer family each rule owns.
 * Testimonials (family 9) are labeled by the family of what they claim, so
 * no rule owns family 9; families 3 and 4 are judgements inside the others.
 */
export const corpusRules: Readonly<Record<string, number>> = {
  'disease-claim': 1,
  'structure-function-claim': 2,
  'miracle-claim': 5,
  'proof-claim': 6,
  'regulatory-status': 7,
  'biologic-claim': 8,
  'otc-drug-claim': 10,
  'appearance-claim': 3
}

/** Voices of product copy an item may carry (primer §4, where copy hides claims). */
export const voices: readonly string[] = [
  'body',
  'bullet',
  'heading',
  'product-name',
  'tagline',
  'badge',
  'faq-question',
  'faq-answer',
  'testimonial',
  'ingredient-gloss',
  'hashtag',
  'meta-description',
  'alt-text',
  'link-text',
  'table-cell',
  'directions',
  'disclaimer'
]

/** Parse one JSONL file of the corpus; throws a one-line error naming `file:line` on a malformed line. */
export function parseCorpus(text: string, file: string): CorpusItem[] {
  const items: CorpusItem[] = []
  const lines = text.split(/\r?\n/)
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    const source = `${file}:${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new Error(`Unexpected JSON in ${source}: ${error instanceof Error ? error.message : String(error)}`)
    }
    items.push(itemOf(value, source))
  }
  return items
}

function itemOf(value: unknown, source: string): CorpusItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Unexpected value in ${source}, expected an object`)
  }
  const {text, rules, family, voice, note} = value as Record<string, unknown>
  if (typeof text !== 'string' || text.trim() === '') throw new Error(`Unexpected \`text\` in ${source}, expected a non-empty string`)
  if (!Array.isArray(rules) || !rules.every((rule) => typeof rule === 'string')) {
    throw new Error(`Unexpected \`rules\` in ${source}, expected an array of rule ids`)
  }
  if (typeof family !== 'number' || !Number.isInteger(family)) throw new Error(`Unexpected \`family\` in ${source}, expected an integer`)
  if (typeof voice !== 'string') throw new Error(`Unexpected \`voice\` in ${source}, expected a string`)
  if (note !== undefined && typeof note !== 'string') throw new Error(`Unexpected \`note\` in ${source}, expected a string`)
  const item: CorpusItem = {text, rules: rules as string[], family, voice, source}
  if (note !== undefined) item.note = note
  return item
}

/** Read every `*.jsonl` file of a folder, in name order. */
export function loadCorpus(folder: string): CorpusItem[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseCorpus(readFileSync(join(folder, name), 'utf8'), name))
}

/** Text as compared for duplicates: case and runs of white space do not make a new item. */
export function duplicateKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Problems that make a corpus mislabeled rather than malformed: unknown rule
 * ids or voices, a compliant item with rules, a claim without the rule of
 * its own family, a family no rule owns, duplicate texts.
 */
export function corpusProblems(items: readonly CorpusItem[]): string[] {
  const problems: string[] = []
  const seen = new Map<string, string>()
  const owners = new Map(Object.entries(corpusRules).map(([id, family]) => [family, id]))
  for (const item of items) {
    const at = item.source ?? JSON.stringify(item.text)
    for (const rule of item.rules) {
      if (!(rule in corpusRules)) problems.push(`${at}: unknown rule id \`${rule}\``)
    }
    if (new Set(item.rules).size !== item.rules.length) problems.push(`${at}: a rule id is listed twice`)
    if (!voices.includes(item.voice)) problems.push(`${at}: unknown voice \`${item.voice}\``)
    if (item.family === 0 && item.rules.length > 0) problems.push(`${at}: family 0 (compliant) lists rules`)
    if (item.family !== 0) {
      const owner = owners.get(item.family)
      if (owner === undefined) problems.push(`${at}: no rule owns family ${item.family}`)
      else if (!item.rules.includes(owner)) problems.push(`${at}: a family ${item.family} claim must expect \`${owner}\``)
    }
    const key = duplicateKey(item.text)
    const first = seen.get(key)
    if (first === undefined) seen.set(key, at)
    else problems.push(`${at}: duplicate of ${first}`)
  }
  return problems
}
