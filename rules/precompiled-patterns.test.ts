import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Linter, parsePattern, precompilePatterns, toResult, usePrecompiledPatterns} from '@claimlint/core'
import {expect, it} from 'vitest'
import {presets, rules} from './index.js'

// The bundled CLI reads the built-in patterns parsed at build time
// (packages/cli/scripts/bundle.js); what it reads must be what parsing gives.
const patterns = rules.flatMap(({lexicon}) =>
  lexicon
    ? [...Object.values(lexicon.classes ?? {}).flat(), ...lexicon.entries.filter((entry) => !entry.literal).flatMap((entry) => entry.phrases), ...(lexicon.allow ?? [])]
    : []
)
const pages = fileURLToPath(new URL('../fixtures/pages/', import.meta.url))

it('precompiled patterns (through JSON) parse and lint exactly as parsing them does', () => {
  const texts = readdirSync(pages)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(pages + name, 'utf8'))
  expect(texts.length).toBeGreaterThan(0)
  const lintAll = (): unknown[] => {
    const linter = new Linter({rules, settings: presets.recommended!, deny: [{phrase: 'miracle serum'}], allow: ['cures nothing']})
    return texts.map((value) => toResult(linter.lint({value, path: 'page.md'}), {filePath: 'page.md', includeSource: false}))
  }
  const parsed = patterns.map((pattern) => parsePattern(pattern))
  const linted = lintAll()
  const other = 'heal~ [the] skin-barrier|moisture-shield'
  expect(patterns).not.toContain(other)
  const otherParsed = parsePattern(other)

  usePrecompiledPatterns(JSON.parse(JSON.stringify(precompilePatterns(patterns))))
  expect(patterns.map((pattern) => parsePattern(pattern))).toEqual(parsed)
  expect(lintAll()).toEqual(linted)
  // Patterns not in the table (plugins, `deny`) are still parsed, and still checked.
  expect(parsePattern(other)).toEqual(otherParsed)
  expect(() => parsePattern('[risk of] acne')).toThrow(/brackets must wrap one word/)
})
