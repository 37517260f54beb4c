/** Examples of `page-net-impression`, used by its tests and its docs; each is a whole page. */
import type {RuleCases} from '../cases.js'

/** Flagged and compliant pages of `page-net-impression` (`⏎` in the docs marks a line break). */
export const cases: RuleCases = {
  flagged: [
    {text: '# Eczema Relief Balm\n\nCalms and comforts dry skin.', actual: 'Calms'},
    {text: '![Before and after psoriasis](balm.png)\n\nA rich balm that soothes rough patches.', actual: 'soothes'},
    {text: '> My rosacea is so much better! — Ana\n\nOur serum calms the look of redness.', actual: 'calms'},
    {text: '## Made for acne\n\n- Eases redness and irritation', actual: 'Eases redness'}
  ],
  compliant: [
    '# Daily Comfort Balm\n\nCalms and comforts dry skin.',
    '# Balm for eczema-prone skin\n\nComforts dry, tight skin.',
    '# Hydrating Balm\n\nWe do not treat eczema. Calms dry skin.',
    'Soothes the feeling of dryness.'
  ]
}
