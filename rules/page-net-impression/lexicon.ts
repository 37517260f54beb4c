/**
 * Phrase data of `page-net-impression`: the softened verbs of body copy, and
 * the conditions (from `disease-claim`'s `@condition` class, one source of
 * truth) whose naming in a prominent place colours them.
 */
import type {Lexicon, LexiconEntry} from '@claimlint/core'
import {lexicon as disease} from '../disease-claim/lexicon.js'

/** Soothing verbs that read as cosmetic alone and as treatment under a disease name. */
export const softener: LexiconEntry = {
  phrases: ['soothe~|calm~|comfort~|settle~|quiet~|relieve~', 'soothing|calming|comforting relief|care|balm', 'reduce~|ease~|tame~ redness|itch~|itchiness|irritation|flaking|flare~|flare-up~'],
  note:
    'Regulators judge the net impression of the whole page: a product named or headed after a disease ("Eczema Relief Balm"), ' +
    'shown with it in image alt text or praised for it in a testimonial, makes soothing body copy a promise to treat that ' +
    'disease (FD&C Act §201(g)(1); FTC Act §5 net impression; Directive 2001/83/EC Art. 1(2), medicinal product by presentation).',
  kind: 'disease claim by net impression',
  remedy: 'drop the disease word from the prominent place, or the soothing claim here',
  qualifiable: false
}

/** A condition named on the page; only recorded, never reported by itself. */
export const condition: LexiconEntry = {
  phrases: ['@condition'],
  note: 'A disease or condition named in a product name, heading, image alt text or testimonial sets the net impression of the page.'
}

/** Phrases of `page-net-impression`. */
export const lexicon: Lexicon = {
  classes: {condition: disease.classes.condition},
  entries: [softener, condition],
  // Audiences are not diseases (claims primer §5): `for eczema-prone skin`.
  allow: ['@condition prone', 'prone|susceptible to [the] @condition']
}
