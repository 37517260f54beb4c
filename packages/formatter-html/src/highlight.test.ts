import {describe, expect, it} from 'vitest'
import {highlight, type Span} from './highlight.js'

/** Spans named `a`, `b`, …: first pieces open as `[a`, continuation pieces as `[a+`, all close as `]`. */
function spans(...ranges: Array<[number, number]>): Span[] {
  return ranges.map(([start, end], index) => {
    const name = String.fromCharCode(97 + index)
    return {start, end, open: (first) => (first ? `[${name}` : `[${name}+`), close: ']'}
  })
}

describe('highlight', () => {
  it('wraps each range and escapes the text inside and outside the marks', () => {
    expect(highlight('a <b> & c', spans([2, 5]))).toBe('a [a&lt;b&gt;] &amp; c')
  })

  it('returns the escaped text when nothing is marked', () => {
    expect(highlight('<script>x</script>', [])).toBe('&lt;script&gt;x&lt;/script&gt;')
  })

  it('nests a range inside another: outer first, whatever the input order', () => {
    const text = 'treats acne scars fast'
    expect(highlight(text, spans([7, 11], [0, 17]))).toBe('[btreats [aacne] scars] fast')
  })

  it('nests ranges that share a start or an end', () => {
    expect(highlight('cures acne now', spans([0, 5], [0, 10]))).toBe('[b[acures] acne] now')
    expect(highlight('cures acne now', spans([6, 10], [0, 10]))).toBe('[bcures [aacne]] now')
  })

  it('splits the inner of two crossing ranges where the outer ends, and reopens it as a continuation piece', () => {
    // `cures acne` and `acne scars` over `cures acne scars`.
    expect(highlight('cures acne scars', spans([0, 10], [6, 16]))).toBe('[acures [bacne]][b+ scars]')
  })

  it('keeps three overlapping ranges balanced', () => {
    const html = highlight('abcdefghij', spans([0, 6], [2, 8], [4, 10]))
    expect(html).toBe('[aab[bcd[cef]]][b+[c+gh]][c+ij]')
    expect((html.match(/\[/g) ?? []).length).toBe((html.match(/\]/g) ?? []).length)
  })

  it('marks the same range twice as two nested marks', () => {
    expect(highlight('miracle cream', spans([0, 7], [0, 7]))).toBe('[a[bmiracle]] cream')
  })

  it('places adjacent ranges side by side', () => {
    expect(highlight('heals acne', spans([0, 5], [5, 10]))).toBe('[aheals][b acne]')
  })

  it('marks a range over several lines in one piece, line breaks included', () => {
    expect(highlight('inhibits\nmuscle contractions.\n', spans([0, 28]))).toBe('[ainhibits\nmuscle contractions].\n')
  })

  it('marks an empty range as an empty mark and clamps ranges to the text', () => {
    expect(highlight('abc', spans([1, 1]))).toBe('a[a]bc')
    expect(highlight('abc', spans([2, 99], [-4, 1]))).toBe('[ba]b[ac]')
  })
})
