/**
 * `unregistered-claim`: the allow-list mode of the claims register (issue 8).
 * Off in `recommended`, on in `strict`: an efficacy statement that is not an
 * approved claim (cited by id or in its approved wording) is reported.
 */
import {defineRule} from '@claimlint/core'
import {isLegend} from '../proof-claim/footnotes.js'
import {substantiationBasis, substantiationReferences} from '../substantiation.js'
import {lexicon, sourceOf} from './lexicon.js'

/** The `unregistered-claim` rule: efficacy statements that match no entry of the claims register. */
export const unregisteredClaim = defineRule({
  meta: {
    id: 'unregistered-claim',
    description: 'Efficacy statements that are not an approved claim of the claims register',
    family: 6,
    kind: 'unregistered claim',
    rationale:
      'Regulated teams keep a claims register of every claim they approved, with its evidence and markets, and want nothing ' +
      'else to run. This rule turns the register into an allow-list: every efficacy statement that `proof-claim`, ' +
      '`appearance-claim` or `miracle-claim` would read as a claim (with or without the appearance qualifier) must cite an ' +
      'entry with a footnote naming its id (`[^firm-2025]`) or be written in an approved wording. It is off in `recommended` ' +
      'and on in `strict`, and it reads the register: without one it reports nothing.',
    basis: substantiationBasis,
    references: substantiationReferences,
    severity: 'error',
    evidenceStatus: 'missing',
    recommended: false,
    fixable: false,
    remedy: 'add it to the claims register and cite the entry, or use an approved wording'
  },
  lexicon,
  keep(match, context) {
    const {register, document} = context
    if (!register || match.sentence.block === 'footnote' || isLegend(match.sentence, document)) return false
    if (register.ties(match.sentence).length > 0) return false
    // The source rule's own judgement (`acne scars`, mentions); proof-claim's is about evidence, which the register replaces.
    const source = sourceOf.get(match.entry)
    if (!source?.keep || source.meta.id === 'proof-claim') return true
    return source.keep(match, context) !== false
  }
})
