/** The example claims register the register rules' cases, tests and docs are linted with. */
import type {ClaimsRegister} from '@claimlint/core'

/** Today's date for the examples, so expiry does not drift with the calendar. */
export const exampleToday = '2025-06-01'

/** Four approved claims: clinical, consumer perception, instrumental, and one whose evidence has expired. */
export const exampleRegister: ClaimsRegister = {
  origin: 'claims.yaml',
  claims: [
    {
      id: 'firm-2025',
      wording: ['clinically shown to improve the look of firmness'],
      evidence: {study: 'FIRM-01, split-face study', kind: 'in-vivo', panel: 32, duration: '4 weeks', date: '2025-01-15', file: 'studies/firm-01.pdf'},
      markets: ['us', 'eu', 'uk']
    },
    {
      id: 'glow-survey',
      wording: ['8 in 10 said their skin looked more radiant'],
      evidence: {study: 'Glow consumer survey', kind: 'consumer-perception', panel: 110, duration: '2 weeks', date: '2024-11-02', link: 'https://example.com/glow-survey'},
      markets: ['us', 'uk']
    },
    {
      id: 'hydra-corneo',
      wording: ['up to 48 hours of hydration'],
      evidence: {study: 'Corneometer study H-7', kind: 'instrumental', panel: 20, duration: '48 hours', date: '2024-09-10'},
      markets: ['us', 'eu', 'uk', 'ca']
    },
    {
      id: 'smooth-2021',
      wording: ['visibly smoother skin in 7 days'],
      evidence: {study: 'SM-21', kind: 'in-vivo', panel: 30, duration: '7 days', date: '2021-03-01', expires: '2024-03-01'},
      markets: ['us', 'eu', 'uk', 'ca'],
      expires: '2025-12-31'
    }
  ]
}
