/** Examples of `appearance-claim`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'

/** Flagged and compliant sentences of `appearance-claim`. */
export const cases: RuleCases = {
  flagged: [
    {text: 'This serum reduces fine lines.', actual: 'reduces fine lines'},
    {text: 'Erases dark spots in weeks.', actual: 'Erases dark spots'},
    {text: 'A toner that shrinks pores.', actual: 'shrinks pores'},
    {text: 'Firms sagging skin along the jaw.', actual: 'Firms sagging skin'},
    {text: 'It smooths wrinkles.', actual: 'smooths wrinkles'},
    {text: 'Fades age spots.', actual: 'Fades age spots'},
    {text: 'Minimizes your enlarged pores.', actual: 'Minimizes your enlarged pores'}
  ],
  compliant: [
    'This serum reduces the appearance of fine lines.',
    'It smooths the look of wrinkles.',
    'Visibly firms sagging skin.',
    'It does not shrink pores.',
    'Smooths skin and softens its texture.'
  ]
}
