import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isMap, isScalar, parseDocument} from 'yaml'
import {readFlatYaml} from './flat-yaml.js'

/** What the YAML parser makes of a text, in the shape `readFlatYaml` returns. */
function byYaml(text: string): Map<string, {value: unknown; offset: number}> | undefined {
  const document = parseDocument(text, {logLevel: 'error'})
  if (document.errors.length > 0 || document.warnings.length > 0 || !isMap(document.contents)) return undefined
  const fields = new Map<string, {value: unknown; offset: number}>()
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) return undefined
    const quoted = pair.value.type === 'QUOTE_DOUBLE' || pair.value.type === 'QUOTE_SINGLE' ? 1 : 0
    fields.set(String(pair.key.value), {value: pair.value.value, offset: pair.value.range[0] + quoted})
  }
  return fields
}

/** Every field `readFlatYaml` reads must be exactly what the YAML parser reads, with the same offsets and data. */
function expectSameAsYaml(text: string): void {
  const flat = readFlatYaml(text)
  if (flat === undefined) return
  expect(byYaml(text)).toEqual(flat)
  expect(parseDocument(text).toJS()).toEqual(Object.fromEntries([...flat].map(([key, field]) => [key, field.value])))
}

describe('readFlatYaml', () => {
  it('reads one plain or simply quoted value a line, with offsets of the value', () => {
    const text = 'title: Night Serum\ndescription: "Reduces the look of fine lines."\n\nsku: \'SKU-1\''
    expect(readFlatYaml(text)).toEqual(
      new Map([
        ['title', {value: 'Night Serum', offset: 7}],
        ['description', {value: 'Reduces the look of fine lines.', offset: 33}],
        ['sku', {value: 'SKU-1', offset: 73}]
      ])
    )
    expectSameAsYaml(text)
  })

  it.each([
    ['a number', 'panel: 32'],
    ['a boolean', 'draft: true'],
    ['a null', 'title: null'],
    ['a capitalised boolean', 'title: False'],
    ['a list', 'markets: [us, eu]'],
    ['a block list', 'markets:\n  - us'],
    ['a comment', 'title: Serum # draft'],
    ['a comment line', '# draft\ntitle: Serum'],
    ['an escape', 'title: "Serum\\n"'],
    ['a nested map', 'title: a: b'],
    ['a value ending in a colon', 'title: Serum:'],
    ['a value starting with an indicator', 'title: *anchor'],
    ['a multi-line value', 'title: "Night\n  Serum"'],
    ['a duplicate key', 'title: A\ntitle: B'],
    ['a key YAML reads as a boolean', 'true: yes'],
    ['a prototype key', '__proto__: x'],
    ['CRLF line ends', 'title: Serum\r\nsku: A'],
    ['a trailing space', 'title: Serum '],
    ['a tab', 'title: Night\tSerum'],
    ['nothing', ''],
    ['an unpaired surrogate', 'title: Serum\uD800']
  ])('leaves %s to the YAML parser', (_what, text) => {
    expect(readFlatYaml(text)).toBeUndefined()
  })

  it('reads what it reads exactly as the YAML parser does, on generated frontmatter', () => {
    const pieces = ['a', 'Z', ' ', ':', '#', '"', "'", '-', '_', '.', '1', '[', '{', ',', '&', '*', '!', '|', '>', '%', '@', '`', '\\', '\t', 'é', '\u00A0', '\u2028', '\u0085', 'true', 'null', 'title', 'x: ', ' #']
    const value = fc.array(fc.constantFrom(...pieces), {maxLength: 8}).map((parts) => parts.join(''))
    const line = fc.oneof(
      fc.tuple(fc.constantFrom('title', 'description', 'sku', 'a_b', 'k-1', 'True', '_x'), value).map(([key, v]) => `${key}: ${v}`),
      fc.tuple(fc.constantFrom('"', "'"), value).map(([quote, v]) => `title: ${quote}${v}${quote}`),
      value
    )
    fc.assert(
      fc.property(fc.array(line, {maxLength: 5}), (lines) => {
        expectSameAsYaml(lines.join('\n'))
      }),
      {numRuns: 3000}
    )
  })
})
