import {createHash} from 'node:crypto'
import path from 'node:path'
import type {LintMessage, LintResult, RuleMeta} from '@claimlint/core'
import {parse} from 'parse5'
import {describe, expect, it} from 'vitest'
import formatDefault, {format, needsSource} from './index.js'

const cwd = path.resolve('/repo')

/** A parse5 node, as much of it as these tests read. */
interface Node {
  nodeName: string
  value?: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: Node[]
}

/** Parse a report with the HTML standard's parser, as a browser would. */
function parseReport(html: string): Node {
  return parse(html) as unknown as Node
}

function elements(node: Node, predicate: (element: Node) => boolean = () => true): Node[] {
  const found: Node[] = []
  const walk = (current: Node): void => {
    if (current.attrs && predicate(current)) found.push(current)
    for (const child of current.childNodes ?? []) walk(child)
    // A <template>'s content is not a child; the report has none.
  }
  walk(node)
  return found
}

function attribute(element: Node, name: string): string | undefined {
  return element.attrs?.find((attr) => attr.name === name)?.value
}

function text(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? ''
  return (node.childNodes ?? []).map(text).join('')
}

function byClass(root: Node, tag: string, className: string): Node[] {
  return elements(root, (element) => element.nodeName === tag && (attribute(element, 'class') ?? '').split(' ').includes(className))
}

/** Mark pieces joined per finding (`data-finding`), in document order of their first piece. */
function highlights(root: Node): Map<string, string> {
  const byFinding = new Map<string, string>()
  for (const mark of elements(root, (element) => element.nodeName === 'mark')) {
    const id = attribute(mark, 'data-finding')!
    byFinding.set(id, (byFinding.get(id) ?? '') + text(mark))
  }
  return byFinding
}

/** A finding at the given text of `source` (its first occurrence, or the `occurrence`th). */
function at(source: string, actual: string, extra: Partial<LintMessage> = {}, occurrence = 0): LintMessage {
  let start = -1
  for (let index = 0; index <= occurrence; index++) start = source.indexOf(actual, start + 1)
  if (start === -1) throw new Error(`no ${actual} in the source`)
  const point = (offset: number) => {
    const before = source.slice(0, offset).split('\n')
    return {line: before.length, column: before.at(-1)!.length + 1}
  }
  const from = point(start)
  const to = point(start + actual.length)
  return {
    ruleId: 'disease-claim',
    severity: 2,
    message: `Unexpected disease claim \`${actual}\`, describe how skin looks or feels instead`,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    source: 'claimlint',
    url: 'https://github.com/claimlint/claimlint/blob/main/rules/disease-claim/README.md',
    actual,
    ...extra
  }
}

function result(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  return {
    filePath: path.join(cwd, filePath),
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    ...extra
  }
}

const rulesMeta = {
  'disease-claim': {id: 'disease-claim', description: 'Claims to treat, cure, mitigate or prevent a disease or condition'},
  'miracle-claim': {id: 'miracle-claim', description: 'Miracle, instant and guaranteed results'}
} as unknown as Record<string, RuleMeta>

const copy = '# Calming Balm\n\nOur balm cures acne scars and heals\neczema overnight, a miracle.\n'
const serum = result('pages/balm.md', [
  at(copy, 'cures acne', {expected: ['helps skin look clearer'], basis: 'US: FD&C Act §201(g)(1)', note: 'Curing is a drug use.'}),
  at(copy, 'acne scars', {ruleId: 'disease-claim'}),
  at(copy, 'heals\neczema'),
  at(copy, 'heals\neczema overnight', {ruleId: 'miracle-claim', severity: 1}),
  at(copy, 'a miracle', {ruleId: 'miracle-claim', severity: 1, fix: {range: [0, 0], text: 'a favourite'}})
], {source: copy})

describe('format', () => {
  it('asks the CLI for the files’ text and is the default export', () => {
    expect(needsSource).toBe(true)
    expect(formatDefault).toBe(format)
  })

  it('ends with a newline and gives the same page for the same results', () => {
    const html = format([serum], {cwd, rulesMeta})
    expect(html.endsWith('</html>\n')).toBe(true)
    expect(format([serum], {cwd, rulesMeta})).toBe(html)
  })

  it('is one self-contained page: no external script, style sheet, font or image, and a policy that allows only its own', () => {
    const html = format([serum], {cwd, rulesMeta})
    const root = parseReport(html)
    expect(elements(root, (element) => ['link', 'img', 'iframe', 'object', 'embed'].includes(element.nodeName))).toEqual([])
    expect(elements(root, (element) => attribute(element, 'src') !== undefined)).toEqual([])
    expect(html).not.toMatch(/@import|url\(|@font-face/)
    const [script] = elements(root, (element) => element.nodeName === 'script')
    const [style] = elements(root, (element) => element.nodeName === 'style')
    const policy = attribute(elements(root, (element) => attribute(element, 'http-equiv') === 'Content-Security-Policy')[0]!, 'content')!
    const hash = (node: Node) => `'sha256-${createHash('sha256').update(text(node)).digest('base64')}'`
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain(`script-src ${hash(script!)}`)
    expect(policy).toContain(`style-src ${hash(style!)}`)
  })

  it('highlights every finding in place: nested, crossing and multi-line ranges each read as the finding’s `actual`', () => {
    const root = parseReport(format([serum], {cwd, rulesMeta}))
    const [view] = byClass(root, 'div', 'copy')
    expect(text(view!)).toBe(copy)
    const marks = highlights(view!)
    expect([...marks.keys()].sort()).toEqual(['f1-1', 'f1-2', 'f1-3', 'f1-4', 'f1-5'])
    for (const [index, message] of serum.messages.entries()) expect(marks.get(`f1-${index + 1}`)).toBe(message.actual)
    // `acne scars` crosses `cures acne`: two pieces, only the first focusable.
    const pieces = elements(view!, (element) => attribute(element, 'data-finding') === 'f1-2')
    expect(pieces.map(text)).toEqual(['acne', ' scars'])
    expect(pieces.map((piece) => attribute(piece, 'tabindex'))).toEqual(['0', undefined])
    // `heals\neczema` nests inside `heals\neczema overnight`.
    const outer = elements(view!, (element) => attribute(element, 'data-finding') === 'f1-4')
    expect(outer).toHaveLength(1)
    expect(elements(outer[0]!, (element) => attribute(element, 'data-finding') === 'f1-3')).toHaveLength(1)
  })

  it('makes each highlight focusable and described by its message, with rule and severity for the filter', () => {
    const root = parseReport(format([serum], {cwd, rulesMeta}))
    const focusable = elements(root, (element) => element.nodeName === 'mark' && attribute(element, 'tabindex') === '0')
    expect(focusable).toHaveLength(serum.messages.length)
    for (const mark of focusable) {
      const described = elements(root, (element) => attribute(element, 'id') === attribute(mark, 'aria-describedby'))
      expect(described.map(text)).toEqual([serum.messages[Number(attribute(mark, 'id')!.split('-')[1]) - 1]!.message])
    }
    expect(focusable.map((mark) => [attribute(mark, 'data-rule'), attribute(mark, 'data-severity')])).toContainEqual(['miracle-claim', 'warning'])
  })

  it('lists each finding with its reason, legal basis, docs link, rewrites and fix', () => {
    const root = parseReport(format([serum], {cwd, rulesMeta}))
    const cards = byClass(root, 'li', 'finding')
    expect(cards.map((card) => attribute(card, 'data-finding'))).toEqual(['f1-1', 'f1-2', 'f1-3', 'f1-4', 'f1-5'])
    const first = text(cards[0]!)
    for (const part of ['disease-claim', 'line 3:10', 'US: FD&C Act §201(g)(1)', 'helps skin look clearer', 'Curing is a drug use.', serum.messages[0]!.message]) {
      expect(first).toContain(part)
    }
    expect(elements(cards[0]!, (element) => element.nodeName === 'a').map((link) => attribute(link, 'href'))).toEqual([serum.messages[0]!.url, '#f1-1'])
    expect(text(cards[4]!)).toContain('--fix replaces it with a favourite')
  })

  it('offers a checkbox per rule and per severity, ticked', () => {
    const root = parseReport(format([serum], {cwd, rulesMeta}))
    const boxes = elements(root, (element) => element.nodeName === 'input' && attribute(element, 'data-filter') !== undefined)
    expect(boxes.map((box) => [attribute(box, 'data-filter'), attribute(box, 'value'), attribute(box, 'checked')])).toEqual([
      ['severity', 'error', ''],
      ['severity', 'warning', ''],
      ['rule', 'disease-claim', ''],
      ['rule', 'miracle-claim', '']
    ])
  })

  it('summarises totals, findings by rule and the files with most findings', () => {
    const clean = result('pages/clean.md', [], {source: 'Leaves skin feeling soft.\n'})
    const root = parseReport(format([clean, serum], {cwd, rulesMeta}))
    const tiles = byClass(root, 'div', 'tile').map((tile) => text(tile))
    expect(tiles).toEqual(['5findings', '3errors', '2warnings', '1of 2 files flagged', '0suppressed', '1fixable with --fix'])
    const tables = elements(root, (element) => element.nodeName === 'tbody')
    const rows = (table: Node) => elements(table, (element) => element.nodeName === 'tr').map((row) => elements(row, (cell) => cell.nodeName === 'td').map(text))
    expect(rows(tables[0]!)).toEqual([
      ['disease-claim' + rulesMeta['disease-claim']!.description, '3', '0', '0'],
      ['miracle-claim' + rulesMeta['miracle-claim']!.description, '0', '2', '0']
    ])
    expect(rows(tables[1]!)).toEqual([['balm.mdpages/', '3', '2', '5']])
    expect(text(byClass(root, 'section', 'clean')[0]!)).toContain('pages/clean.md')
  })

  it('escapes copy, messages, paths, rule ids and justifications, so nothing from a page becomes markup', () => {
    const source = 'Try it <script>alert(1)</script> <img src=x onerror=alert(2)> heals "acne" & more\n'
    const hostile = result('pages/<b>x</b>.md', [
      at(source, 'heals "acne"', {ruleId: 'plugin/<i>rule</i>', message: 'Unexpected `<img src=x onerror=alert(3)>`', expected: ['</li><script>alert(4)</script>']})
    ], {
      source,
      suppressedMessages: [
        {...at(source, '<script>'), suppressions: [{kind: 'directive', justification: '</details><script>alert(5)</script>'}]}
      ]
    })
    const html = format([hostile], {cwd, rulesMeta})
    const root = parseReport(html)
    expect(elements(root, (element) => element.nodeName === 'script')).toHaveLength(1)
    expect(elements(root, (element) => element.nodeName === 'img')).toEqual([])
    // The report's own <b> hold counts; none may come from the path or the rule id.
    expect(elements(root, (element) => ['b', 'i'].includes(element.nodeName) && ['x', 'rule'].includes(text(element)))).toEqual([])
    expect(elements(root, (element) => (element.attrs ?? []).some((attr) => attr.name.startsWith('on')))).toEqual([])
    expect(text(byClass(root, 'div', 'copy')[0]!)).toBe(source)
    expect(html).toContain('pages/&lt;b&gt;x&lt;/b&gt;.md')
    expect(text(byClass(root, 'details', 'suppressed')[0]!)).toContain('</details><script>alert(5)</script>')
  })

  it('links rules only to web addresses', () => {
    const source = 'Cures acne.\n'
    const root = parseReport(format([result('a.md', [at(source, 'Cures acne', {url: 'javascript:alert(1)'})], {source})], {cwd, rulesMeta}))
    const hrefs = elements(root, (element) => attribute(element, 'href') !== undefined).map((element) => attribute(element, 'href')!)
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([])
  })

  it('lists findings without the in-place view when a result has no text', () => {
    const root = parseReport(format([{...serum, source: undefined} as unknown as LintResult], {cwd, rulesMeta}))
    expect(byClass(root, 'div', 'copy')).toEqual([])
    expect(elements(root, (element) => element.nodeName === 'mark')).toEqual([])
    expect(byClass(root, 'li', 'finding')).toHaveLength(serum.messages.length)
    expect(text(byClass(root, 'p', 'no-source')[0]!)).toContain('listed without the copy')
  })

  it('lists problems that belong to no rule (an unreadable file) without marking the copy', () => {
    const source = 'Soft skin.\n'
    const broken = result('a.md', [{ruleId: null, severity: 2, message: 'Rule `x` crashed', line: 1, column: 1, source: 'claimlint', fatal: true}], {source})
    const root = parseReport(format([broken], {cwd, rulesMeta}))
    expect(elements(root, (element) => element.nodeName === 'mark')).toEqual([])
    const [card] = byClass(root, 'li', 'finding')
    expect(text(card!)).toContain('file problem')
    expect(text(card!)).toContain('Rule `x` crashed')
  })

  it('lists suppressed findings with their justification, not in the copy', () => {
    const source = 'Cures acne.\n'
    const suppressed = result('a.md', [], {
      source,
      suppressedMessages: [{...at(source, 'Cures acne'), suppressions: [{kind: 'directive', justification: 'approved by Legal, ticket 42'}]}]
    })
    const root = parseReport(format([suppressed], {cwd, rulesMeta}))
    expect(elements(root, (element) => element.nodeName === 'mark')).toEqual([])
    const [details] = byClass(root, 'details', 'suppressed')
    expect(text(details!)).toContain('1 suppressed finding with justification')
    expect(text(details!)).toContain('Justification: approved by Legal, ticket 42')
    const [item] = elements(details!, (element) => element.nodeName === 'li')
    expect([attribute(item!, 'data-rule'), attribute(item!, 'data-severity')]).toEqual(['disease-claim', 'error'])
  })

  it('still writes a page for no results', () => {
    const html = format([], {cwd})
    expect(html).toContain('<title>claimlint report: 0 findings in 0 files</title>')
    expect(html.endsWith('\n')).toBe(true)
  })
})
