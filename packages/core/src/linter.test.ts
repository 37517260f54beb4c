import {describe, expect, it} from 'vitest'
import {Linter, ConfigError} from './linter.js'
import {toResult, applyFixes} from './results.js'
import type {Rule, RuleMeta} from './types.js'

const meta: RuleMeta = {
  id: 'test-claim',
  description: 'Test claims',
  family: 1,
  kind: 'test claim',
  rationale: 'For tests.',
  basis: {us: 'FD&C Act §201(g)(1)', eu: 'Reg. (EC) 1223/2009 Art. 20'},
  references: [],
  severity: 'error',
  fixable: true,
  remedy: 'describe appearance instead'
}

const testRule: Rule = {
  meta,
  lexicon: {
    classes: {condition: ['acne', 'rosacea', 'eczema']},
    entries: [
      {phrases: ['treat~|heal~|cure~ ... @condition'], note: 'Disease.', expected: ['soothes the look of redness']},
      {phrases: ['reduce~ ... wrinkle~'], note: 'Grey zone.', qualifiable: true, severity: 'warn'},
      {phrases: ['anti-inflammatory'], note: 'Drug class.', fix: 'soothing'}
    ],
    allow: ['acne free daily']
  }
}

function lint(value: string, path = 'page.md', rules: Rule[] = [testRule]) {
  return toResult(new Linter({rules}).lint({value, path})).messages
}

const at = (value: string, path?: string) =>
  lint(value, path).map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.actual}`)

describe('Linter on Markdown', () => {
  it('reports a claim with its exact position and text', () => {
    expect(at('Intro.\n\nOur serum treats rosacea.')).toEqual(['3:11-3:25 treats rosacea'])
  })

  it('lints headings, list items, blockquotes, link text and image alt text', () => {
    const page = [
      '# Heals eczema fast',
      '',
      '- Cures acne',
      '',
      '> It healed my rosacea! — Jane',
      '',
      'See [how it treats acne](https://example.com).',
      '',
      '![Serum that cures eczema](serum.png)'
    ].join('\n')
    expect(at(page)).toEqual([
      '1:3-1:15 Heals eczema',
      '3:3-3:13 Cures acne',
      '5:6-5:23 healed my rosacea',
      '7:13-7:24 treats acne',
      '9:14-9:26 cures eczema'
    ])
  })

  it('finds a claim in a table cell', () => {
    const page = '| Benefit | Detail |\n| --- | --- |\n| Calm | Heals rosacea |\n'
    expect(at(page)).toEqual(['3:10-3:23 Heals rosacea'])
  })

  it('finds a claim in the frontmatter title and description', () => {
    const page = '---\ntitle: Cures Acne Gel\ndescription: "A gel that treats rosacea."\nsku: treats-acne\n---\n\nText.\n'
    expect(at(page)).toEqual(['2:8-2:18 Cures Acne', '3:26-3:40 treats rosacea'])
  })

  it('skips fenced code, inline code, URLs, HTML comments and tags', () => {
    const page = [
      '```',
      'treats acne',
      '```',
      '',
      'Use `treats acne` as a test string. Visit <https://treats-acne.example> or https://cures-acne.example now.',
      '',
      '<!-- heals eczema -->',
      '',
      '<div class="treats-acne">Soft skin.</div>'
    ].join('\n')
    expect(at(page)).toEqual([])
  })

  it('lints the text inside an HTML block at the right column', () => {
    expect(at('<p>It <b>heals</b> eczema.</p>\n')).toEqual(['1:10-1:26 heals</b> eczema'])
  })

  it('lints plain text files as copy', () => {
    expect(at('Plain text copy.\ntreats acne', 'page.txt')).toEqual(['2:1-2:12 treats acne'])
  })

  it('reports nothing for an empty document', () => {
    expect(lint('')).toEqual([])
    expect(lint('   \n\n  ')).toEqual([])
  })
})

describe('shared sentence judgements', () => {
  it('passes negations and the standard disclaimer', () => {
    expect(at('This serum does not treat acne.')).toEqual([])
    expect(at('It never cures eczema.')).toEqual([])
    expect(at('This product is not intended to diagnose, treat, cure or prevent any disease such as acne.')).toEqual([])
  })

  it('keeps a claim after a negation that does not reach it', () => {
    expect(at('It is not greasy, but it heals eczema.')).toEqual(['1:26-1:38 heals eczema'])
    expect(at('It doesn’t just hydrate; it heals eczema.')).toEqual(['1:29-1:41 heals eczema'])
    expect(at('Never get acne again: it cures acne.')).toEqual(['1:26-1:36 cures acne'])
  })

  it('keeps hedged claims', () => {
    expect(at('May help treat acne.')).toEqual(['1:10-1:20 treat acne'])
  })

  it('lets the appearance qualifier rescue only qualifiable entries', () => {
    expect(at('Reduces the appearance of wrinkles.')).toEqual([])
    expect(at('Visibly reduces wrinkles.')).toEqual([])
    expect(at('Reduces wrinkles.')).toEqual(['1:1-1:17 Reduces wrinkles'])
    expect(at('Treats the appearance of rosacea.')).toEqual(['1:1-1:33 Treats the appearance of rosacea'])
  })

  it('passes real questions but not rhetorical hooks', () => {
    expect(at('Does it treat acne?')).toEqual([])
    expect(at('Want to cure acne?')).toEqual(['1:9-1:18 cure acne'])
  })

  it('silences claims overlapping an allowed phrase', () => {
    expect(at('Try Acne Free Daily, it cures acne.')).toEqual(['1:25-1:35 cures acne'])
    expect(lint('Acne free daily treats skin.')).toEqual([])
  })
})

describe('messages', () => {
  it('carry rule id, source, url, actual, expected, note, basis and severity', () => {
    const [message] = lint('It treats acne.')
    expect(message).toMatchObject({
      ruleId: 'test-claim',
      severity: 2,
      source: 'claimlint',
      url: 'https://github.com/claimlint/claimlint/blob/main/rules/test-claim/README.md',
      actual: 'treats acne',
      expected: ['soothes the look of redness'],
      note: 'Disease.',
      basis: 'US: FD&C Act §201(g)(1)',
      message:
        'Unexpected test claim `treats acne`, describe appearance instead, e.g. `soothes the look of redness` (US: FD&C Act §201(g)(1))'
    })
  })

  it('cite every active jurisdiction', () => {
    const file = new Linter({rules: [testRule], jurisdictions: ['us', 'eu']}).lint({value: 'It treats acne.'})
    expect(toResult(file).messages[0]!.message).toContain('(US: FD&C Act §201(g)(1); EU: Reg. (EC) 1223/2009 Art. 20)')
  })

  it('use an entry severity below the rule severity', () => {
    expect(lint('Reduces wrinkles.')[0]!.severity).toBe(1)
  })

  it('carry an ESLint-style fix that keeps capitalisation', () => {
    const value = 'Anti-inflammatory balm.'
    const [message] = lint(value)
    expect(message!.fix).toEqual({range: [0, 17], text: 'Soothing'})
    expect(applyFixes(value, [message!.fix!]).output).toBe('Soothing balm.')
  })
})

describe('computed fixes', () => {
  const appearanceRule: Rule = {
    meta: {...meta, id: 'look-claim'},
    lexicon: {entries: [{phrases: ['reduce~ [your] fine line~'], note: 'Bare efficacy.', qualifiable: true, fixInsert: {before: 1, text: 'the appearance of'}}]}
  }
  const fixOf = (value: string) => toResult(new Linter({rules: [appearanceRule]}).lint({value})).messages[0]!

  it('insert text before a matched word, keeping the words as written', () => {
    const value = 'It reduced your fine lines.'
    const message = fixOf(value)
    expect(message.fix).toEqual({range: [11, 11], text: 'the appearance of '})
    expect(applyFixes(value, [message.fix!]).output).toBe('It reduced the appearance of your fine lines.')
  })

  it('lead `expected` and the message with the fixed words', () => {
    const message = fixOf('Reduces fine lines.')
    expect(message.expected![0]).toBe('Reduces the appearance of fine lines')
    expect(message.message).toContain('e.g. `Reduces the appearance of fine lines`')
  })

  it('shout an insertion into copy written in capitals', () => {
    expect(fixOf('REDUCES FINE LINES').fix!.text).toBe('THE APPEARANCE OF ')
  })

  it('take a fix reported by rule code over the entry’s', () => {
    const entry = {phrases: ['x'], note: 'Reported by code.', fix: 'never used'}
    const coded: Rule = {meta: {...meta, id: 'coded-claim'}, check: (context) => context.report({start: 3, end: 8, entry, fix: {range: [3, 3], text: 'very '}})}
    const [message] = toResult(new Linter({rules: [coded]}).lint({value: 'It heals fast.'})).messages
    expect(message!.fix).toEqual({range: [3, 3], text: 'very '})
    expect(message!.expected).toEqual(['very heals'])
  })

  it('link a third-party rule to its own docs page', () => {
    const plugin: Rule = {...testRule, meta: {...meta, id: 'plugin-claim', url: 'https://example.com/plugin-claim'}}
    const [message] = toResult(new Linter({rules: [plugin]}).lint({value: 'It treats acne.'})).messages
    expect(message!.url).toBe('https://example.com/plugin-claim')
  })
})

describe('configuration and failures', () => {
  it('rejects an unknown rule and a bad severity with one line naming the origin', () => {
    expect(() => new Linter({rules: [testRule], settings: {nope: 'error'}, origin: '.claimlintrc.json'})).toThrow(
      new ConfigError('Unknown rule `nope` in .claimlintrc.json')
    )
    expect(
      () => new Linter({rules: [testRule], settings: {'test-claim': 'warning' as never}, origin: '.claimlintrc.json'})
    ).toThrow('Unexpected severity `warning` for rule `test-claim` in .claimlintrc.json, expected off, warn or error')
  })

  it('rejects a severity that names an object property', () => {
    expect(() => new Linter({rules: [testRule], settings: {'test-claim': 'constructor' as never}})).toThrow(/Unexpected severity `constructor`/)
  })

  it('turns off a rule set to off', () => {
    const file = new Linter({rules: [testRule], settings: {'test-claim': 'off'}}).lint({value: 'It treats acne.'})
    expect(file.messages).toEqual([])
  })

  it('turns a throwing rule into one fatal message naming it, and keeps other rules running', () => {
    const broken: Rule = {meta: {...meta, id: 'broken-rule'}, check() { throw new Error('boom') }}
    const messages = lint('It treats acne.', 'page.md', [testRule, broken])
    expect(messages.map((m) => [m.ruleId, m.fatal ?? false])).toEqual([
      ['broken-rule', true],
      ['test-claim', false]
    ])
    expect(messages[0]!.message).toBe('Cannot run rule `broken-rule`: boom')
  })
})

describe('project vocabulary and markets', () => {
  it('reports denied phrases literally under rule `deny`, with their own message', () => {
    const linter = new Linter({rules: [testRule], deny: [{phrase: 'youth elixir', message: 'say `daily serum` instead', severity: 'warn'}, {phrase: 'a|b [c]'}]})
    const messages = toResult(linter.lint({value: 'The Youth Elixir. Not a|b [c] syntax.'})).messages
    expect(messages.map((m) => [m.ruleId, m.actual, m.severity])).toEqual([['deny', 'Youth Elixir', 1]])
    expect(messages[0]!.message).toBe('Unexpected banned phrase `Youth Elixir`, say `daily serum` instead')
    expect(messages[0]!.url).toBe('https://github.com/claimlint/claimlint/blob/main/README.md#custom-vocabulary')
  })

  it('treats allow phrases literally', () => {
    const linter = new Linter({rules: [testRule], allow: ['Cures~ Acne']})
    expect(linter.lint({value: 'It cures acne.'}).messages).toHaveLength(1)
  })

  it('caps a rule by the severity its markets give it', () => {
    const sunRule: Rule = {
      meta: {...meta, id: 'sun-claim', markets: {us: 'error', eu: 'off', uk: 'warn'}},
      lexicon: {entries: [{phrases: ['prevents sunburn'], note: 'OTC drug in the US.'}]}
    }
    const severityIn = (jurisdictions: Array<'us' | 'eu' | 'uk' | 'ca'>) =>
      toResult(new Linter({rules: [sunRule], jurisdictions}).lint({value: 'It prevents sunburn.'})).messages.map((m) => m.severity)
    expect(severityIn(['us'])).toEqual([2])
    expect(severityIn(['eu'])).toEqual([])
    expect(severityIn(['uk'])).toEqual([1])
    expect(severityIn(['eu', 'us'])).toEqual([2])
    expect(severityIn(['ca'])).toEqual([2])
  })
})

describe('negators inside a phrase', () => {
  it('belong to the phrase and do not negate it', () => {
    const rule: Rule = {meta: {...meta, id: 'never-claim'}, lexicon: {entries: [{phrases: ['never age again', 'non-invasive facelift'], note: 'Absolute.'}]}}
    const messages = toResult(new Linter({rules: [rule]}).lint({value: 'Never age again. A non-invasive facelift.'})).messages
    expect(messages.map((m) => m.actual)).toEqual(['Never age again', 'non-invasive facelift'])
  })

  it('stop a gap from bridging them', () => {
    expect(at('It treats skin, not acne.')).toEqual([])
  })

  it('let the look of after a phrase qualify it', () => {
    expect(at('Reduces wrinkles.')).toHaveLength(1)
    expect(at('Reduces the look of wrinkles.')).toEqual([])
  })
})

describe('negations that do not reach the claim', () => {
  it('ignore compound prefixes, negated noun phrases, idioms and "say no to"', () => {
    expect(at('Non-comedogenic gel that treats acne.')).toEqual(['1:26-1:37 treats acne'])
    expect(at('Without parabens, it treats acne.')).toEqual(['1:22-1:33 treats acne'])
    expect(at('No parabens, no sulfates, just a gel that heals eczema.')).toEqual(['1:43-1:55 heals eczema'])
    expect(at('I can’t believe it cured my acne.')).toEqual(['1:20-1:33 cured my acne'])
    expect(at('Say no to acne, it cures acne.')).toEqual(['1:20-1:30 cures acne'])
  })
})

describe('mentions', () => {
  it('pass claims quoted to warn against them or reported of others', () => {
    expect(at('Beware of brands that promise to cure acne.')).toEqual([])
    expect(at('Some brands claim their creams cure acne.')).toEqual([])
    expect(at('Dermatologists treat rosacea with prescription medicines.')).toEqual([])
  })

  it('keep the brand’s own promise', () => {
    expect(at('We promise it cures acne.')).toEqual(['1:15-1:25 cures acne'])
  })

  it('pass a claim quoted as a term the sentence talks about, and keep one the brand quotes as its own', () => {
    expect(at('You will often see the word “cures acne” in drug marketing.')).toEqual([])
    expect(at('Many “cures acne” ads mislead shoppers.')).toEqual([])
    expect(at('Our “cures acne” gel is back.')).toEqual(['1:6-1:16 cures acne'])
  })
})

describe('HTML pages', () => {
  it('lint text between tags, the meta description and alt text, and skip scripts and comments', () => {
    const page = [
      '<html><head><title>Serum</title>',
      '<meta name="description" content="A serum that cures acne.">',
      '<script>var x = "treats acne"</script></head>',
      '<body><h1>Heals eczema</h1><p>Soft skin.</p><!-- treats acne -->',
      '<img src="a.png" alt="It treats rosacea"></body></html>'
    ].join('\n')
    expect(at(page, 'page.html')).toEqual([
      '2:48-2:58 cures acne',
      '4:11-4:23 Heals eczema',
      '5:26-5:40 treats rosacea'
    ])
  })

  it('keep block elements apart', () => {
    expect(at('<h2>Treats</h2><p>acne-prone skin gets daily care.</p>', 'page.htm')).toEqual([])
  })
})

describe('claims over a line break', () => {
  it('keep the exact text in `actual` and show it on one line in the message', () => {
    const [message] = lint('It treats\nacne daily.')
    expect(message!.actual).toBe('treats\nacne')
    expect(message!.message).toContain('`treats acne`')
  })
})
