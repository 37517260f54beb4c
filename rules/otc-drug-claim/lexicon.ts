/** Phrase data of `otc-drug-claim`. */
import type {Lexicon} from '@claimlint/core'

/** Phrases, notes and rewrites of `otc-drug-claim`, matched by the core matcher. */
export const lexicon = {
  classes: {
    // What the sunscreen monograph protects against (21 CFR 201.327).
    sunHarm: [
      'sunburn~', 'sun burn~', 'uv ray~', 'uva', 'uvb', 'uva and uvb', 'uva uvb', 'uv', 'uv light', 'uv radiation', 'uv damage',
      'sun damage', 'skin cancer~', 'the sun',
      'sun', "the sun's rays", "sun's rays", 'sun ray~', 'harmful ray~', 'harmful uv ray~'
    ],
    // Active ingredients of the acne monograph (21 CFR 333.310).
    acneActive: ['salicylic acid', 'benzoyl peroxide', 'sulfur', 'sulphur', 'resorcinol', 'resorcinol monoacetate', 'adapalene'],
    // What the acne monograph's indications act on.
    acneSign: ['acne', 'acne blemish~', 'acne pimple~', 'blemish~', 'pimple~', 'breakout~', 'blackhead~', 'whitehead~', 'zit~'],
    // SPF numbers written as one word in hashtags and product names: `#spf50`.
    spfNumber: ['spf15', 'spf20', 'spf25', 'spf30', 'spf35', 'spf40', 'spf45', 'spf50', 'spf60', 'spf70', 'spf80', 'spf90', 'spf100'],
    // Harms a sunscreen is said to prevent.
    burn: ['sunburn~', 'sun burn~', 'skin cancer~', 'sun damage', 'uv damage'],
    // Conditions of the skin protectant monograph (21 CFR 347).
    protectant: ['chafed', 'chapped', 'cracked', 'windburned', 'windburn', 'diaper rash', 'poison ivy', 'poison oak', 'minor burns'],
    // What antiperspirant copy says it closes.
    sweatGland: ['sweat duct~', 'sweat gland~', 'sweat pore~'],
    // A problem said to be over: `my dandruff was gone`.
    gone: ['gone', 'disappeared', 'vanished', 'cleared', 'cleared up', 'under control', 'controlled', 'a thing of the past'],
    // Another product the copy sends the reader to: `follow with your daily sunscreen`.
    screen: ['sunscreen~', 'sunblock~', 'spf', 'sun cream~', 'suncream~'],
    another: ['a', 'an', 'your', 'some', 'the'],
    kind: ['daily', 'usual', 'regular', 'favorite', 'favourite', 'own', 'separate', 'good', 'broad-spectrum', 'broad spectrum', 'mineral', 'dedicated']
  },
  entries: [
    {
      kind: 'sunscreen drug claim',
      phrases: [
        'spf [#num]', '@spfNumber',
        'spf protection|moisturizer|moisturiser|foundation|primer|lotion|cream|serum|stick|balm|spray|tint|formula',
        'sun protection factor', 'broad spectrum', 'sunscreen~', 'sunblock~', 'sun block~',
        'protect~|shield~|defend~|guard~ ... against|from @sunHarm', 'prevent~|block~ @burn', 'reduce~|lower~ [the] risk of @burn',
        'block~|filter~|screen~|absorb~|reflect~|deflect~ [out] [harmful] @sunHarm',
        'sunburn-free|burn-free',
        'uv|uva|uvb protection', 'uva and uvb protection', 'water resistant [#num] [minutes]'
      ],
      note:
        'SPF, sunburn and UV protection claims make a product a sunscreen drug that must follow the OTC monograph and carry Drug ' +
        'Facts (FD&C Act §201(g)(1) and §505G; 21 CFR 201.327); in Canada sunscreens are drugs or natural health products.',
      expected: ['leaves skin feeling soft and hydrated'],
      remedy: 'keep sun protection to a product labelled as a sunscreen drug'
    },
    {
      kind: 'sunscreen drug claim',
      phrases: [
        '[a] single|one sunburn~ ... thanks to|since|with', 'no|zero|never [more] [a] sunburn~ ... thanks to|since|with',
        'without burning|sunburn|sunburns', 'without getting burned|burnt|sunburned|sunburnt'
      ],
      note:
        'Copy that credits a product for never burning claims sun protection: a sunscreen drug claim under the OTC monograph ' +
        '(FD&C Act §201(g)(1) and §505G; 21 CFR 201.327).',
      expected: ['leaves skin feeling soft and hydrated'],
      remedy: 'keep sun protection to a product labelled as a sunscreen drug',
      // `I haven't had a single sunburn thanks to this lotion` is worded as a negation and still claims prevention.
      negatable: false
    },
    {
      kind: 'antiperspirant drug claim',
      phrases: [
        'antiperspirant~', 'anti-perspirant~',
        'stop~|block~|reduce~|prevent~|control~|minimize~|lessen~ [underarm|excessive|excess|heavy] sweat~|sweating|perspiration|wetness',
        'plug~|block~|close~|shrink~|tighten~|clog~ [your] [the] @sweatGland', 'sweat-free|sweatfree|wetness-free',
        'keep~ [your] [you] underarms|armpits|pits dry', 'dry underarms|armpits all day', '#num hour~|hr|h sweat|wetness protection',
        'sweat|wetness protection'
      ],
      note:
        'Reducing sweat is a drug effect on a body function: antiperspirants follow the OTC monograph (21 CFR 350); a deodorant ' +
        'that only masks odor is a cosmetic.',
      expected: ['helps keep odor at bay', 'a fresh-smelling deodorant'],
      remedy: 'claim odor protection only, as a deodorant'
    },
    {
      kind: 'dandruff drug claim',
      phrases: [
        'anti-dandruff', 'dandruff shampoo|treatment|control|relief', 'treat~|control~|reduce~|fight~|eliminate~|prevent~|relieve~|stop~|cure~|clear~ [the] dandruff',
        'dandruff ... @gone', 'dandruff-free', 'no more dandruff',
        'goodbye|bye to [your] dandruff',
        'seborrheic dermatitis', 'flaking and itching associated with dandruff'
      ],
      note:
        'Controlling dandruff is an OTC drug use under the dandruff monograph (21 CFR 358 subpart H); a shampoo that only washes ' +
        'away visible flakes is a cosmetic.',
      expected: ['washes away visible flakes', 'leaves the scalp feeling clean'],
      remedy: 'describe cleansing and visible flakes only'
    },
    {
      kind: 'acne drug claim',
      phrases: [
        'acne medication~|medicine~', 'acne treatment gel~', 'acne spot treatment~', 'medicated acne|blemish|spot|pimple *',
        '@acneActive ... @acneSign', '[#num] [%] @acneActive acne|blemish|spot|pimple treatment~|gel|cream|wash|cleanser|pad~',
        'clear~|dry|dries|dried|drying up [most] acne @acneSign', 'clear~|dry|dries|dried|drying up [most] @acneSign ... acne',
        'help~ prevent [the] [development] [of] new acne @acneSign', 'penetrate~ pores to eliminate [most] acne',
        'reduce~ the number of acne @acneSign', 'for the treatment of acne'
      ],
      note:
        'Acne products are OTC drugs under the acne monograph (21 CFR 333 subpart D): naming an acne active for blemishes, calling the ' +
        'product an acne medication or using the monograph\'s indications ("clears up acne blemishes") presents it as that drug.',
      expected: ['for blemish-prone skin', 'helps skin look clearer'],
      remedy: 'make it only under the acne monograph, or describe cleansing and the look of skin'
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
    // Another product named in directions or advice: `follow with your daily sunscreen`, `wear SPF`.
    'use~|wear~|apply~|reapply~|need~|skip~|choose~ [@another] [@kind] @screen', 'follow~|pair~|layer~|top~ [it|up] with|under|beneath [@another] [@kind] @screen',
    'before|after|under|beneath|underneath [@another] [@kind] @screen',
    'remove~|dissolve~|melt~|cleanse~|lift~ ... @screen', 'wash~|take~ off ... @screen',
    '@screen is|are [still] [the|a|an] [most|single|one] important|essential|crucial|key|final|last|best|non-negotiable',
    // Monograph words in an audience or a formulation property: `for acne-prone skin`.
    'acne-prone|blemish-prone|breakout-prone|spot-prone', 'post-blemish', 'post-acne', 'peroxide-free|acid-free|sulfur-free|sulphur-free', 'free of|from @acneActive',
    // Mandated label statements (21 CFR 201.327(d) and 740.19) quote these words without claiming them.
    'skin aging alert', 'shown only to help prevent sunburn', 'increases your risk of skin cancer',
    'sun protection measures', 'does not contain a sunscreen', 'not protect against sunburn', 'sun-kissed', 'sun kissed'
  ]
} as const satisfies Lexicon
