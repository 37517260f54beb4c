/**
 * End-to-end tests of the claims inventory (issue 8) through the real CLI:
 * `claimlint inventory` and `--format claims-csv` / `claims-json` on the
 * register fixture (`fixtures/register`), claims the register backs (which
 * no finding reports), statuses, CSV quoting, the output file, exit codes,
 * the cache and worker threads.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {claimlint, json, project, root} from './harness.js'

const fixture = join(root, 'fixtures/register')
const register = readFileSync(join(fixture, 'claims.yaml'), 'utf8')

interface Row {
  page: string
  line: number
  column: number
  text: string
  sentence: string
  rule: string | null
  family: string | null
  severity: string | null
  register: string | null
  status: string
  detail: string
}

/** `<page> <line>:<column> <rule> <status> <register> <text>`, the form of `inventory.expected.txt`. */
const summary = (row: Row): string =>
  `${row.page} ${row.line}:${row.column} ${row.rule ?? '-'} ${row.status} ${row.register ?? '-'} ${row.text.replace(/\s+/g, ' ')}`

const rows = (stdout: string): Row[] => JSON.parse(stdout) as Row[]

/** Parse RFC 4180 CSV (quoted fields, doubled quotes, CRLF records) into records of fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"'
        index++
      } else if (character === '"') {
        quoted = false
      } else {
        field += character
      }
    } else if (character === '"' && field === '') {
      quoted = true
    } else if (character === ',') {
      record.push(field)
      field = ''
    } else if (character === '\r' && text[index + 1] === '\n') {
      records.push([...record, field])
      record = []
      field = ''
      index++
    } else {
      field += character
    }
  }
  if (field !== '' || record.length > 0) throw new Error(`CSV does not end with CRLF: ${JSON.stringify(text.slice(-40))}`)
  return records
}

const header = ['page', 'line', 'column', 'text', 'sentence', 'rule', 'family', 'severity', 'register', 'status', 'detail']

describe('claimlint inventory', () => {
  const expected = readFileSync(join(fixture, 'inventory.expected.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '')

  it('lists every claim of the register fixture, backed claims included, and exits 0 despite errors', () => {
    const {code, stdout, stderr} = claimlint(fixture, ['inventory', 'pages', '--format', 'claims-json'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(rows(stdout).map(summary)).toEqual(expected)
    // The same pages fail an ordinary run: the inventory is a report, not a gate.
    expect(claimlint(fixture, ['pages']).code).toBe(1)
  })

  it('says which rule, family, severity and evidence each claim has', () => {
    const list = rows(claimlint(fixture, ['inventory', '--format', 'claims-json', 'pages/firm-glow-serum.md']).stdout)
    const at = (line: number) => list.filter((row) => row.line === line)
    expect(at(8)).toMatchObject([
      {rule: 'proof-claim', family: 'proof', severity: 'warn', register: 'firm-2025', status: 'backed', detail: 'FIRM-01 split-face study (in-vivo, panel 32, 4 weeks)'}
    ])
    expect(at(12)).toMatchObject([{rule: null, family: null, severity: null, register: 'hydra-corneo', status: 'backed', sentence: 'Up to 48 hours of hydration.'}])
    expect(at(14)[0]!.detail).toContain('rests on consumer-perception evidence, which cannot back a clinical claim')
    expect(at(22)).toMatchObject([{rule: 'disease-claim', family: 'disease', severity: 'error', status: 'prohibited'}])
    expect(at(25)).toMatchObject([{rule: 'miracle-claim', status: 'suppressed', detail: 'approved by Legal, REG-88'}])
  })

  it('leaves out negated, qualified and disclaimed wording', () => {
    const list = rows(claimlint(fixture, ['inventory', '--format', 'claims-json', 'pages/firm-glow-serum.md']).stdout)
    expect(list.filter((row) => row.line === 20)).toEqual([])
    const cwd = project({'page.md': 'Soothes the look of redness.\n\nDoes not treat acne.\n\nReduces the appearance of fine lines.\n'})
    expect(rows(claimlint(cwd, ['inventory', '-f', 'claims-json']).stdout)).toEqual([])
  })

  it('prints RFC 4180 CSV by default: a header, then the same claims as JSON, CRLF line ends', () => {
    const {code, stdout, stderr} = claimlint(fixture, ['inventory', 'pages'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const [first, ...records] = parseCsv(stdout)
    expect(first).toEqual(header)
    const list = rows(claimlint(fixture, ['inventory', 'pages', '-f', 'claims-json']).stdout)
    const asFields = list.map((row) => header.map((column) => {
      const value = row[column as keyof Row]
      return value === null ? '' : String(value)
    }))
    expect(records).toEqual(asFields)
    expect(stdout).toContain(
      'pages/firm-glow-serum.md,8,1,Clinically shown,Clinically shown to improve the look of firmness.,proof-claim,proof,warn,firm-2025,backed,"FIRM-01 split-face study (in-vivo, panel 32, 4 weeks)"\r\n'
    )
  })

  it('keeps copy that starts like a formula from running in a spreadsheet', () => {
    const cwd = project({'page.md': '=HYPERLINK("https://example.com","x") cures acne, fast.\n'})
    const {stdout} = claimlint(cwd, ['inventory'])
    const [, record] = parseCsv(stdout)
    expect(record![header.indexOf('text')]).toBe('cures acne')
    expect(record![header.indexOf('sentence')]).toBe(`'=HYPERLINK("https://example.com","x") cures acne, fast.`)
    expect(stdout).toContain(`"'=HYPERLINK(""https://example.com"",""x"") cures acne, fast."`)
  })

  it('writes the report to --output-file, printing nothing', () => {
    const cwd = project({'claims.yaml': register, 'page.md': 'Clinically shown to improve the look of firmness.\n'})
    const {code, stdout, stderr} = claimlint(cwd, ['inventory', 'page.md', '-o', 'reports/claims.csv'])
    expect({code, stdout, stderr}).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(join(cwd, 'reports/claims.csv'), 'utf8')).toBe(
      `${header.join(',')}\r\npage.md,1,1,Clinically shown,Clinically shown to improve the look of firmness.,proof-claim,proof,warn,firm-2025,backed,"FIRM-01 split-face study (in-vivo, panel 32, 4 weeks)"\r\n`
    )
  })

  it('says a claim with a footnote on a page without a register is footnoted', () => {
    const cwd = project({'page.md': 'Clinically proven radiance.[^1]\n\n[^1]: A study of 30 women.\n\nDermatologist tested.\n'})
    expect(rows(claimlint(cwd, ['inventory', '-f', 'claims-json']).stdout).map((row) => `${row.text} ${row.status}`)).toEqual([
      'Clinically proven footnoted',
      'Dermatologist tested missing'
    ])
  })

  it('reads standard input and lists the same claims with worker threads', () => {
    const page = readFileSync(join(fixture, 'pages/firm-glow-serum.md'), 'utf8')
    const viaStdin = claimlint(fixture, ['inventory', '--stdin', '--stdin-filename', 'pages/firm-glow-serum.md', '-f', 'claims-json'], {input: page})
    expect(viaStdin.code).toBe(0)
    expect(rows(viaStdin.stdout).map(summary)).toEqual(expected.filter((line) => line.startsWith('pages/firm-glow-serum.md ')))
    const threaded = claimlint(fixture, ['inventory', 'pages', '--concurrency', '2', '-f', 'claims-json'])
    expect(rows(threaded.stdout).map(summary)).toEqual(expected)
  })

  it('is split over shards and joined with --merge-results, as CI matrices do', () => {
    const cwd = project({})
    for (const shard of ['1/2', '2/2']) {
      const part = join(cwd, `part-${shard[0]}.json`)
      expect(claimlint(fixture, ['inventory', 'pages', '--shard', shard, '-f', 'json', '-o', part]).code).toBe(0)
    }
    const merged = claimlint(cwd, ['--merge-results', 'part-1.json', 'part-2.json', '-f', 'claims-json'])
    const relative = rows(merged.stdout).map((row) => summary({...row, page: row.page.slice(row.page.indexOf('pages/'))}))
    expect(relative).toEqual(expected)
  })

  it('exits 2 with one line on a usage error or an unmatched path', () => {
    expect(claimlint(fixture, ['inventory', 'pages', '--fix'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'claimlint: Unexpected --fix with `claimlint inventory`, see `claimlint --help`\n'
    })
    expect(claimlint(fixture, ['inventory', 'pages', '--cache']).stderr).toBe('claimlint: Unexpected --cache with `claimlint inventory`, see `claimlint --help`\n')
    const missing = claimlint(fixture, ['inventory', 'nowhere/*.md'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('claimlint: no files matching the pattern `nowhere/*.md`\n')
  })

  it('is listed in --help', () => {
    const {stdout} = claimlint(fixture, ['--help'])
    expect(stdout).toContain('claimlint inventory [options] [paths, folders or globs...]')
    expect(stdout).toMatch(/\n {2}inventory {18}List every claim found/)
  })
})

describe('--format claims-csv and claims-json on an ordinary run', () => {
  it('list the claims while the exit code still follows the findings', () => {
    const {code, stdout} = claimlint(fixture, ['pages', '--format', 'claims-json'])
    expect(code).toBe(1)
    expect(rows(stdout).map(summary)).toEqual(readFileSync(join(fixture, 'inventory.expected.txt'), 'utf8').trim().split('\n'))
    expect(parseCsv(claimlint(fixture, ['pages', '--format', 'claims-csv']).stdout)[0]).toEqual(header)
  })

  it('leave other formats without an inventory', () => {
    const results = json(claimlint(fixture, ['pages', '--format', 'json']).stdout)
    expect(results.length).toBe(2)
    for (const result of results) expect(Object.keys(result)).not.toContain('claims')
  })

  it('are never served cached results, which carry no inventory', () => {
    const cwd = project({'claims.yaml': register, 'page.md': 'Clinically shown to improve the look of firmness.\n'})
    expect(claimlint(cwd, ['page.md', '--cache', '-f', 'json']).code).toBe(0)
    const {stdout} = claimlint(cwd, ['page.md', '--cache', '-f', 'claims-json'])
    expect(rows(stdout).map((row) => `${row.rule} ${row.status} ${row.register}`)).toEqual(['proof-claim backed firm-2025'])
  })
})

describe('the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const block = (language: string, after: string): string => {
    const start = readme.indexOf(`\`\`\`${language}\n`, readme.indexOf(after))
    return readme.slice(start + language.length + 4, readme.indexOf('```\n', start + 3))
  }

  it('shows the fixture register, the fixture page and the inventory the CLI prints for it', () => {
    expect(block('yaml', 'A complete register (`fixtures/register/claims.yaml`)')).toBe(register)
    expect(block('md', '`fixtures/register/pages/firm-glow-serum.md`, a US page')).toBe(readFileSync(join(fixture, 'pages/firm-glow-serum.md'), 'utf8'))
    const {stdout} = claimlint(fixture, ['inventory', 'pages/firm-glow-serum.md'])
    expect(block('csv', '`claimlint inventory pages/firm-glow-serum.md` in `fixtures/register` prints')).toBe(stdout.replaceAll('\r\n', '\n'))
  })
})
