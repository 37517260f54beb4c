/** Phrase data of `disease-claim`. */
import type {Lexicon} from '@claimlint/core'

export const lexicon = {
  classes: {
    condition: ['acne', 'rosacea', 'eczema', 'psoriasis', 'dermatitis', 'cystic acne', 'hair loss', 'cold sore~']
  },
  entries: [
    {
      phrases: ['treat~|cure~|heal~|prevent~|relieve~|clear~ ... @condition', '@condition treatment|relief', 'cure~ for @condition'],
      note: 'Treating, curing or preventing a disease is a drug use: the product becomes an unapproved drug.',
      expected: ['soothes the look of redness', 'for skin prone to blemishes']
    },
    {
      phrases: ['anti-inflammatory'],
      note: 'Anti-inflammatory names a drug action on a disease process.',
      expected: ['soothing', 'calming']
    }
  ]
} as const satisfies Lexicon
