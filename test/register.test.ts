/**
 * End-to-end tests of the claims register (issue 8) through the real CLI:
 * discovery of `claims.yaml` next to the pages or named in the configuration,
 * validation errors, and the register rules.
 */
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, findings, json, project} from './harness.js'

const register = `# Approved claims.
- id: firm-2025
  wording: clinically shown to improve the look of firmness
  evidence:
    study: FIRM-01 split-face study
    kind: in-vivo
    panel: 32
    duration: 4 weeks
    date: 2025-01-15
    file: studies/firm-01.pdf
  markets: [us, uk]
- id: glow-survey
  wording: [8 in 10 said their skin looked more radiant]
  evidence: {study: Glow survey, kind: consumer-perception, panel: 110, link: "https://example.com/glow"}
  markets: [us]
- id: smooth-2019
  wording: visibly smoother skin in 7 days
  evidence: {study: SM-19, kind: in-vivo, expires: 2021-01-01}
  markets: [us, eu, uk, ca]
`

const messages = (stdout: string) => json(stdout).flatMap((result) => result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.actual}`))

describe('claims register', () => {
  it('is found next to the pages and ties claims by footnote id or approved wording', () => {
    const cwd = project({
      'claims.yaml': register,
      'pages/serum.md': [
        'Clinically shown to firm skin.[^firm-2025]',
        '',
        '8 in 10 said their skin looked more radiant.',
        '',
        'Clinically proven radiance.[^glow-survey]',
        '',
        'Dermatologist tested.[^1]',
        '',
        '[^1]: Patch test on 20 people.',
        ''
      ].join('\n')
    })
    const {code, stdout, stderr} = claimlint(cwd, ['pages/serum.md', '-f', 'json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const [wrongKind, noEntry] = json(stdout)[0]!.messages
    expect(messages(stdout)).toEqual(['proof-claim 5:1 Clinically proven', 'proof-claim 7:1 Dermatologist tested'])
    expect(wrongKind?.message).toContain('`glow-survey` in claims.yaml rests on consumer-perception evidence, which cannot back a clinical claim')
    expect(noEntry?.message).toContain('its footnote `[^1]` names no entry of claims.yaml')
  })

  it('is the one the configuration names, relative to it', () => {
    const cwd = project({
      '.claimlintrc.json': JSON.stringify({register: 'compliance/approved.json'}),
      'compliance/approved.json': JSON.stringify({claims: [{id: 'hydra', wording: 'up to 48 hours of hydration', evidence: {study: 'H-7', kind: 'instrumental'}, markets: ['us']}]}),
      'claims.yaml': 'not: a list\n',
      'page.md': 'Boosts hydration by 48 %.[^hydra]\n'
    })
    const {code, stdout, stderr} = claimlint(cwd, ['page.md', '-f', 'json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(findings(stdout)).toEqual([])
    const printed = claimlint(cwd, ['--print-config', 'page.md'])
    expect(JSON.parse(printed.stdout).register).toBe(join(cwd, 'compliance/approved.json'))
  })

  it('stops the run with one line naming the file and the entry when an entry is bad', () => {
    const cwd = project({
      'claims.yaml': register.replace('kind: consumer-perception', 'kind: survey'),
      'page.md': 'Soft skin.\n'
    })
    expect(claimlint(cwd, ['page.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'claimlint: Unexpected `evidence.kind` `survey`, expected in-vivo, in-vitro, consumer-perception or instrumental, for claim `glow-survey` in claims.yaml\n'
    })
  })

  it('names a missing register file and the configuration naming it', () => {
    const cwd = project({'.claimlintrc.json': JSON.stringify({register: 'nope.yaml'}), 'page.md': 'Soft skin.\n'})
    const {code, stderr} = claimlint(cwd, ['page.md'])
    expect(code).toBe(2)
    expect(stderr).toBe('claimlint: cannot read claims register nope.yaml (named in .claimlintrc.json): no such file\n')
  })

  it('reports claims whose evidence expired (register-expired)', () => {
    const cwd = project({'claims.yaml': register, 'page.md': 'Visibly smoother skin in 7 days.\n'})
    const {code, stdout} = claimlint(cwd, ['page.md', '-f', 'json'])
    expect(code).toBe(1)
    expect(messages(stdout)).toEqual(['register-expired 1:1 Visibly smoother skin in 7 days'])
    expect(json(stdout)[0]!.messages[0]!.message).toContain('the evidence of `smooth-2019` in claims.yaml (SM-19) expired on 2021-01-01')
  })

  it('reports claims on a page for a market they are not cleared for (register-market)', () => {
    const cwd = project({
      'claims.yaml': register,
      '.claimlintrc.json': JSON.stringify({jurisdictions: ['us']}),
      'us.md': 'Firmer-looking skin.[^firm-2025]\n',
      'eu.md': '---\nmarkets: [eu]\n---\n\nFirmer-looking skin.[^firm-2025]\n'
    })
    const {code, stdout} = claimlint(cwd, ['us.md', 'eu.md', '-f', 'json'])
    expect(code).toBe(1)
    expect(messages(stdout)).toEqual(['register-market 5:21 [^firm-2025]'])
    expect(json(stdout)[1]!.messages[0]!.message).toContain('`firm-2025` in claims.yaml is not cleared for EU (cleared for US, UK only)')
  })

  it('reports efficacy statements outside the register in strict mode only (unregistered-claim)', () => {
    const page = 'Reduces the appearance of fine lines.\n\nClinically shown to improve the look of firmness.\n'
    const files = {'claims.yaml': register, 'page.md': page}
    expect(findings(claimlint(project(files), ['page.md', '-f', 'json']).stdout)).toEqual([])
    const strict = project({...files, '.claimlintrc.json': JSON.stringify({extends: ['strict']})})
    const {code, stdout} = claimlint(strict, ['page.md', '-f', 'json'])
    expect(code).toBe(1)
    expect(messages(stdout)).toEqual(['unregistered-claim 1:1 Reduces the appearance of fine lines'])
  })

  it('keeps the footnote-on-the-page behaviour of proof-claim without a register', () => {
    const cwd = project({'page.md': 'Clinically proven radiance.[^1]\n\n[^1]: A study of 30 women.\n\nDermatologist tested.\n'})
    expect(findings(claimlint(cwd, ['page.md', '-f', 'json']).stdout)).toEqual([['proof-claim', 'Dermatologist tested']])
  })

  it('invalidates cached results when the register changes', () => {
    const cwd = project({'claims.yaml': register, 'page.md': 'Clinically proven radiance.[^glow-survey]\n'})
    expect(findings(claimlint(cwd, ['page.md', '--cache', '-f', 'json']).stdout)).toEqual([['proof-claim', 'Clinically proven']])
    writeFileSync(join(cwd, 'claims.yaml'), register.replace('kind: consumer-perception', 'kind: in-vivo'))
    expect(findings(claimlint(cwd, ['page.md', '--cache', '-f', 'json']).stdout)).toEqual([])
  })
})

describe('page-net-impression', () => {
  it('reports soothing body copy under a disease in the product name once, naming the heading', () => {
    const cwd = project({'page.md': '# Eczema Relief Balm\n\nCalms and comforts dry skin.\n\nSoothes all day.\n'})
    const {stdout} = claimlint(cwd, ['page.md', '-f', 'json'])
    const net = json(stdout)[0]!.messages.filter((m) => m.ruleId === 'page-net-impression')
    expect(net.map((m) => `${m.line}:${m.column} ${m.actual}`)).toEqual(['3:1 Calms'])
    expect(net[0]!.message).toContain('the heading `Eczema Relief Balm` (line 1) names `Eczema`')
  })

  it('passes a promised timing cited to measured evidence (miracle-claim), not to a survey, and not without a register', () => {
    const timed = `- id: smooth-2025
  wording: visibly smoother skin
  evidence: {study: SM-25, kind: in-vivo, panel: 30, duration: 7 days}
  markets: [us]
- id: feel-survey
  wording: skin felt softer
  evidence: {study: Feel survey, kind: consumer-perception, panel: 80}
  markets: [us]
`
    const page = ['Results in 7 days.[^smooth-2025]', '', 'Results in 7 days.[^feel-survey]', '', 'Results in 7 days.', '', 'Permanent results.[^smooth-2025]', ''].join('\n')
    const withRegister = claimlint(project({'claims.yaml': timed, 'page.md': page}), ['page.md', '-f', 'json'])
    expect(messages(withRegister.stdout).filter((m) => m.startsWith('miracle-claim'))).toEqual([
      'miracle-claim 3:1 Results in 7 days',
      'miracle-claim 5:1 Results in 7 days',
      'miracle-claim 7:1 Permanent results'
    ])
    const without = claimlint(project({'page.md': page.replaceAll('[^smooth-2025]', '[^1]') + '\n[^1]: SM-25.\n'}), ['page.md', '-f', 'json'])
    expect(messages(without.stdout).filter((m) => m.startsWith('miracle-claim'))).toHaveLength(4)
  })
})
