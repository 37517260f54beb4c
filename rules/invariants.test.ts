import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Linter, toResult, type LintMessage} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import {loadCases, recommendedSeverity, renderRuleReadme, renderRulesTable, withRulesTable} from './docs.js'
import {lexiconSources, presets, rules} from './index.js'

const folder = fileURLToPath(new URL('.', import.meta.url))
const linter = new Linter({rules, settings: presets.recommended!})

/** Offset of a 1-based line and column in a text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1
  return offset + column - 1
}

function sourceAt(text: string, message: LintMessage): string {
  return text.slice(offsetOf(text, message.line, message.column), offsetOf(text, message.endLine!, message.endColumn!))
}

const ruleFolders = readdirSync(folder, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && existsSync(`${folder}${entry.name}/index.ts`))
  .map((entry) => entry.name)

describe('every rule', () => {
  it('is listed in the rules index, and every listed rule has its folder', () => {
    expect(rules.map((rule) => rule.meta.id).sort()).toEqual([...ruleFolders].sort())
  })

  it('is on in the recommended preset at its own severity, unless it is opt-in (then off there, and on in strict)', () => {
    expect(presets.recommended).toEqual(Object.fromEntries(rules.map((r) => [r.meta.id, recommendedSeverity(r)])))
    for (const rule of rules) expect(presets.strict![rule.meta.id]).toBe('error')
  })

  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    it('has flagged and compliant cases', async () => {
      const cases = await loadCases(id)
      expect(cases.flagged.length).toBeGreaterThan(0)
      expect(cases.compliant.length).toBeGreaterThan(0)
    })

    it('has references and a legal basis for the US', () => {
      expect(rule.meta.basis.us).toBeTruthy()
      expect(rule.meta.references.length).toBeGreaterThan(0)
      for (const reference of rule.meta.references) expect(reference.url).toMatch(/^https:\/\//)
    })

    it('says what the claims inventory calls its findings', () => {
      expect(['missing', 'prohibited', 'reword', 'expired', 'not-cleared-for-market']).toContain(rule.meta.evidenceStatus)
    })

    it('gives every lexicon entry a note and at least one phrase', () => {
      for (const entry of rule.lexicon?.entries ?? []) {
        expect(entry.note.length, entry.phrases.join(', ')).toBeGreaterThan(10)
        expect(entry.phrases.length).toBeGreaterThan(0)
      }
    })

    it('reports `actual` equal to the source text at the reported position', async () => {
      const cases = await loadCases(id)
      const text = cases.flagged.map((c) => c.text).join('\n\n')
      // Opt-in rules are turned on; register rules get the register of their examples.
      const withSetup = new Linter({rules, settings: {...presets.recommended!, [id]: rule.meta.severity}, ...cases.setup})
      const messages = toResult(withSetup.lint({value: text, path: 'cases.md'})).messages
      expect(messages.length).toBeGreaterThan(0)
      for (const message of messages) expect(sourceAt(text, message)).toBe(message.actual)
    })

    it('survives an empty document', () => {
      const single = new Linter({rules: [rule]})
      expect(single.lint({value: ''}).messages).toEqual([])
    })

    it('proposes rewrites that no rule flags', () => {
      const rewrites = (rule.lexicon?.entries ?? []).flatMap((entry) => entry.expected ?? [])
      const flagged = rewrites.filter((text) => linter.lint({value: text}).messages.length > 0)
      expect(flagged).toEqual([])
    })

    it('has a README generated from its metadata, lexicon and cases', async () => {
      const readme = readFileSync(`${folder}${id}/README.md`, 'utf8')
      expect(readme, 'run `pnpm run docs`').toBe(renderRuleReadme(rule, await loadCases(id)))
    })
  })

  it('shares no phrase pattern with another rule, unless it declares that rule a source of its lexicon', () => {
    const owners = new Map<string, string>()
    const shared: string[] = []
    const declared = (a: string, b: string): boolean => (lexiconSources[a] ?? []).includes(b) || (lexiconSources[b] ?? []).includes(a)
    for (const rule of rules) {
      for (const phrase of new Set((rule.lexicon?.entries ?? []).flatMap((e) => e.phrases))) {
        const owner = owners.get(phrase)
        if (owner && owner !== rule.meta.id && !declared(owner, rule.meta.id)) shared.push(`${phrase} (${owner}, ${rule.meta.id})`)
        owners.set(phrase, rule.meta.id)
      }
    }
    expect(shared).toEqual([])
  })

  it('is listed in the README rules table as generated', () => {
    const readme = readFileSync(`${folder}../README.md`, 'utf8')
    expect(readme, 'run `pnpm run docs`').toBe(withRulesTable(readme, renderRulesTable(rules)))
  })
})
