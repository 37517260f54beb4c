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
      help: false,
      version: false
    })
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
