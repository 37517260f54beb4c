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
    {text: 'Minimizes your enlarged pores.', actual: 'Minimizes your enlarged pores'},
    {text: 'Lifts sagging jowls and redefines the jawline.', actual: 'Lifts sagging jowls'},
    {text: 'Reduces puffiness and dark circles.', actual: 'Reduces puffiness and dark circles'},
    {text: 'My dark spots have faded.', actual: 'dark spots have faded'},
    {text: 'Reduces wrinkle depth with continued use.', actual: 'Reduces wrinkle depth'},
    {text: 'Softens the lines around your mouth and eyes.', actual: 'Softens the lines'},
    {text: 'Corrects dark spots and uneven tone.', actual: 'Corrects dark spots and uneven tone'}
  ],
  compliant: [
    'This serum reduces the appearance of fine lines.',
    'It smooths the look of wrinkles.',
    'Visibly firms sagging skin.',
    'It does not shrink pores.',
    'Smooths skin and softens its texture.',
    'Helps lift the look of sagging jowls.',
    'Pores appear smaller and skin looks more refined.',
    'Reduces the redness and swelling of insect bites.',
    'Unclogs pores and lifts away dead skin.',
    'Spot-Correcting Concealer in 12 Shades'
  ]
}
