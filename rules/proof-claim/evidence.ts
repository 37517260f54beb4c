/**
 * What kind of evidence a proof claim needs from the claims register (issue
 * 8). "Clinically proven" promises a clinical study on people (FTC
 * substantiation: the claim names its level of proof); consumer-perception
 * data backs what users said, never a clinical or a measured claim;
 * instrumental measurements back measured results. Data first: word sets,
 * checked in order, the first that the claim's words meet decides.
 */
import type {EvidenceKind, LexiconEntry, Match, RegisterTie, RegisterView, Sentence} from '@claimlint/core'

/** A kind of proof claim and the evidence kinds that can back it. */
export interface ProofNeed {
  /** The claim, named in messages: `a clinical claim`. */
  claim: string
  /** Evidence kinds that support it. */
  kinds: readonly EvidenceKind[]
}

const every: readonly EvidenceKind[] = ['in-vivo', 'in-vitro', 'consumer-perception', 'instrumental']

/** Claims of a clinical study on people: `clinically proven`, `dermatologically tested`, `in a clinical study`. */
export const clinical: ProofNeed = {claim: 'a clinical claim', kinds: ['in-vivo']}
/** Claims of scientific proof: `scientifically proven`, `studies show`, `lab tested`. */
export const scientific: ProofNeed = {claim: 'a claim of scientific proof', kinds: ['in-vivo', 'in-vitro', 'instrumental']}
/** A measured result: `reduces wrinkles by 45 %`, `2x more hydration`. */
export const measured: ProofNeed = {claim: 'a measured result', kinds: ['in-vivo', 'instrumental']}
/** What people said or felt (`8 in 10 said…`), endorsements and rankings: any study on record backs them. */
export const reported: ProofNeed = {claim: 'a reported result', kinds: every}

const clinicalWords = new Set(['clinically', 'clinical', 'dermatologically', 'medically'])
const scientificWords = new Set(['scientifically', 'scientific', 'science', 'proven', 'proved', 'proof', 'research', 'study', 'studies', 'lab', 'laboratory', 'trial', 'trials'])
/** Verbs of perception in a statistic: `87 % saw`, `9 out of 10 women noticed`. */
const perceptionWords = new Set([
  'saw', 'see', 'sees', 'noticed', 'notice', 'reported', 'report', 'agreed', 'agree', 'said', 'say', 'says', 'felt', 'feel', 'feels',
  'found', 'experienced', 'observed', 'rated', 'preferred', 'prefer', 'recommend', 'recommended', 'loved', 'love', 'claimed', 'declared'
])
/** Who a statistic of perception counts: `92 % of users`, `9 out of 10 women`. */
const peopleWords = new Set([
  'women', 'men', 'users', 'participants', 'subjects', 'testers', 'panelists', 'people', 'customers', 'consumers', 'respondents',
  'volunteers', 'patients', 'reviewers', 'shoppers', 'clients', 'moms', 'mothers', 'mums'
])
/** Experts whose testing is clinical: `dermatologist tested`. */
const testers = new Set(['dermatologist', 'dermatologists', 'doctor', 'doctors', 'physician', 'physicians', 'derm', 'clinician', 'clinicians'])

/** What a proof claim needs, from its words and its lexicon entry's kind. */
export function needOf(words: readonly string[], entry: LexiconEntry): ProofNeed {
  if (words.some((word) => clinicalWords.has(word))) return clinical
  if (words.includes('tested') && words.some((word) => testers.has(word))) return clinical
  if (entry.kind === 'statistic claim') return words.some((word) => perceptionWords.has(word) || peopleWords.has(word)) ? reported : measured
  if (words.some((word) => scientificWords.has(word))) return scientific
  return reported
}

/** The words of a match, normalised. */
export function wordsOf(match: Match): string[] {
  return match.sentence.tokens.slice(match.first, match.last + 1).map((token) => token.norm)
}

const named: Readonly<Record<EvidenceKind, string>> = {
  'in-vivo': 'in-vivo',
  'in-vitro': 'in-vitro',
  'consumer-perception': 'consumer-perception',
  instrumental: 'instrumental'
}

/** The tie of a sentence to a register entry whose evidence backs the claim, if any. */
export function backingOf(sentence: Sentence, need: ProofNeed, register: RegisterView): RegisterTie | undefined {
  return register.ties(sentence).find((tie) => need.kinds.includes(tie.entry.evidence.kind))
}

/**
 * Judge a proof claim against the register: undefined when the sentence is
 * tied to an entry whose evidence backs the claim, otherwise an entry whose
 * message says what is missing (no entry, a footnote naming no entry, or the
 * wrong kind of evidence).
 */
export function judge(sentence: Sentence, need: ProofNeed, entry: LexiconEntry, register: RegisterView): LexiconEntry | undefined {
  if (backingOf(sentence, need, register)) return undefined
  const ties = register.ties(sentence)
  const note =
    `${entry.note} With a claims register, the claim must cite an entry (a footnote naming its id, or its approved wording) ` +
    `whose evidence backs it: ${need.claim} needs ${need.kinds.map((kind) => named[kind]).join(', ')} evidence.`
  const {expected: _rewrites, fix: _fix, ...base} = entry
  if (ties.length > 0) {
    const tie = ties[0]!
    return {
      ...base,
      note,
      evidenceStatus: 'insufficient',
      remedy:
        `\`${tie.entry.id}\` in ${register.origin} rests on ${named[tie.entry.evidence.kind]} evidence, which cannot back ${need.claim}; ` +
        `cite ${need.kinds.map((kind) => named[kind]).join(' or ')} evidence, or reword the claim to what the study shows`
    }
  }
  const labels = sentence.footnotes.filter((label) => !/^[*†‡§]$/.test(label))
  const remedy =
    labels.length > 0
      ? `its footnote \`[^${labels[0]}]\` names no entry of ${register.origin}; cite an entry id there, or use an approved wording`
      : `tie it to an entry of ${register.origin} with a footnote naming the entry's id, or use an approved wording`
  return {...base, note, remedy}
}
