import {describe, expect, it} from 'vitest'
import {suppressionPlaces} from './suppression.js'

/** The text with a suppression comment inserted for the finding at `claim`. */
function suppress(text: string, claim: string): string | undefined {
  const at = suppressionPlaces(text)(text.indexOf(claim))
  return at === undefined ? undefined : `${text.slice(0, at)}<!--c-->\n${text.slice(at)}`
}

describe('suppressionPlaces', () => {
  it('puts the comment on its own line before the paragraph, not before the heading above it', () => {
    expect(suppress('# Serum\nTreats acne.\n', 'Treats')).toBe('# Serum\n<!--c-->\nTreats acne.\n')
  })

  it('puts the comment before a whole list, where a line between items would break it', () => {
    expect(suppress('Intro.\n\n- Hydrates.\n- Treats acne.\n', 'Treats')).toBe('Intro.\n\n<!--c-->\n- Hydrates.\n- Treats acne.\n')
  })

  it('puts the comment before the line of an indented block', () => {
    expect(suppress('  Treats acne.\n', 'Treats')).toBe('<!--c-->\n  Treats acne.\n')
  })

  it('offers no place for a finding in frontmatter, which must open the file', () => {
    expect(suppress('---\ntitle: Treats acne\n---\n\nBody.\n', 'Treats')).toBeUndefined()
  })

  it('offers no place in a file nested too deep to parse, and parses large files in linear time as core does', () => {
    expect(suppress(`${'> '.repeat(10_000)}Treats acne.\n`, 'Treats')).toBeUndefined()
    // 2,000 quote paragraphs (~60 KB): parsed in pieces, the last one still found.
    const quotes = '> Hydrates the look of skin.\n\n'.repeat(2_000)
    expect(suppress(`${quotes}Treats acne.\n`, 'Treats')).toBe(`${quotes}<!--c-->\nTreats acne.\n`)
  })
})
