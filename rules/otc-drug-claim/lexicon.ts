/** Phrase data of `otc-drug-claim`. */
import type {Lexicon} from '@claimlint/core'

/** Phrases, notes and rewrites of `otc-drug-claim`, matched by the core matcher. */
export const lexicon = {
  classes: {
    // What the sunscreen monograph protects against (21 CFR 201.327).
    sunHarm: ['sunburn~', 'sun burn~', 'uv ray~', 'uva', 'uvb', 'uva and uvb', 'uv', 'uv damage', 'sun damage', 'skin cancer~', 'the sun', 'sun'],
    // Conditions of the skin protectant monograph (21 CFR 347).
    // Harms a sunscreen is said to prevent.
    burn: ['sunburn~', 'sun burn~', 'skin cancer~', 'sun damage', 'uv damage'],
    protectant: ['chafed', 'chapped', 'cracked', 'windburned', 'windburn', 'diaper rash', 'poison ivy', 'poison oak', 'minor burns']
  },
  entries: [
    {
      kind: 'sunscreen drug claim',
      phrases: [
        'spf [#num]', 'sun protection factor', 'broad spectrum', 'sunscreen~', 'sunblock~', 'sun block~',
        'protect~|shield~|defend~|guard~ ... against|from @sunHarm', 'prevent~|block~ @burn', 'reduce~|lower~ [the] risk of @burn',
        'uv|uva|uvb protection', 'uva and uvb protection', 'water resistant [#num] [minutes]'
      ],
      note:
        'SPF, sunburn and UV protection claims make a product a sunscreen drug that must follow the OTC monograph and carry Drug ' +
        'Facts (FD&C Act §201(g)(1) and §505G; 21 CFR 201.327); in Canada sunscreens are drugs or natural health products.',
      expected: ['leaves skin feeling soft and hydrated'],
      remedy: 'keep sun protection to a product labelled as a sunscreen drug'
    },
    {
      kind: 'antiperspirant drug claim',
      phrases: ['antiperspirant~', 'anti-perspirant~', 'stop~|block~|reduce~|prevent~|control~ [underarm] sweat~|sweating|perspiration|wetness'],
      note:
        'Reducing sweat is a drug effect on a body function: antiperspirants follow the OTC monograph (21 CFR 350); a deodorant ' +
        'that only masks odor is a cosmetic.',
      expected: ['helps keep odor at bay', 'a fresh-smelling deodorant'],
      remedy: 'claim odor protection only, as a deodorant'
    },
    {
      kind: 'dandruff drug claim',
      phrases: [
        'anti-dandruff', 'dandruff shampoo|treatment|control|relief', 'treat~|control~|reduce~|fight~|eliminate~|prevent~|relieve~|stop~|cure~ [the] dandruff',
        'seborrheic dermatitis', 'flaking and itching associated with dandruff'
      ],
      note:
        'Controlling dandruff is an OTC drug use under the dandruff monograph (21 CFR 358 subpart H); a shampoo that only washes ' +
        'away visible flakes is a cosmetic.',
      expected: ['washes away visible flakes', 'leaves the scalp feeling clean'],
      remedy: 'describe cleansing and visible flakes only'
    },
    {
      kind: 'skin protectant drug claim',
      phrases: ['skin protectant~', 'protect~|relieve~|prevent~|heal~ ... @protectant'],
      note:
        'Protecting or relieving chafed, chapped or cracked skin is a skin protectant drug claim under the OTC monograph (21 CFR 347); ' +
        'moisturizing dry skin is a cosmetic claim.',
      expected: ['moisturizes dry lips', 'leaves skin feeling soft'],
      remedy: 'describe moisturizing and feel instead'
    }
  ],
  allow: [
    // Mandated label statements (21 CFR 201.327(d) and 740.19) quote these words without claiming them.
    'skin aging alert', 'shown only to help prevent sunburn', 'increases your risk of skin cancer',
    'sun protection measures', 'does not contain a sunscreen', 'not protect against sunburn', 'sun-kissed', 'sun kissed'
  ]
} as const satisfies Lexicon
