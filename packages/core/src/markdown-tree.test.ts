import {describe, expect, it} from 'vitest'
import {parseMarkdown} from './markdown.js'
import {longLine, maxNesting, nestingDepth, parseTree, pieces} from './markdown-tree.js'

describe('parseTree', () => {
  it('measures nesting by quote and list markers and indentation, not thematic breaks', () => {
    expect(nestingDepth('>>- 1. a\n')).toBe(4)
    expect(nestingDepth('        - a\n')).toBe(5)
    expect(nestingDepth('- - - -\n')).toBe(0)
  })

  it('gives up on Markdown nested deeper than the limit, which is then linted as plain text', () => {
    const deep = `${'> '.repeat(maxNesting + 1)}It cures acne.`
    expect(parseTree(deep)).toBeUndefined()
    const words = parseMarkdown(`${'> '.repeat(10_000)}It cures acne.`).sentences.flatMap((s) => s.tokens.map((t) => t.value))
    expect(words.slice(-3)).toEqual(['It', 'cures', 'acne'])
  })

  it('cuts after blank lines only, never inside a fence, an HTML comment or before a list item', () => {
    const text = 'One.\n\n```\n\nTwo.\n```\n\n<!--\n\nThree.\n-->\n\n- a\n\n- b\n\nFour.\n'
    const {ends} = pieces(text, 1)
    expect(ends.map((end) => text.slice(end, end + 5))).toEqual(['```\n\n', '<!--\n', 'Four.'])
  })

  it('shares definitions between pieces, so a reference resolves wherever it is defined', () => {
    const text = 'Proven.[^1] See [the study][s].\n\n[^1]: Study of 32 women.\n\n[s]: https://example.com\n'
    const whole = parseMarkdown(text)
    const cut = parseMarkdown(text, 1)
    expect(cut.sentences).toEqual(whole.sentences)
    expect(cut.sentences[0]!.footnotes).toEqual(['1'])
  })

  it('parses a 1 MB paragraph of short sentences without overflowing the stack', () => {
    const {sentences} = parseMarkdown('a. '.repeat(350_000))
    expect(sentences.reduce((count, sentence) => count + sentence.tokens.length, 0)).toBe(350_000)
  })

  it('cuts a one-line paragraph longer than the limit before words, and joins it into one paragraph again', () => {
    const line = 'Clinically proven[^1] to hydrate, cures acne and *soothes* skin. '.repeat(Math.ceil((2.5 * longLine) / 64))
    const text = `# Serum\n\n${line}\n\n[^1]: Study of 32 women.\n`
    const {ends} = pieces(text, 16384)
    const inside = ends.filter((end) => end < text.indexOf('\n\n[^1]'))
    expect(inside.length).toBeGreaterThan(2)
    for (const end of inside) expect(text.slice(end - 1, end + 1)).toMatch(/^ [a-z]$/i)
    const tree = parseTree(text)!
    expect(tree.children.map((child) => child.type)).toEqual(['heading', 'paragraph', 'footnoteDefinition'])
    expect(parseMarkdown(text).sentences).toEqual(parseMarkdown(text, Number.POSITIVE_INFINITY).sentences)
    // Lines that could be something else are not cut: a table row, a quote's lazy line, a setext heading.
    const long = 'cures acne '.repeat(longLine / 10)
    expect(pieces(`| a |\n| - |\n| ${long}|\n`, 16384).ends).toEqual([])
    expect(pieces(`> Intro\n${long}\n`, 16384).ends).toEqual([])
    expect(pieces(`${long}\n===\n`, 16384).ends).toEqual([])
  })

  it('cuts a paragraph of many short lines longer than the limit before lines, and joins it again', () => {
    for (const eol of ['\n', '\r', '\r\n']) {
      const text = `Intro.${eol}${eol}${'Cures acne and *soothes* skin.[^1]'.concat(eol).repeat(Math.ceil((1.4 * longLine) / 34))}${eol}[^1]: Study.${eol}`
      const {ends, soft} = pieces(text, 16384)
      expect(soft.size).toBeGreaterThan(1)
      for (const end of soft) expect(text.slice(end, end + 5)).toBe('Cures')
      expect(parseTree(text)!.children.map((child) => child.type)).toEqual(['paragraph', 'paragraph', 'footnoteDefinition'])
      expect(parseMarkdown(text).sentences).toEqual(parseMarkdown(text, Number.POSITIVE_INFINITY).sentences)
      expect(ends.length).toBeGreaterThanOrEqual(soft.size)
    }
  })
})
