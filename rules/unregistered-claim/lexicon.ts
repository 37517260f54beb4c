/**
 * Phrase data of `unregistered-claim`, derived from the efficacy rules
 * rather than copied: every entry of `proof-claim`, `appearance-claim` and
 * `miracle-claim`, so a phrase those rules learn is an efficacy statement
 * here too. The appearance qualifier does not remove a derived entry
 * ("reduces the appearance of fine lines" is still an efficacy claim that
 * needs approval), and class names are prefixed with their rule's id, since
 * two rules may name different classes alike (`@sign`).
 */
import type {Lexicon, LexiconEntry, Rule} from '@claimlint/core'
import {appearanceClaim} from '../appearance-claim/index.js'
import {miracleClaim} from '../miracle-claim/index.js'
import {proofClaim} from '../proof-claim/index.js'

/** Rules whose lexicons are the efficacy statements an allow-list checks. */
export const sourceRules: readonly Rule[] = [proofClaim, appearanceClaim, miracleClaim]

/** The message data of every derived entry. */
const unregistered = {
  kind: 'unregistered claim',
  note:
    'With `unregistered-claim` on, the claims register is an allow-list: every efficacy statement must be an approved claim, ' +
    'cited by a footnote naming its entry or written in its approved wording, so no claim runs without reviewed evidence ' +
    '(FTC prior substantiation; Reg. (EU) 655/2013 common criterion 3).',
  remedy: 'add it to the claims register and cite the entry, or use an approved wording'
} as const

/**
 * A phrase that also matches its qualified form: the words of an entry's
 * `fixInsert` become optional at its place (`reduce~ [the] [appearance|look] [of] @sign`).
 */
function withQualifier(phrase: string, entry: LexiconEntry): string {
  if (!entry.fixInsert) return phrase
  const words = phrase.split(/\s+/)
  words.splice(entry.fixInsert.before, 0, '[the] [appearance|look] [of]')
  return words.join(' ')
}

/** Rewrite `@name` class references to `@<rule>.name`. */
function scoped(pattern: string, rule: string): string {
  return pattern.replace(/@(\w+)/g, `@${rule}.$1`)
}

/** The source rule of each derived entry. */
export const sourceOf = new Map<LexiconEntry, Rule>()

const classes: Record<string, readonly string[]> = {}
const entries: LexiconEntry[] = []
const allow: string[] = []
for (const rule of sourceRules) {
  const id = rule.meta.id
  const lexicon = rule.lexicon!
  for (const [name, members] of Object.entries(lexicon.classes ?? {})) classes[`${id}.${name}`] = members
  for (const entry of lexicon.entries) {
    const derived: LexiconEntry = {
      phrases: entry.phrases.map((phrase) => scoped(withQualifier(phrase, entry), id)),
      ...unregistered,
      ...(entry.negatable === undefined ? {} : {negatable: entry.negatable}),
      ...(entry.inQuestions === undefined ? {} : {inQuestions: entry.inQuestions}),
      ...(entry.inMentions === undefined ? {} : {inMentions: entry.inMentions})
    }
    sourceOf.set(derived, rule)
    entries.push(derived)
  }
  allow.push(...(lexicon.allow ?? []).map((phrase) => scoped(phrase, id)))
}

/** Phrases of `unregistered-claim`: the efficacy rules' entries, under one message. */
export const lexicon: Lexicon = {classes, entries, allow}
