import {describe, expect, it} from 'vitest'
import {isMention} from './context.js'
import {parseText} from './markdown.js'

/** Whether the words `phrase` in `text` are judged a mention, with the file text given for quotes. */
function mentioned(text: string, phrase: string): boolean {
  const document = parseText(text)
  const words = phrase.toLowerCase().split(' ')
  for (const sentence of document.sentences) {
    const norms = sentence.tokens.map((token) => token.norm)
    const first = norms.findIndex((_, index) => words.every((word, k) => norms[index + k] === word))
    if (first !== -1) return isMention(sentence, first, first + words.length - 1, document.text)
  }
  throw new Error(`No \`${phrase}\` in ${text}`)
}

describe('isMention', () => {
  it('reads a quoted term talked about in the sentence as a mention', () => {
    expect(mentioned('Many “exosome therapy” ads online are for clinic procedures.', 'exosome therapy')).toBe(true)
    expect(mentioned('A “miracle cream” does not exist, but a good routine does.', 'miracle')).toBe(true)
    expect(mentioned('If a label says “clinically proven”, ask to see the study.', 'clinically proven')).toBe(true)
    expect(mentioned('We avoid the word "cure" on our labels.', 'cure')).toBe(true)
  })

  it('keeps a quoted claim the brand makes itself', () => {
    expect(mentioned('Our new “Botox in a bottle” serum is here.', 'botox in a bottle')).toBe(false)
    expect(mentioned('Customers call it “Botox in a bottle”.', 'botox in a bottle')).toBe(false)
    expect(mentioned('Printed on the label: “clinically proven”.', 'clinically proven')).toBe(false)
  })

  it('keeps a testimonial quoted as a whole sentence', () => {
    expect(mentioned('“My eczema cleared up in a week!” — Jane D.', 'eczema')).toBe(false)
  })

  it('judges quotes only when given the file text', () => {
    const document = parseText('Many “exosome therapy” ads online.')
    expect(isMention(document.sentences[0]!, 1, 2)).toBe(false)
  })

  it('still reads claims reported of other sellers as mentions', () => {
    expect(mentioned('Some brands claim their creams cure acne.', 'cure acne')).toBe(true)
  })
})
