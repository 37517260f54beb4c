/** Examples of `register-market`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'
import {exampleRegister, exampleToday} from '../register-example.js'

/** Flagged and compliant sentences of `register-market`, linted with the example register on an EU page. */
export const cases: RuleCases = {
  flagged: [
    {text: '8 in 10 said their skin looked more radiant.', actual: '8 in 10 said their skin looked more radiant'},
    {text: 'Loved by our community.[^glow-survey]', actual: '[^glow-survey]'}
  ],
  compliant: [
    'Clinically shown to improve the look of firmness.',
    'Firmer-looking skin.[^firm-2025]',
    'Up to 48 hours of hydration.',
    'Skin feels softer.'
  ],
  setup: {register: exampleRegister, today: exampleToday, jurisdictions: ['eu']}
}
