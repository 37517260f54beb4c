/** Examples of `disease-claim`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'

export const cases: RuleCases = {
  flagged: [
    {text: 'Our serum treats rosacea.', actual: 'treats rosacea'},
    {text: 'A gentle anti-inflammatory balm.', actual: 'anti-inflammatory'}
  ],
  compliant: ['Soothes the look of redness.', 'This serum does not treat acne.']
}
