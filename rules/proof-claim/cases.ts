/** Examples of `proof-claim`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'

/** Flagged and compliant sentences of `proof-claim`. */
export const cases: RuleCases = {
  flagged: [
    {text: 'Clinically proven to hydrate for 24 hours.', actual: 'Clinically proven'},
    {text: 'A clinically tested formula.', actual: 'clinically tested'},
    {text: 'Clinically shown to smooth skin.', actual: 'Clinically shown'},
    {text: 'Scientifically proven results.', actual: 'Scientifically proven'},
    {text: 'Dermatologist recommended for daily use.', actual: 'Dermatologist recommended'},
    {text: 'Dermatologist-approved and gentle.', actual: 'Dermatologist-approved'},
    {text: 'Dermatologically tested on sensitive skin.', actual: 'Dermatologically tested'},
    {text: 'Doctor approved skincare.', actual: 'Doctor approved'},
    {text: 'Recommended by leading dermatologists.', actual: 'Recommended by leading dermatologists'},
    {text: 'Studies show a visible difference.', actual: 'Studies show'},
    {text: 'Research proves that it works.', actual: 'Research proves'},
    {text: 'In a clinical study, skin looked brighter.', actual: 'In a clinical study'},
    {text: 'Proven results you can see.', actual: 'Proven results'},
    {text: 'The #1 serum in America.', actual: '#1'},
    {text: 'The No. 1 night cream.', actual: 'No. 1'},
    {text: 'Voted the number one moisturizer.', actual: 'number one'},
    {text: '87% saw fewer lines in 4 weeks.', actual: '87% saw'},
    {text: '9 out of 10 women noticed softer skin.', actual: '9 out of 10 women noticed'},
    {text: '8 in 10 said their skin felt firmer.', actual: '8 in 10 said'},
    {text: 'Reduces wrinkles by 45 %.', actual: 'Reduces wrinkles by 45 %'},
    {text: 'Up to 60% fewer visible pores.', actual: 'Up to 60% fewer'},
    {text: '2x more hydration than before.', actual: '2x more'},
    {text: '92% of users would recommend it.', actual: '92% of users would recommend'},
    {text: 'Backed by science and loved by skin.', actual: 'Backed by science'},
    {text: 'The most effective retinol we make.', actual: 'most effective'}
  ],
  compliant: [
    'Ask your doctor before use if pregnant.',
    'Questions? Ask our skin experts.',
    'Results may vary.',
    'Formulated with hyaluronic acid.',
    'Skin feels softer and smoother.',
    'Gentle enough for daily use.',
    'Suitable for sensitive skin.',
    'Never tested on animals.',
    'With 2% salicylic acid and 10% niacinamide.',
    'Made with 99% naturally derived ingredients.',
    'Save 30% on your first order.',
    'Apply twice a day.',
    'Patch test before first use.',
    'Step number one: cleanse.',
    'A customer favourite.',
    'Developed with a love of simple routines.',
    'Is it clinically tested?',
    'Use 2 pumps morning and night.',
    'Leave on for 10 minutes.',
    'Our research team loves a good ferment.',
    'Not clinically proven to prevent anything.',
    'Formulated for dry, dull skin.'
  ]
}
