import {describe, expect, it} from 'vitest'
import {parseArguments} from './args.js'
import {UsageError} from './usage.js'

describe('parseArguments', () => {
  it('defaults to the stylish formatter, no warning limit and automatic colour', () => {
    expect(parseArguments([])).toEqual({
      patterns: [],
      stdin: false,
      format: 'stylish',
      maxWarnings: -1,
      quiet: false,
      debug: false,
      noConfig: false,
      init: false,
      ignore: true,
      ignorePatterns: [],
      fix: false,
      fixDryRun: false,
      reportUnusedDisableDirectives: false,
      concurrency: 1,
      cache: false,
      mergeResults: false,
      staged: false,
      inventory: false,
      help: false,
      version: false
    })
  })

  it('reads `inventory` as a subcommand only in first place, with the claims-csv formatter by default', () => {
    expect(parseArguments(['inventory', 'pages'])).toMatchObject({inventory: true, patterns: ['pages'], format: 'claims-csv'})
    expect(parseArguments(['inventory', '-f', 'claims-json', '-o', 'claims.json'])).toMatchObject({inventory: true, format: 'claims-json', outputFile: 'claims.json'})
    expect(parseArguments(['pages', 'inventory'])).toMatchObject({inventory: false, patterns: ['pages', 'inventory'], format: 'stylish'})
  })

  it('refuses options an inventory cannot honour, in one line', () => {
    for (const option of ['--fix', '--fix-dry-run', '--cache', '--quiet', '--baseline-write', '--merge-results']) {
      expect(() => parseArguments(['inventory', option, 'page.md'])).toThrow(`Unexpected ${option} with \`claimlint inventory\`, see \`claimlint --help\``)
    }
    expect(() => parseArguments(['inventory', '--max-warnings', '0'])).toThrow('Unexpected --max-warnings with `claimlint inventory`')
  })

  it('reads the speed and scale options', () => {
    expect(parseArguments(['--concurrency', 'auto', '--cache', '--cache-location', 'tmp/c', '--shard', '2/3', 'pages'])).toMatchObject({
      concurrency: 'auto',
      cache: true,
      cacheLocation: 'tmp/c',
      shard: {index: 2, count: 3}
    })
    expect(parseArguments(['--concurrency', '4']).concurrency).toBe(4)
  })

  it('rejects bad concurrency, shard and merge values with one line', () => {
    expect(() => parseArguments(['--concurrency', '0'])).toThrow('Unexpected --concurrency `0`, expected a positive whole number or auto')
    expect(() => parseArguments(['--shard', '3/2'])).toThrow('Unexpected --shard `3/2`, expected <i>/<n> with 1 ≤ i ≤ n, e.g. 2/4')
    expect(() => parseArguments(['--merge-results'])).toThrow(/--merge-results without JSON reports/)
  })

  it('reads the configuration, ignore and fix options', () => {
    const options = parseArguments([
      '-c', 'team.yaml', '--ignore-path', '.reviewignore', '--ignore-pattern', 'drafts/', '--ignore-pattern', '*.tmp.md',
      '--fix', '--report-unused-disable-directives', 'pages'
    ])
    expect(options).toMatchObject({
      config: 'team.yaml',
      ignorePath: '.reviewignore',
      ignorePatterns: ['drafts/', '*.tmp.md'],
      fix: true,
      reportUnusedDisableDirectives: true,
      patterns: ['pages']
    })
    expect(parseArguments(['--no-config', '--no-ignore', '--fix-dry-run'])).toMatchObject({noConfig: true, ignore: false, fixDryRun: true})
    expect(parseArguments(['--print-config', 'page.md']).printConfig).toBe('page.md')
    expect(parseArguments(['--init']).init).toBe(true)
  })

  it.each([
    [['--config', 'a.json', '--no-config'], 'Unexpected --config with --no-config, expected one of them'],
    [['--fix', '--fix-dry-run'], 'Unexpected --fix with --fix-dry-run, expected one of them'],
    [['--no-ignore', '--ignore-pattern', 'x'], 'Unexpected --ignore-path or --ignore-pattern with --no-ignore, expected one of them'],
    [['--print-config', 'a.md', 'b.md'], 'Unexpected paths or --stdin with --print-config, expected only the file whose configuration to print'],
    [['--init', 'pages'], 'Unexpected paths or --stdin with --init']
  ])('rejects the contradiction %j in one line', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(message)
  })

  it('reads paths, long and short options', () => {
    const options = parseArguments(['pages', '-f', 'json', '-o', 'report.json', '--max-warnings', '3', '--quiet', 'faq.txt'])
    expect(options).toMatchObject({patterns: ['pages', 'faq.txt'], format: 'json', outputFile: 'report.json', maxWarnings: 3, quiet: true})
  })

  it('reads --color and --no-color', () => {
    expect(parseArguments(['--color']).color).toBe(true)
    expect(parseArguments(['--no-color']).color).toBe(false)
    expect(parseArguments([]).color).toBeUndefined()
  })

  it('reads --stdin with --stdin-filename', () => {
    expect(parseArguments(['--stdin', '--stdin-filename', 'copy.md'])).toMatchObject({stdin: true, stdinFilename: 'copy.md'})
  })

  it('accepts --max-warnings 0 and -1', () => {
    expect(parseArguments(['--max-warnings', '0']).maxWarnings).toBe(0)
    expect(parseArguments(['--max-warnings=-1']).maxWarnings).toBe(-1)
    expect(parseArguments(['--max-warnings', '-1', 'page.md'])).toMatchObject({maxWarnings: -1, patterns: ['page.md']})
  })

  it.each([['abc'], ['1.5'], ['-2'], ['']])('rejects --max-warnings %j in one line', (value) => {
    expect(() => parseArguments(['--max-warnings', value])).toThrow(UsageError)
    expect(() => parseArguments(['--max-warnings', value])).toThrow(/^Unexpected value `.*` for --max-warnings, expected a whole number/)
  })

  it('rejects an unknown option with its name, in one line', () => {
    expect(() => parseArguments(['--fix-everything'])).toThrow('Unexpected option `--fix-everything`, see `claimlint --help`')
  })

  it('rejects an option that misses its value, in one line', () => {
    let message = ''
    try {
      parseArguments(['--format'])
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/--format/)
    expect(message).not.toContain('\n')
  })

  it('rejects --stdin-filename without --stdin, and paths with --stdin', () => {
    expect(() => parseArguments(['--stdin-filename', 'copy.md'])).toThrow('Unexpected --stdin-filename without --stdin')
    expect(() => parseArguments(['--stdin', 'page.md'])).toThrow(/^Unexpected path `page.md` with --stdin/)
  })

  it('lets --help and --version through whatever else is given', () => {
    expect(parseArguments(['--stdin', 'page.md', '-h']).help).toBe(true)
    expect(parseArguments(['-v']).version).toBe(true)
  })
})
