import fc from 'fast-check'
import {resolve} from 'import-meta-resolve'
import {describe, expect, it} from 'vitest'
import {singleColumn, withSingleColumnFastPath} from './string-width.js'

// The string-width that vfile-reporter imports, as the bundle resolves it.
const stylish = resolve('@claimlint/formatter-stylish', import.meta.url)
const reporter = resolve('vfile-reporter', stylish)
const {default: stringWidth} = (await import(resolve('string-width', reporter))) as {default: (text: string, options?: object) => number}
const fast = withSingleColumnFastPath(stringWidth)

const ranges: Array<[number, number]> = [
  [0x00, 0x2ff],
  [0x2000, 0x22ff],
  [0x2600, 0x27bf],
  [0x3000, 0x30ff],
  [0xfe00, 0xfe0f],
  [0x1f300, 0x1f6ff]
]
const codePoints = ranges.flatMap(([from, to]) => Array.from({length: to - from + 1}, (_, i) => from + i))

describe('withSingleColumnFastPath', () => {
  it('claims only characters that string-width counts as one column', () => {
    const claimed = codePoints.filter((code) => singleColumn.test(String.fromCodePoint(code)))
    expect(claimed.length).toBeGreaterThan(250)
    for (const code of claimed) expect([code.toString(16), stringWidth(String.fromCodePoint(code))]).toEqual([code.toString(16), 1])
  })

  it('falls back for what it does not claim (emoji, wide, combining, controls, escapes)', () => {
    for (const text of ['©', '®', '‼', '⁉', '漢字', 'e\u0301', '👍🏽', '\u001B[31mred\u001B[39m', 'tab\there', '1\uFE0F\u20E3']) {
      expect(singleColumn.test(text)).toBe(false)
      expect(fast(text)).toBe(stringWidth(text))
    }
  })

  it('gives the width string-width gives, for any mix', () => {
    const character = fc.mapToConstant(
      ...ranges.map(([from, to]) => ({num: to - from + 1, build: (i: number) => String.fromCodePoint(from + i)}))
    )
    fc.assert(
      fc.property(fc.array(character, {maxLength: 40}), (characters) => {
        const text = characters.join('')
        expect(fast(text)).toBe(stringWidth(text))
      }),
      {numRuns: 2000}
    )
  })

  it('reads message text such as the rules write without the slow path', () => {
    expect(singleColumn.test('Unexpected disease claim `Treats rosacea` (US: FD&C Act §201(g)(1) — “drug”)')).toBe(true)
  })
})
