/** Examples of `miracle-claim`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'

/** Flagged and compliant sentences of `miracle-claim`. */
export const cases: RuleCases = {
  flagged: [
    {text: 'See overnight results with our new cream.', actual: 'overnight results'},
    {text: 'Fine lines disappear overnight.', actual: 'disappear overnight'},
    {text: 'Wrinkles gone in 7 days.', actual: 'gone in 7 days'},
    {text: 'Visible results after one use.', actual: 'Visible results after one use'},
    {text: 'Look 10 years younger in a week.', actual: '10 years younger in a week'},
    {text: 'Results you’ll see tomorrow.', actual: 'Results you’ll see tomorrow'},
    {text: 'Dark spots fade in minutes.', actual: 'fade in minutes'},
    {text: 'A miracle cream for tired skin.', actual: 'miracle'},
    {text: 'This balm works like magic.', actual: 'works like magic'},
    {text: 'Guaranteed results or your money back.', actual: 'Guaranteed results'},
    {text: 'Our serum is 100% effective.', actual: '100% effective'},
    {text: 'A formula that works for everyone.', actual: 'works for everyone'},
    {text: 'Permanently erases wrinkles.', actual: 'Permanently erases wrinkles'},
    {text: 'Crow’s feet gone forever.', actual: 'Crow’s feet gone forever'},
    {text: 'Eliminates wrinkles and fine lines.', actual: 'Eliminates wrinkles and fine lines'},
    {text: 'Reverse aging with every drop.', actual: 'Reverse aging'},
    {text: 'Never age again.', actual: 'Never age again'},
    {text: 'Instantly lifts sagging cheeks.', actual: 'Instantly lifts'},
    {text: 'Instant results, no waiting.', actual: 'Instant results'},
    {text: 'It is Botox in a bottle.', actual: 'Botox in a bottle'},
    {text: 'The needle-free alternative to fillers.', actual: 'needle-free alternative to fillers'},
    {text: 'Our facelift in a jar firms in weeks.', actual: 'facelift in a jar'},
    {text: 'Results like a laser treatment.', actual: 'like a laser treatment'},
    {text: 'As effective as prescription retinoids.', actual: 'As effective as prescription retinoids'},
    {text: 'Better than injections.', actual: 'Better than injections'},
    {text: 'Plumper lips without needles.', actual: 'without needles'},
    {text: 'Botox-like results from a cream.', actual: 'Botox-like results'}
  ],
  compliant: [
    'Our overnight mask hydrates while you sleep.',
    'Apply before bed and leave on overnight.',
    'Instantly covers redness.',
    'Blurs the look of pores instantly.',
    'An immediate appearance of a smoother pout.',
    'Beware of brands that promise overnight miracles.',
    'Long-lasting hydration.',
    'Instantly lifts the look of tired eyes.',
    'Skin looks smoother with continued use.',
    'Leave on for ten minutes, then rinse.',
    'For best results, apply overnight.',
    'Softens the look of fine lines.',
    'No cream can reverse aging.',
    'Satisfaction guaranteed or your money back.',
    'Use after professional treatments as directed.',
    'Removes makeup in seconds.',
    'A permanent hair color for gray coverage.',
    'Wake up to skin that feels soft and smooth.',
    'Suitable for all skin types.',
    'Instantly hydrates and softens.',
    'Skin feels firmer after four weeks of use.',
    'A light, fast-absorbing formula.'
  ]
}
