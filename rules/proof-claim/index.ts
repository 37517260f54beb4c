/**
 * `proof-claim`: clinically proven, dermatologist recommended, studies show,
 * `#1` and statistics of results, unless a footnote on the page ties the
 * sentence to its source (claims primer, family 6).
 */
import {defineRule, isNegated, isQuestion, type Document, type LexiconEntry, type RuleContext, type Sentence} from '@claimlint/core'
import {backingOf, judge, needOf, reported, wordsOf, type ProofNeed} from './evidence.js'
import {isLegend, isSourced} from './footnotes.js'
import {lexicon, ranking} from './lexicon.js'

/** Whether a sentence is evidence itself: a footnote or a legend line. */
function isEvidence(sentence: Sentence, document: Document): boolean {
  return sentence.block === 'footnote' || isLegend(sentence, document)
}

/**
 * The entry to report a proof claim under, or undefined when it passes: tied
 * to a register entry whose evidence backs it, or, without a register, to a
 * footnote on the page. A claim that passes is recorded for the claims inventory.
 */
function verdict(span: {start: number; end: number}, sentence: Sentence, need: ProofNeed, entry: LexiconEntry, context: RuleContext): LexiconEntry | undefined {
  const {register, document} = context
  if (!register) {
    if (!isSourced(sentence, document)) return entry
    context.recordClaim({start: span.start, end: span.end, entry, status: 'footnoted'})
    return undefined
  }
  const backing = backingOf(sentence, need, register)
  if (!backing) return judge(sentence, need, entry, register)
  context.recordClaim({start: span.start, end: span.end, entry, status: 'backed', register: backing.entry})
  return undefined
}

/** Offsets of `#1` and `No. 1` rankings, which phrases cannot see because the tokenizer drops `#` and splits at `No.`. */
function rankings(sentence: Sentence, text: string): Array<{start: number; end: number; index: number}> {
  const spans: Array<{start: number; end: number; index: number}> = []
  sentence.tokens.forEach((token, index) => {
    if (token.norm !== '1') return
    const before = /(?:#|\bno\.\s?)$/i.exec(text.slice(Math.max(0, token.start - 4), token.start))
    if (before) spans.push({start: token.start - before[0].length, end: token.end, index})
  })
  return spans
}

/** The `proof-claim` rule: proof, endorsement, ranking and statistic claims without a source on the page. */
export const proofClaim = defineRule({
  meta: {
    id: 'proof-claim',
    description: 'Proof, endorsement, ranking and statistic claims not tied to a source on the page',
    family: 6,
    kind: 'proof claim',
    rationale:
      '"Clinically proven", "dermatologist recommended", "studies show", `#1` and "87 % saw fewer lines" promise the evidence they ' +
      'name. They must be backed by that evidence before they run, and the copy should say where it comes from. A sentence that ' +
      'carries a footnote reference defined on the page (`[^1]`, or `*` with a `*Based on…` legend) is not reported; footnotes ' +
      'and legends themselves are the evidence, not claims. With a claims register (`claims.yaml`), a claim must cite an entry ' +
      '(a footnote naming its id, `[^firm-2025]`, or the approved wording) whose evidence backs it: "clinically proven" needs ' +
      'in-vivo clinical evidence, a measured result in-vivo or instrumental evidence; consumer-perception data backs only what ' +
      'users said.',
    basis: {
      us: 'FTC Act §§5 and 12, 15 U.S.C. 45 and 52; 16 CFR Part 255',
      eu: 'Reg. (EU) 655/2013, common criterion 3 (evidential support)',
      uk: 'CAP Code 3.7, 3.45 and 12.1',
      ca: 'Competition Act s. 74.01(1)(b) and (c); Health Canada cosmetic claims guidelines'
    },
    references: [
      {jurisdiction: 'us', title: 'FTC Policy Statement Regarding Advertising Substantiation', url: 'https://www.ftc.gov/legal-library/browse/ftc-policy-statement-regarding-advertising-substantiation'},
      {jurisdiction: 'us', title: '16 CFR Part 255, Guides Concerning the Use of Endorsements and Testimonials in Advertising', url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255'},
      {jurisdiction: 'us', title: 'FTC Act §12, 15 U.S.C. 52', url: 'https://www.law.cornell.edu/uscode/text/15/52'},
      {jurisdiction: 'eu', title: 'Commission Regulation (EU) No 655/2013, common criteria for cosmetic claims', url: 'https://eur-lex.europa.eu/eli/reg/2013/655/oj'},
      {jurisdiction: 'uk', title: 'CAP Code, section 3 (misleading advertising)', url: 'https://www.asa.org.uk/type/non_broadcast/code_section/03.html'},
      {jurisdiction: 'ca', title: 'Competition Act, s. 74.01 (performance claims and tests)', url: 'https://laws-lois.justice.gc.ca/eng/acts/C-34/section-74.01.html'},
      {jurisdiction: 'ca', title: 'Health Canada: Guidelines for Cosmetic Advertising and Labelling Claims', url: 'https://www.canada.ca/en/health-canada/services/consumer-product-safety/reports-publications/industry-professionals/guidelines-cosmetic-advertising-labelling-claims.html'}
    ],
    severity: 'warn',
    evidenceStatus: 'missing',
    fixable: false,
    remedy: 'tie it to its source with a footnote on the page'
  },
  lexicon,
  keep(match, context) {
    if (isEvidence(match.sentence, context.document)) return false
    return verdict(match, match.sentence, needOf(wordsOf(match), match.entry), match.entry, context) ?? false
  },
  check(context) {
    const {document} = context
    for (const sentence of document.sentences) {
      const spans = rankings(sentence, document.text)
      if (spans.length === 0 || isQuestion(sentence) || isEvidence(sentence, document)) continue
      for (const span of spans) {
        if (isNegated(sentence, span.index, span.index)) continue
        const entry = verdict(span, sentence, reported, ranking, context)
        if (entry) context.report({start: span.start, end: span.end, entry})
      }
    }
  }
})
