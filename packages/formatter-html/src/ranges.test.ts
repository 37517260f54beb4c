import {describe, expect, it} from 'vitest'
import {lineStarts, offsetAt, rangeOf} from './ranges.js'

describe('lineStarts', () => {
  it('starts a line after LF, CRLF and a lone CR, as vfile-location counts lines', () => {
    expect(lineStarts('ab\ncd\r\nef\rg')).toEqual([0, 3, 7, 10])
    expect(lineStarts('')).toEqual([0])
    expect(lineStarts('end\n')).toEqual([0, 4])
  })
})

describe('offsetAt', () => {
  const text = 'Heals acne.\nCures rosacea.'
  const starts = lineStarts(text)

  it('turns a 1-based line and column into an offset', () => {
    expect(offsetAt(starts, text.length, 1, 1)).toBe(0)
    expect(offsetAt(starts, text.length, 2, 7)).toBe(text.indexOf('rosacea'))
  })

  it('clamps a position outside the text instead of throwing', () => {
    expect(offsetAt(starts, text.length, 0, 5)).toBe(0)
    expect(offsetAt(starts, text.length, 9, 1)).toBe(text.length)
    expect(offsetAt(starts, text.length, 2, 99)).toBe(text.length)
    expect(offsetAt(starts, text.length, 2, -3)).toBe(starts[1])
  })
})

describe('rangeOf', () => {
  const text = 'Our serum treats\r\nrosacea overnight.'
  const starts = lineStarts(text)

  it('covers a range over a Windows line break', () => {
    const [start, end] = rangeOf(text, starts, {line: 1, column: 11, endLine: 2, endColumn: 8})
    expect(text.slice(start, end)).toBe('treats\r\nrosacea')
  })

  it('takes the length of `actual` when a message has no end and the text there matches it', () => {
    const [start, end] = rangeOf(text, starts, {line: 2, column: 9, actual: 'overnight'})
    expect(text.slice(start, end)).toBe('overnight')
  })

  it('is an empty point without an end or a matching `actual`, and never ends before it starts', () => {
    expect(rangeOf(text, starts, {line: 1, column: 5})).toEqual([4, 4])
    expect(rangeOf(text, starts, {line: 1, column: 5, actual: 'nope'})).toEqual([4, 4])
    expect(rangeOf(text, starts, {line: 2, column: 5, endLine: 1, endColumn: 1})).toEqual([22, 22])
  })
})
