/**
 * Phrase data of `appearance-claim`: a bare efficacy verb on a sign of aging
 * or uneven tone. Each entry inserts its appearance qualifier right after the
 * verb (`fixInsert`), so a fix keeps the copy's own verb form and object:
 * `erased your dark spots` → `erased the appearance of your dark spots`.
 */
import type {Lexicon} from '@claimlint/core'

const note =
  'A cosmetic changes how skin looks; a bare verb on a sign of aging (`reduces fine lines`, `shrinks pores`) reads as a change to the skin itself, a structure claim in the US (21 U.S.C. 321(g)(1)(C)) that needs the evidence of an efficacy claim in the EU (Reg. (EU) 655/2013). Saying it is the appearance that changes keeps it cosmetic.'

/** Phrases, notes and fixes of `appearance-claim`, matched by the core matcher. */
export const lexicon = {
  classes: {
    /** Whose skin: `reduces your fine lines`. */
    owner: ['your', 'their', 'her', 'his', 'my', 'our', 'the', 'those'],
    /** Words between the verb and the sign that the fix keeps: `reduces deep wrinkles`. */
    degree: ['deep', 'stubborn', 'existing', 'deep-set', 'early', 'new', 'enlarged', 'large', 'open', 'fine', 'dark', 'persistent'],
    /** Signs of aging and uneven tone whose look a cosmetic may change (claims primer, family 3). */
    sign: [
      'wrinkle~', 'fine line~', 'line~', 'expression line~', 'frown line~', 'smile line~', 'laugh line~', 'forehead line~',
      'marionette line~', 'neck line~', 'lip line~', 'nasolabial fold~', "crow's feet", 'pore~', 'sagging skin', 'sagging',
      'sagging jowl~', 'jowl~', 'crepey skin', 'crepiness', 'loose skin', 'lax skin', 'dark spot~', 'age spot~', 'sun spot~',
      'brown spot~', 'liver spot~', 'freckle~', 'dark mark~', 'post-blemish mark~', 'dark circle~', 'under-eye circle~',
      'under-eye bag~', 'eye bag~', 'puffiness', 'under-eye puffiness', 'discoloration~', 'blotchiness', 'redness',
      'uneven skin tone', 'uneven tone', 'uneven texture', 'rough texture', 'sign~ of aging'
    ],
    /** Verbs whose rewrite is `the appearance of`. */
    lessen: [
      'reduce~', 'erase~', 'shrink~', 'shrank', 'shrunk', 'minimize~', 'fade~', 'diminish~', 'lessen~', 'lighten~', 'correct~',
      'improve~', 'decrease~'
    ],
    /** Verbs whose rewrite is `the look of`. */
    shape: ['smooth~', 'firm~', 'soften~', 'tighten~', 'refine~', 'lift~'],
    /** Participles of the same verbs in a passive claim: `dark spots have faded`. */
    done: [
      'reduced', 'erased', 'minimized', 'diminished', 'faded', 'lightened', 'corrected', 'shrunk', 'shrunken', 'smoothed', 'softened',
      'tightened', 'firmed', 'lifted', 'refined'
    ],
    /** How much, in a passive claim: `wrinkles are dramatically reduced`. */
    much: ['dramatically', 'noticeably', 'significantly', 'greatly', 'finally', 'really', 'so', 'much', 'all'],
    /** Measures of a sign: `reduces wrinkle depth`, `reduces the size of pores`. */
    measure: ['depth', 'size', 'number', 'length', 'width']
  },
  entries: [
    {
      phrases: ['@lessen [@owner] [@degree] @sign'],
      note,
      expected: ['reduces the appearance of fine lines', 'minimizes the appearance of pores'],
      qualifiable: true,
      fixInsert: {before: 1, text: 'the appearance of'}
    },
    {
      phrases: ['@shape [@owner] [@degree] @sign'],
      note,
      expected: ['smooths the look of wrinkles', 'firms the look of sagging skin'],
      qualifiable: true,
      fixInsert: {before: 1, text: 'the look of'}
    },
    {
      phrases: [
        '@sign [are|is|were|was|have|has|had] [been] [@much] @done', 'reduction~ in|of [@owner] [@degree] @sign',
        '@lessen|@shape the @measure of [@owner] [@degree] @sign', '@lessen wrinkle|line|pore @measure'
      ],
      note,
      expected: ['the appearance of fine lines is reduced', 'reduces the appearance of fine lines'],
      qualifiable: true
    }
  ],
  allow: [
    // `the redness of insect bites`: a sign that belongs to a condition is for disease-claim to judge, not a look to fix.
    '@lessen|@shape the [@degree] @sign of', '@lessen|@shape the [@degree] @sign and|or * of',
    // Make-up that colour-corrects or conceals is an optical effect (claims primer §5).
    'color-correct~', 'colour-correct~'
  ]
} as const satisfies Lexicon
