/** Examples of `otc-drug-claim`, used by its tests and its docs. */
import type {RuleCases} from '../cases.js'

/** Flagged and compliant sentences of `otc-drug-claim`. */
export const cases: RuleCases = {
  flagged: [
    {text: 'Daily moisturizer with SPF 30.', actual: 'SPF 30'},
    {text: 'Broad spectrum coverage all day.', actual: 'Broad spectrum'},
    {text: 'Protects against sunburn.', actual: 'Protects against sunburn'},
    {text: 'Shields skin from UVA and UVB rays.', actual: 'Shields skin from UVA and UVB'},
    {text: 'Helps protect against skin cancer.', actual: 'protect against skin cancer'},
    {text: 'Prevents sunburn at the beach.', actual: 'Prevents sunburn'},
    {text: 'A tinted sunscreen for every day.', actual: 'sunscreen'},
    {text: 'Water resistant 80 minutes.', actual: 'Water resistant 80 minutes'},
    {text: 'Our antiperspirant keeps you dry.', actual: 'antiperspirant'},
    {text: 'Stops sweating for 48 hours.', actual: 'Stops sweating'},
    {text: 'Reduces underarm wetness.', actual: 'Reduces underarm wetness'},
    {text: 'Controls sweat all day.', actual: 'Controls sweat'},
    {text: 'Treats dandruff in one wash.', actual: 'Treats dandruff'},
    {text: 'An anti-dandruff shampoo.', actual: 'anti-dandruff'},
    {text: 'Fights dandruff at the root.', actual: 'Fights dandruff'},
    {text: 'Relieves flaking and itching associated with dandruff.', actual: 'flaking and itching associated with dandruff'},
    {text: 'Dandruff control for every day.', actual: 'Dandruff control'},
    {text: 'A skin protectant balm.', actual: 'skin protectant'},
    {text: 'Protects chapped lips from wind.', actual: 'Protects chapped'},
    {text: 'Helps relieve cracked skin.', actual: 'relieve cracked'},
    {text: 'Sun protection factor 50.', actual: 'Sun protection factor'}
  ],
  compliant: [
    'Skin Cancer/Skin Aging Alert: Spending time in the sun increases your risk of skin cancer and early skin aging. This product has been shown only to help prevent sunburn, not skin cancer or early skin aging.',
    'Warning: This product does not contain a sunscreen and does not protect against sunburn.',
    'A fresh-smelling deodorant.',
    'Helps keep odor at bay.',
    'Washes away visible flakes.',
    'Leaves the scalp feeling clean.',
    'Moisturizes dry lips.',
    'Leaves skin feeling soft.',
    'Leaves skin feeling soft and hydrated.',
    'A sun-kissed glow without the sun.',
    'Apply after sun exposure for a cooling feel.',
    'Does not contain SPF.',
    'Store away from direct sunlight.',
    'Sweat-friendly makeup that stays put.',
    'Perfect after a sweaty workout.',
    'Hydrates dry, flaky skin.',
    'A gentle shampoo for every day.',
    'Wear a hat and seek shade.',
    'Lip balm with shea butter.',
    'For dry and chapped-feeling lips, apply as needed.'
  ]
}
