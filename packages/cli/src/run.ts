/**
 * One claimlint run: parse arguments, load the formatter, find and read the
 * files, lint, report, and compute the exit code as ESLint does. Everything
 * the process provides is injected, so tests can run it in-process.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import type {LintResult} from '@claimlint/core'
import {helpText, parseArguments, type CliOptions} from './args.js'
import {displayPath, findFiles, readStream, readText, ReadError} from './files.js'
import {loadFormatter} from './formatters.js'
import {UsageError} from './usage.js'

/** Somewhere to write text: `process.stdout` or a test double. */
export interface Output {
  write(chunk: string): unknown
  /** Whether it is a terminal (decides colours by default). */
  isTTY?: boolean
}

/** What the process provides to a run. */
export interface RunOptions {
  /** Arguments without `node` and the script. */
  argv: readonly string[]
  cwd: string
  /** Standard input; only read with `--stdin`. */
  stdin?: AsyncIterable<Uint8Array | string>
  stdout: Output
  stderr: Output
  /** Environment variables (`NO_COLOR`); default none. */
  env?: Readonly<Record<string, string | undefined>>
}

/** Exit codes, as ESLint's. */
export const exitCodes = {ok: 0, problems: 1, failure: 2} as const

/** Run claimlint once and return the exit code; never exits the process. */
export async function run(options: RunOptions): Promise<number> {
  const {stderr} = options
  const fail = (error: unknown, debug: boolean): number => {
    const message = error instanceof Error ? error.message : String(error)
    stderr.write(`claimlint: ${message}\n`)
    if (debug && error instanceof Error && !(error instanceof UsageError)) stderr.write(`${stackOf(error)}\n`)
    return exitCodes.failure
  }
  let cli: CliOptions
  try {
    cli = parseArguments(options.argv)
  } catch (error) {
    return fail(error, options.argv.includes('--debug'))
  }
  try {
    return await lintAndReport(cli, options, (error) => fail(error, cli.debug))
  } catch (error) {
    return fail(error, cli.debug)
  }
}

async function lintAndReport(cli: CliOptions, options: RunOptions, fail: (error: unknown) => number): Promise<number> {
  const {cwd, stdout, stderr} = options
  if (cli.help) {
    stdout.write(helpText)
    return exitCodes.ok
  }
  if (cli.version) {
    stdout.write(`${await version()}\n`)
    return exitCodes.ok
  }

  // Set-up problems come first, before any file is read.
  const formatter = await loadFormatter(cli.format, cwd)
  // Core and the rules pull in the Markdown parser: load them only once a
  // run needs them, so `--help`, `--version` and usage errors stay instant.
  const [{Linter, toResult}, {rules, presets}] = await Promise.all([import('@claimlint/core'), import('@claimlint/rules')])
  const linter = new Linter({rules, settings: presets.recommended ?? {}})

  const results: LintResult[] = []
  let failed = false
  const lintText = (value: string, filePath: string): void => {
    results.push(toResult(linter.lint({value, path: filePath}), {filePath}))
  }

  if (cli.stdin) {
    // ESLint's name for unnamed standard input.
    const filePath = cli.stdinFilename === undefined ? '<text>' : resolve(cwd, cli.stdinFilename)
    const name = cli.stdinFilename ?? '<stdin>'
    try {
      lintText(await readStream(options.stdin ?? [], name), filePath)
    } catch (error) {
      if (!(error instanceof ReadError)) throw error
      fail(error)
      failed = true
    }
  } else {
    const {files, unmatched} = await findFiles(cli.patterns, cwd)
    if (unmatched.length > 0) {
      for (const pattern of unmatched) stderr.write(`claimlint: no files matching the pattern \`${pattern}\`\n`)
      return exitCodes.failure
    }
    for (const file of files) {
      const name = displayPath(file, cwd)
      try {
        lintText(await readText(file, name), file)
      } catch (error) {
        // One unreadable file must not hide the findings in the others.
        fail(error instanceof ReadError ? error : new Error(`cannot lint ${name}: ${messageOf(error)}`, {cause: error}))
        failed = true
      }
    }
  }

  const errorCount = sum(results, (result) => result.errorCount)
  const warningCount = sum(results, (result) => result.warningCount)
  const shown = cli.quiet ? errorResults(results) : results
  const color = cli.color ?? (cli.outputFile === undefined && stdout.isTTY === true && !options.env?.NO_COLOR)
  const rulesMeta = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta]))
  const report = await formatter(shown, {cwd, color, rulesMeta, version: await version()})

  if (cli.outputFile === undefined) {
    if (report) stdout.write(report)
  } else if (!(await writeReport(resolve(cwd, cli.outputFile), report, cli.outputFile, fail))) {
    return exitCodes.failure
  }

  // As in ESLint, warnings count against --max-warnings even with --quiet.
  const tooManyWarnings = cli.maxWarnings >= 0 && warningCount > cli.maxWarnings
  if (tooManyWarnings) stderr.write(`claimlint: too many warnings (${warningCount}, maximum ${cli.maxWarnings})\n`)
  if (failed) return exitCodes.failure
  return errorCount > 0 || tooManyWarnings ? exitCodes.problems : exitCodes.ok
}

/** Keep only errors, as ESLint's `getErrorResults` does for `--quiet`. */
function errorResults(results: readonly LintResult[]): LintResult[] {
  const kept: LintResult[] = []
  for (const result of results) {
    const messages = result.messages.filter((message) => message.severity === 2)
    if (messages.length === 0) continue
    kept.push({
      ...result,
      messages,
      suppressedMessages: result.suppressedMessages.filter((message) => message.severity === 2),
      warningCount: 0,
      fixableWarningCount: 0
    })
  }
  return kept
}

async function writeReport(path: string, report: string, name: string, fail: (error: unknown) => number): Promise<boolean> {
  try {
    await mkdir(dirname(path), {recursive: true})
    await writeFile(path, report)
    return true
  } catch (error) {
    fail(new Error(`cannot write ${name}: ${messageOf(error)}`, {cause: error}))
    return false
  }
}

async function version(): Promise<string> {
  // `../package.json` is the package root from both src/ and dist/.
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}

function sum(results: readonly LintResult[], count: (result: LintResult) => number): number {
  return results.reduce((total, result) => total + count(result), 0)
}

function messageOf(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message.split('\n')[0]! : String(error)
}

function stackOf(error: Error): string {
  const cause = error.cause instanceof Error ? `\n[cause]: ${error.cause.stack ?? error.cause.message}` : ''
  return `${error.stack ?? error.message}${cause}`
}
