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
    owner: ['your', 'their', 'her', 'his'],
    /** Words between the verb and the sign that the fix keeps: `reduces deep wrinkles`. */
    degree: ['deep', 'stubborn', 'existing', 'deep-set', 'early', 'new', 'enlarged', 'large'],
    /** Signs of aging and uneven tone whose look a cosmetic may change (claims primer, family 3). */
    sign: [
      'wrinkle~', 'fine line~', 'line~', 'expression line~', 'frown line~', 'smile line~', "crow's feet",
      'pore~', 'sagging skin', 'sagging', 'crepey skin', 'dark spot~', 'age spot~', 'sun spot~',
      'dark circle~', 'discoloration~', 'uneven skin tone', 'uneven tone', 'sign~ of aging'
    ]
  },
  entries: [
    {
      phrases: ['reduce~|erase~|shrink~|minimize~|fade~|diminish~|lessen~|lighten~ [@owner] [@degree] @sign'],
      note,
      expected: ['reduces the appearance of fine lines', 'minimizes the appearance of pores'],
      qualifiable: true,
      fixInsert: {before: 1, text: 'the appearance of'}
    },
    {
      phrases: ['smooth~|firm~|soften~|tighten~|refine~ [@owner] [@degree] @sign'],
      note,
      expected: ['smooths the look of wrinkles', 'firms the look of sagging skin'],
      qualifiable: true,
      fixInsert: {before: 1, text: 'the look of'}
    }
  ]
} as const satisfies Lexicon
