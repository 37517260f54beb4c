import {describe, expect, it} from 'vitest'
import {exampleRegister, exampleToday} from '../register-example.js'
import {findings} from '../rule-testing.js'
import {proofClaim} from './index.js'

const setup = {register: exampleRegister, today: exampleToday}
const reasons = (text: string): string[] => findings(proofClaim, text, 'page.md', setup).map((m) => `${m.actual}: ${m.message}`)
const actuals = (text: string): string[] => findings(proofClaim, text, 'page.md', setup).map((m) => m.actual ?? '')

describe('proof-claim with a claims register', () => {
  it('passes a clinical claim whose footnote names an entry with in-vivo evidence', () => {
    expect(actuals('Clinically shown to firm skin.[^firm-2025]')).toEqual([])
    expect(actuals('Clinically shown to firm skin.[^FIRM-2025]\n\n[^FIRM-2025]: FIRM-01, 32 women, 4 weeks.')).toEqual([])
  })

  it('passes the approved wording itself', () => {
    expect(actuals('Clinically shown to improve the look of firmness.')).toEqual([])
    expect(actuals('8 in 10 said their skin looked more radiant.')).toEqual([])
  })

  it('reports a claim tied to nothing, saying the register has no entry for it', () => {
    expect(reasons('Clinically proven to hydrate.')).toEqual([
      expect.stringMatching(/^Clinically proven: Unexpected proof claim `Clinically proven`, tie it to an entry of claims.yaml with a footnote naming the entry's id, or use an approved wording/)
    ])
  })

  it('reports a plain footnote: with a register it must name an entry', () => {
    expect(reasons('Clinically proven.[^1]\n\n[^1]: A study.')).toEqual([expect.stringContaining('its footnote `[^1]` names no entry of claims.yaml')])
  })

  it('reports consumer-perception evidence behind "clinically proven"', () => {
    expect(reasons('Clinically proven radiance.[^glow-survey]')).toEqual([
      expect.stringContaining('`glow-survey` in claims.yaml rests on consumer-perception evidence, which cannot back a clinical claim; cite in-vivo evidence')
    ])
  })

  it('lets instrumental evidence back a measured result, not a clinical claim', () => {
    expect(actuals('Boosts hydration by 48 %.[^hydra-corneo]')).toEqual([])
    expect(actuals('Clinically tested hydration.[^hydra-corneo]')).toEqual(['Clinically tested'])
  })

  it('lets consumer-perception evidence back what users said, not a measured result', () => {
    expect(actuals('92% of users would recommend it.[^glow-survey]')).toEqual([])
    expect(actuals('Reduces wrinkles by 45 %.[^glow-survey]')).toEqual(['Reduces wrinkles by 45 %'])
  })

  it('judges a #1 ranking by its tie too', () => {
    expect(actuals('The #1 serum.[^glow-survey]')).toEqual([])
    expect(actuals('The #1 serum.[^1]\n\n[^1]: Sales data.')).toEqual(['#1'])
  })

  it('still treats footnotes and legends as evidence, not claims', () => {
    expect(actuals('Soft skin.[^firm-2025]\n\n[^firm-2025]: Clinically proven in FIRM-01.')).toEqual([])
  })

  it('keeps the footnote-on-the-page behaviour without a register', () => {
    expect(findings(proofClaim, 'Clinically proven.[^1]\n\n[^1]: A study.').map((m) => m.actual)).toEqual([])
  })
})
