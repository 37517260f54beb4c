import {describe, expect, it} from 'vitest'
import {Linter} from './linter.js'
import {parseMarkdown} from './markdown.js'
import {CompiledRegister, pageMarkets} from './register.js'
import type {ClaimsRegister, LexiconEntry, Rule, RuleContext, RuleMeta} from './types.js'

const register: ClaimsRegister = {
  origin: 'claims.yaml',
  claims: [
    {
      id: 'firm-2025',
      wording: ['visibly firmer skin in 4 weeks'],
      evidence: {study: 'FIRM-01', kind: 'in-vivo', panel: 32},
      markets: ['us', 'eu']
    },
    {id: 'Glow-1', wording: [], evidence: {study: 'Survey', kind: 'consumer-perception'}, markets: ['us']}
  ]
}

const tiesOf = (text: string) => {
  const document = parseMarkdown(text)
  const view = new CompiledRegister(register).view(document)
  return document.sentences.flatMap((sentence) =>
    view.ties(sentence).map((tie) => `${tie.entry.id} ${tie.by} ${text.slice(tie.start, tie.end)}`)
  )
}

describe('claims register', () => {
  it('ties a sentence to the entry its footnote names, defined on the page or not', () => {
    expect(tiesOf('Clinically shown.[^firm-2025] Soft.')).toEqual(['firm-2025 footnote [^firm-2025]'])
    expect(tiesOf('Loved.[^glow-1]\n\n[^glow-1]: Survey of 100 women.')).toEqual(['Glow-1 footnote [^glow-1]'])
  })

  it('ties a sentence to the entry whose approved wording it contains, as a literal phrase', () => {
    expect(tiesOf('Visibly firmer skin in 4 weeks.')).toEqual(['firm-2025 wording Visibly firmer skin in 4 weeks'])
    expect(tiesOf('Visibly firmer skin in 6 weeks.')).toEqual([])
  })

  it('lists every tie of the page once, in text order', () => {
    const text = 'Shown! [^firm-2025]Soft. Visibly firmer skin in 4 weeks.\n\nLoved.[^glow-1] Again.[^firm-2025]'
    const view = new CompiledRegister(register).view(parseMarkdown(text))
    expect(view.pageTies().map((tie) => `${tie.entry.id} ${text.slice(tie.start, tie.end)}`)).toEqual([
      'firm-2025 [^firm-2025]',
      'firm-2025 Visibly firmer skin in 4 weeks',
      'Glow-1 [^glow-1]',
      'firm-2025 [^firm-2025]'
    ])
    expect(view.pageTies()).toBe(view.pageTies())
  })

  it('ignores footnotes that name no entry', () => {
    expect(tiesOf('Clinically shown.[^1]\n\n[^1]: A study.')).toEqual([])
  })

  it('looks entries up by id case-insensitively', () => {
    const view = new CompiledRegister(register).view(parseMarkdown(''))
    expect(view.get('glow-1')?.id).toBe('Glow-1')
    expect(view.get('nope')).toBeUndefined()
    expect(view.origin).toBe('claims.yaml')
  })
})

describe('unresolved footnote references', () => {
  it('are references of the sentence before them, not words', () => {
    const document = parseMarkdown('Firmer skin.[^firm-2025] Soft.')
    expect(document.sentences.map((s) => [s.tokens.map((t) => t.norm).join(' '), s.footnotes])).toEqual([
      ['firmer skin', ['firm-2025']],
      ['soft', []]
    ])
  })
})

describe('page markets', () => {
  it('reads frontmatter `markets:` as a list or a string, else falls back', () => {
    expect(pageMarkets(parseMarkdown('---\nmarkets: [eu, UK]\n---\nHi.'), ['us'])).toEqual(['eu', 'uk'])
    expect(pageMarkets(parseMarkdown('---\nmarkets: us, ca\n---\nHi.'), ['eu'])).toEqual(['us', 'ca'])
    expect(pageMarkets(parseMarkdown('---\ntitle: Serum\n---\nHi.'), ['eu'])).toEqual(['eu'])
    expect(pageMarkets(parseMarkdown('---\nmarkets: [mars]\n---\nHi.'), ['eu'])).toEqual(['eu'])
  })

  it('exposes frontmatter fields as data', () => {
    expect(parseMarkdown('---\ntitle: Serum\nmarkets: [us]\n---\nHi.').frontmatter).toEqual({title: 'Serum', markets: ['us']})
    expect(parseMarkdown('Hi.').frontmatter).toBeUndefined()
  })
})

const meta: RuleMeta = {
  id: 'probe', description: 'Probe', family: 6, kind: 'probe claim', rationale: 'For tests.', basis: {us: 'FTC Act'},
  references: [], severity: 'warn', fixable: false, remedy: 'cite it'
}

describe('Linter and the register', () => {
  it('gives rules the register, the page markets and today', () => {
    const seen: Array<Pick<RuleContext, 'markets' | 'today'> & {origin?: string}> = []
    const rule: Rule = {meta, check: (context) => void seen.push({markets: context.markets, today: context.today, ...(context.register ? {origin: context.register.origin} : {})})}
    new Linter({rules: [rule], register, today: '2025-06-01', jurisdictions: ['eu']}).lint({value: '---\nmarkets: [uk]\n---\nHi.'})
    new Linter({rules: [rule], today: '2025-06-01'}).lint({value: 'Hi.'})
    expect(seen).toEqual([
      {markets: ['uk'], today: '2025-06-01', origin: 'claims.yaml'},
      {markets: ['us'], today: '2025-06-01'}
    ])
  })

  it('reports a match under the entry `keep` returns', () => {
    const missing: LexiconEntry = {phrases: ['clinically proven'], note: 'Missing.', remedy: 'add it to the register'}
    const rule: Rule = {meta, lexicon: {entries: [{phrases: ['clinically proven'], note: 'Proof.'}]}, keep: () => missing}
    const [message] = new Linter({rules: [rule]}).lint({value: 'Clinically proven.'}).messages
    expect(message?.reason).toBe('Unexpected probe claim `Clinically proven`, add it to the register (US: FTC Act)')
  })

  it('leaves a rule that is not recommended off by default', () => {
    const rule: Rule = {meta: {...meta, recommended: false}, lexicon: {entries: [{phrases: ['clinically proven'], note: 'Proof.'}]}}
    const linter = new Linter({rules: [rule]})
    expect(linter.activeRules).toEqual([])
    expect(new Linter({rules: [rule], settings: {probe: 'error'}}).activeRules).toEqual([{id: 'probe', severity: 'error'}])
  })
})
