import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
// `test/` is not a workspace package, so the packages are imported by path.
import {Linter, toResult} from '../packages/core/src/index.js'
import {presets, rules} from '../rules/index.js'
import {corpusProblems, corpusRules, duplicateKey, loadCorpus, parseCorpus, type CorpusItem} from './eval/corpus.js'
import {evaluate, linterFindings, ratio, type Finding} from './eval/evaluate.js'
import {formatReport, percent} from './eval/report.js'

const corpus = loadCorpus(fileURLToPath(new URL('../fixtures/claims/', import.meta.url)))
const claims = corpus.filter((item) => item.rules.length > 0)
const compliant = corpus.filter((item) => item.rules.length === 0)

/** A fake linter: each text reports the rules listed for it. */
function fake(table: Record<string, string[]>) {
  return (text: string): Finding[] => (table[text] ?? []).map((ruleId) => ({ruleId, actual: text}))
}

function item(text: string, rules: string[], family: number): CorpusItem {
  return {text, rules, family, voice: 'body'}
}

describe('the claims corpus', () => {
  it('has at least 300 claims and 300 compliant items', () => {
    expect(claims.length).toBeGreaterThanOrEqual(300)
    expect(compliant.length).toBeGreaterThanOrEqual(300)
  })

  it('uses only known rule ids and voices, labels each claim with its family’s rule and repeats no text', () => {
    expect(corpusProblems(corpus)).toEqual([])
  })

  it('has at least 40 claims in families 1, 2, 5 and 6 and at least 20 in families 7, 8 and 10', () => {
    const count = (family: number) => claims.filter((c) => c.family === family).length
    for (const family of [1, 2, 5, 6]) expect(count(family), `family ${family}`).toBeGreaterThanOrEqual(40)
    for (const family of [7, 8, 10]) expect(count(family), `family ${family}`).toBeGreaterThanOrEqual(20)
  })

  it('expects only rules of the rules index, each under the family the rule declares', () => {
    const declared = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.family]))
    for (const [id, family] of Object.entries(corpusRules)) expect(declared[id], id).toBe(family)
  })
})

describe('the corpus parser', () => {
  it('reads one item per line and remembers where it came from', () => {
    const text = '{"text": "Treats acne.", "rules": ["disease-claim"], "family": 1, "voice": "bullet"}\n\n{"text": "Skin feels soft.", "rules": [], "family": 0, "voice": "body", "note": "feel"}\n'
    expect(parseCorpus(text, 'x.jsonl')).toEqual([
      {text: 'Treats acne.', rules: ['disease-claim'], family: 1, voice: 'bullet', source: 'x.jsonl:1'},
      {text: 'Skin feels soft.', rules: [], family: 0, voice: 'body', note: 'feel', source: 'x.jsonl:3'}
    ])
  })

  it('names the file and line of a malformed item', () => {
    expect(() => parseCorpus('{"text": "a", "rules": "disease-claim", "family": 1, "voice": "body"}', 'x.jsonl')).toThrow('x.jsonl:1')
    expect(() => parseCorpus('{"text": ', 'y.jsonl')).toThrow('y.jsonl:1')
  })

  it('reports unknown rules, compliant items with rules, claims without their family’s rule and duplicates', () => {
    const problems = corpusProblems([
      {...item('Treats acne.', ['disease-claim'], 1), source: 'a:1'},
      {...item('treats   ACNE.', ['disease-claim'], 1), source: 'a:2'},
      {...item('Cures warts.', ['wart-claim'], 1), source: 'a:3'},
      {...item('Feels soft.', ['miracle-claim'], 0), source: 'a:4'},
      {...item('Botox in a bottle.', ['proof-claim'], 5), source: 'a:5'}
    ])
    expect(problems).toEqual([
      'a:2: duplicate of a:1',
      'a:3: unknown rule id `wart-claim`',
      'a:3: a family 1 claim must expect `disease-claim`',
      'a:4: family 0 (compliant) lists rules',
      'a:5: a family 5 claim must expect `miracle-claim`'
    ])
    expect(duplicateKey(' Treats\n acne. ')).toBe('treats acne.')
  })
})

describe('evaluate', () => {
  const tiny = [
    item('treats acne', ['disease-claim'], 1),
    item('cures eczema overnight', ['disease-claim', 'miracle-claim'], 1),
    item('botox in a bottle', ['miracle-claim'], 5),
    item('regrows hair in days', ['structure-function-claim', 'miracle-claim'], 2),
    item('skin feels soft', [], 0),
    item('overnight mask', [], 0),
    item('does not treat acne', [], 0),
    item('lashes look longer', [], 0)
  ]
  const findings = fake({
    'treats acne': ['disease-claim', 'disease-claim'],
    'cures eczema overnight': ['disease-claim'],
    'botox in a bottle': ['miracle-claim', 'proof-claim'],
    'regrows hair in days': ['miracle-claim', 'structure-function-claim'],
    'overnight mask': ['miracle-claim']
  })
  const families = {'disease-claim': 1, 'structure-function-claim': 2, 'miracle-claim': 5, 'proof-claim': 6}
  const result = evaluate(tiny, findings, {families})
  const rule = (id: string) => result.rules.find((r) => r.ruleId === id)!

  it('counts a claim as caught only when every expected rule reports', () => {
    expect(result.claims).toBe(4)
    expect(result.overall.caught).toBe(3)
    expect(result.overall.recall).toBe(3 / 4)
    expect(result.misses.map((m) => [m.item.text, m.missing])).toEqual([['cures eczema overnight', ['miracle-claim']]])
  })

  it('measures the false-flag rate as compliant items with any finding', () => {
    expect(result.compliant).toBe(4)
    expect(result.overall.falseFlagged).toBe(1)
    expect(result.overall.falseFlagRate).toBe(1 / 4)
    expect(result.falseFlags.map((f) => [f.item.text, f.rules])).toEqual([['overnight mask', ['miracle-claim']]])
  })

  it('scores recall per rule over the items that expect it', () => {
    expect([rule('disease-claim').caught, rule('disease-claim').expected]).toEqual([2, 2])
    expect([rule('miracle-claim').caught, rule('miracle-claim').expected, rule('miracle-claim').recall]).toEqual([2, 3, 2 / 3])
  })

  it('scores precision per rule over the items where it reports, counting a finding once per item', () => {
    expect([rule('disease-claim').correct, rule('disease-claim').reported, rule('disease-claim').precision]).toEqual([2, 2, 1])
    expect([rule('miracle-claim').correct, rule('miracle-claim').reported, rule('miracle-claim').precision]).toEqual([2, 3, 2 / 3])
    expect([rule('proof-claim').correct, rule('proof-claim').reported, rule('proof-claim').precision]).toEqual([0, 1, 0])
    expect(result.overall.precision).toBe(5 / 7)
  })

  it('scores each rule on its own family separately', () => {
    expect(rule('miracle-claim').ownFamily).toEqual({expected: 1, caught: 1, recall: 1})
    expect(rule('structure-function-claim').ownFamily).toEqual({expected: 1, caught: 1, recall: 1})
    expect(rule('disease-claim').ownFamily).toEqual({expected: 2, caught: 2, recall: 1})
  })

  it('scores recall per family over whole claims', () => {
    expect(result.families).toEqual([
      {family: 1, items: 2, caught: 1, recall: 0.5},
      {family: 2, items: 1, caught: 1, recall: 1},
      {family: 5, items: 1, caught: 1, recall: 1}
    ])
  })

  it('lists rules that report on claims that do not expect them, apart from false flags', () => {
    expect(result.unexpected.map((f) => [f.item.text, f.rules])).toEqual([['botox in a bottle', ['proof-claim']]])
    expect(rule('proof-claim').falseFlags).toBe(0)
    expect(rule('miracle-claim').falseFlags).toBe(1)
  })

  it('keeps rule crashes out of the findings and lists them', () => {
    const crashed = evaluate([item('treats acne', ['disease-claim'], 1)], () => [{ruleId: 'disease-claim', fatal: true, message: 'boom'}])
    expect(crashed.overall.caught).toBe(0)
    expect(crashed.crashes).toHaveLength(1)
  })

  it('gives no ratio when nothing was counted', () => {
    expect(ratio(0, 0)).toBeNull()
    expect(evaluate([], () => []).overall).toEqual({caught: 0, recall: null, precision: null, falseFlagged: 0, falseFlagRate: null})
    expect(evaluate([item('x', [], 0)], () => [], {families}).rules.find((r) => r.ruleId === 'proof-claim')!.recall).toBeNull()
  })

  it('prints misses and false flags with their text and rule ids', () => {
    const report = formatReport(result)
    expect(report).toContain('recall 75.0% (3/4)')
    expect(report).toContain('false-flag rate 25.0% (1/4)')
    expect(report).toContain('"cures eczema overnight"')
    expect(report).toContain('expected disease-claim, miracle-claim; reported disease-claim `cures eczema overnight`')
    expect(report).toContain('"overnight mask"')
    expect(report.endsWith('\n')).toBe(true)
    expect(percent(null)).toBe('–')
  })
})

describe('the recommended preset on the claims corpus', () => {
  const linter = new Linter({rules, settings: presets.recommended!})
  const families = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.family]))
  const evaluation = evaluate(corpus, linterFindings(linter, (file) => toResult(file)), {families})
  const summary = (lines: string[]) => `\n${lines.slice(0, 40).join('\n')}${lines.length > 40 ? `\n… and ${lines.length - 40} more` : ''}`

  it('crashes on no item', () => {
    expect(evaluation.crashes.map((c) => c.item.source)).toEqual([])
  })

  it('catches at least 95 % of the claims', () => {
    const misses = evaluation.misses.map((m) => `${m.item.source} ${JSON.stringify(m.item.text)} missing ${m.missing.join(', ')}`)
    expect(evaluation.overall.recall, summary(misses)).toBeGreaterThanOrEqual(0.95)
  })

  it('flags at most 3 % of the compliant items', () => {
    const flags = evaluation.falseFlags.map((f) => `${f.item.source} ${JSON.stringify(f.item.text)} flagged by ${f.rules.join(', ')}`)
    expect(evaluation.overall.falseFlagRate, summary(flags)).toBeLessThanOrEqual(0.03)
  })

  // Rules whose family the corpus does not label (appearance-claim, family 3) count only against false flags.
  const labeled = rules.filter((rule) => rule.meta.id in corpusRules)
  it.each(labeled.map((rule) => [rule.meta.id, rule.meta.family] as const))('%s catches at least 85 % of its own family (%i)', (id) => {
    const score = evaluation.rules.find((r) => r.ruleId === id)!
    expect(score.ownFamily.expected, `the corpus has claims of ${id}'s family`).toBeGreaterThan(0)
    expect(score.ownFamily.recall, `${score.ownFamily.caught}/${score.ownFamily.expected}`).toBeGreaterThanOrEqual(0.85)
  })
})
