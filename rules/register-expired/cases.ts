/** Examples of `register-expired`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'
import {exampleRegister, exampleToday} from '../register-example.js'

/** Flagged and compliant sentences of `register-expired`, linted with the example register. */
export const cases: RuleCases = {
  flagged: [
    {text: 'Smoother skin in a week.[^smooth-2021]', actual: '[^smooth-2021]'},
    {text: 'Visibly smoother skin in 7 days.', actual: 'Visibly smoother skin in 7 days'},
    {text: 'Our bestseller: visibly smoother skin in 7 days, says the study.', actual: 'visibly smoother skin in 7 days'}
  ],
  compliant: [
    'Clinically shown to improve the look of firmness.',
    'Firmer-looking skin.[^firm-2025]',
    'Up to 48 hours of hydration.',
    'Smoother skin in a week.',
    'Visibly smoother skin in 10 days.'
  ],
  setup: {register: exampleRegister, today: exampleToday}
}
