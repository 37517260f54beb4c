/**
 * `register-market`: a registered claim used on a page for a market its
 * entry is not cleared for (issue 8; claims primer, family 6).
 */
import {defineRule, unclearedMarkets, type LexiconEntry} from '@claimlint/core'
import {substantiationBasis, substantiationReferences} from '../substantiation.js'

/** The message data of a claim outside its markets; the remedy is filled in per entry. */
const outside: LexiconEntry = {
  phrases: [],
  note:
    'Evidence and wording are cleared market by market: a claim the US team substantiated may not meet EU common criteria or ' +
    'the CAP Code, and each market reads the copy against its own law (Reg. (EU) 655/2013; CAP Code 3.7; FTC Act §5).',
  remedy: 'remove it from this page, or clear it for that market in the register'
}

const upper = (markets: readonly string[]): string => markets.map((market) => market.toUpperCase()).join(', ')

/** The `register-market` rule: registered claims on pages for markets they are not cleared for. */
export const registerMarket = defineRule({
  meta: {
    id: 'register-market',
    description: 'Registered claims used on a page for a market their entry is not cleared for',
    family: 6,
    kind: 'claim outside its markets',
    rationale:
      'Each entry of the claims register lists the markets its claim is cleared for. A page is for the markets in its ' +
      'frontmatter (`markets: [eu, uk]`), or else for the configured `jurisdictions`. A page that cites an entry (a footnote ' +
      'naming its id, or its approved wording) in a market the entry does not list runs an uncleared claim there. The rule ' +
      'reads the register; without one it reports nothing.',
    basis: substantiationBasis,
    references: substantiationReferences,
    severity: 'error',
    evidenceStatus: 'not-cleared-for-market',
    fixable: false,
    remedy: outside.remedy!
  },
  check(context) {
    const {register} = context
    if (!register) return
    for (const tie of register.pageTies()) {
      const missing = unclearedMarkets(tie.entry, context.markets)
      if (missing.length === 0) continue
      const cleared = tie.entry.markets.length > 0 ? `cleared for ${upper(tie.entry.markets)} only` : 'cleared for no market'
      context.report({
        start: tie.start,
        end: tie.end,
        entry: {...outside, remedy: `\`${tie.entry.id}\` in ${register.origin} is not cleared for ${upper(missing)} (${cleared}): ${outside.remedy!}`}
      })
    }
  }
})
