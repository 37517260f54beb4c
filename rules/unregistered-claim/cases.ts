/** Examples of `unregistered-claim`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'
import {exampleRegister, exampleToday} from '../register-example.js'

/** Flagged and compliant sentences of `unregistered-claim`, linted with the example register. */
export const cases: RuleCases = {
  flagged: [
    {text: 'Reduces the appearance of fine lines.', actual: 'Reduces the appearance of fine lines'},
    {text: 'Clinically proven to hydrate.', actual: 'Clinically proven'},
    {text: '87% saw fewer lines.[^1]', actual: '87% saw'},
    {text: 'Visible results in 7 days.', actual: 'Visible results in 7 days'}
  ],
  compliant: [
    'Clinically shown to improve the look of firmness.',
    'Firmer-looking skin in 4 weeks.[^firm-2025]',
    '8 in 10 said their skin looked more radiant.',
    'Skin feels softer.',
    'Formulated with hyaluronic acid.'
  ],
  setup: {register: exampleRegister, today: exampleToday}
}
