/**
 * Fixture pages: realistic product pages linted with the recommended preset,
 * compared finding by finding with the expected list stored beside each page
 * (`<name>.expected.txt`, one `<line>:<column> <ruleId> <actual>` a line).
 * The expected lists are a regulatory judgement reviewed against the claims
 * primer, not a snapshot of what the linter printed.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
// Imported from the workspace sources: the repository root does not depend on
// `@claimlint/core` or `@claimlint/rules`, so the bare names do not resolve here.
import {Linter, toResult} from '../packages/core/src/index.js'
import {presets, rules} from '../rules/index.js'

const pagesDirectory = new URL('../fixtures/pages/', import.meta.url)
const pages = readdirSync(pagesDirectory)
  .filter((name) => name.endsWith('.md'))
  .sort()
const compliantPage = 'compliant-barrier-cream.md'
const linter = new Linter({rules, settings: presets.recommended!})

/** Lint one page and format each finding as `<line>:<column> <ruleId> <actual>`, whitespace in `actual` folded to one space. */
function findingsOf(name: string): string[] {
  const value = readFileSync(new URL(name, pagesDirectory), 'utf8')
  const result = toResult(linter.lint({value, path: name}))
  // A claim can run over a soft line break; the expected files hold one finding a line.
  return result.messages.map(
    (message) => `${message.line}:${message.column} ${message.ruleId} ${String(message.actual).replace(/\s+/g, ' ')}`
  )
}

/** Read the expected findings stored beside a page, one a line. */
function expectedOf(name: string): string[] {
  const text = readFileSync(new URL(name.replace(/\.md$/, '.expected.txt'), pagesDirectory), 'utf8')
  return text.split('\n').filter((line) => line.trim() !== '')
}

describe('fixture pages', () => {
  test('has at least twelve product pages, each with an expected findings file', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12)
    const expectedFiles = new Set(readdirSync(pagesDirectory).filter((name) => name.endsWith('.expected.txt')))
    expect(pages.filter((name) => !expectedFiles.has(name.replace(/\.md$/, '.expected.txt')))).toEqual([])
  })

  test.each(pages)('finds exactly the expected claims in %s', (name) => {
    expect(findingsOf(name)).toEqual(expectedOf(name))
  })

  test('finds no claims at all in the compliant page', () => {
    expect(pages).toContain(compliantPage)
    expect(expectedOf(compliantPage)).toEqual([])
    expect(findingsOf(compliantPage)).toEqual([])
  })
})
