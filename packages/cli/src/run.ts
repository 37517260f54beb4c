/**
 * One claimlint run: parse arguments, load the formatter, find the files and
 * their configurations, skip ignored ones, read, lint (and fix), report, and
 * compute the exit code as ESLint does. Everything
 * the process provides is injected, so tests can run it in-process.
 */
import {mkdirSync, readFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import type {LintResult} from '@claimlint/core'
import {helpText, parseArguments, type CliOptions} from './args.js'
import {displayPath, findFiles, readStream, ReadError} from './files.js'
import {lintFile, lintText, messageOf, type FixMode, type Outcome} from './lint-job.js'
import {workerCount} from './concurrency.js'
import {letYoungGenerationGrow, manyFiles} from './young-generation.js'
import type {LintPool} from './pool.js'
import type {WorkerSetup} from './worker-main.js'
import {Progress, showsProgress} from './progress.js'
import {loadFormatter, type LoadedFormatter} from './formatters.js'
import type {Setup} from './configurations.js'
import {isReport, writeReportFile, writeReportTo, type Report} from './report-output.js'
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
    const cleanups: Array<() => Promise<void>> = []
    try {
      return await lintAndReport(cli, options, (error) => fail(error, cli.debug), cleanups)
    } finally {
      // Worker threads started early (see below) stop however the run ends.
      await Promise.all(cleanups.map((cleanup) => cleanup()))
    }
  } catch (error) {
    return fail(error, cli.debug)
  }
}

async function lintAndReport(
  cli: CliOptions,
  options: RunOptions,
  fail: (error: unknown) => number,
  cleanups: Array<() => Promise<void>>
): Promise<number> {
  const {cwd, stdout, stderr} = options
  if (cli.help) {
    stdout.write(helpText)
    return exitCodes.ok
  }
  if (cli.version) {
    stdout.write(`${await version()}\n`)
    return exitCodes.ok
  }
  if (cli.init) {
    const {writeStarterConfig} = await import('./init.js')
    stdout.write(`Wrote ${await writeStarterConfig(cwd)}\n`)
    return exitCodes.ok
  }
  const display = (path: string): string => displayPath(path, cwd)
  if (cli.mergeResults) return mergeAndReport(cli, options)

  // Set-up problems come first, before any file is read.
  const formatter = cli.printConfig === undefined ? await loadFormatter(cli.format, cwd) : undefined
  // Core, the rules and configuration loading pull in the Markdown parser:
  // load them only once a run needs them, so `--help`, `--version` and usage
  // errors stay instant.
  const [{rules, presets, jurisdictionPresets}, {Configurations}] = await Promise.all([
    import('@claimlint/rules'),
    import('./configurations.js')
  ])
  const configurations = await Configurations.create({
    cwd,
    builtIns: {rules, presets, jurisdictionPresets},
    noConfig: cli.noConfig,
    ...(cli.config === undefined ? {} : {configPath: resolve(cwd, cli.config)}),
    reportUnusedDirectives: cli.reportUnusedDisableDirectives,
    display
  })
  if (cli.printConfig !== undefined) {
    const {printableConfig} = await import('./config-resolve.js')
    const config = await configurations.configFor(resolve(cwd, cli.printConfig))
    stdout.write(`${JSON.stringify(printableConfig(config), null, 2)}\n`)
    return exitCodes.ok
  }
  // --baseline is read at set-up: a missing or broken baseline stops the run before any file is linted.
  const baselinePath = cli.baseline === undefined ? undefined : resolve(cwd, cli.baseline)
  const baseline = baselinePath === undefined ? undefined : await (await import('./baseline.js')).readBaseline(baselinePath, cli.baseline!)
  // --changed-since: the lines each file changed since the ref; unchanged files are not even linted.
  const changed = cli.changedSince === undefined
    ? undefined
    : await (await import('./changed-lines.js')).changedSince({ref: cli.changedSince, cwd, staged: cli.staged})
  const {IgnoreMatcher} = await import('./ignore-files.js')
  const ignores = await IgnoreMatcher.create({
    cwd,
    enabled: cli.ignore,
    ...(cli.ignorePath === undefined ? {} : {ignorePath: cli.ignorePath}),
    patterns: cli.ignorePatterns,
    display
  })

  // Plan every file, resolving its configuration, before reading any: a
  // broken configuration stops the run before a single file is written.
  const jobs: Job[] = []
  let unreadableFolders = false
  let pool: LintPool | undefined
  if (cli.stdin) {
    // ESLint's name for unnamed standard input.
    const filePath = cli.stdinFilename === undefined ? '<text>' : resolve(cwd, cli.stdinFilename)
    const lookup = resolve(cwd, cli.stdinFilename ?? '<stdin>')
    const ignored = cli.stdinFilename !== undefined && (await ignores.ignores(lookup, await configurations.locate(lookup)))
    jobs.push({filePath, name: cli.stdinFilename ?? '<stdin>', ignored, setup: await configurations.setupFor(lookup)})
  } else {
    // `claimlint --staged` without paths: the staged Markdown and text files, as `git commit` would record them.
    const found = cli.staged && cli.patterns.length === 0
      ? {files: await (await import('./staged.js')).stagedFiles(cwd), unmatched: [], explicit: new Set<string>(), expanded: []}
      : await findFiles(cli.patterns, cwd)
    const {unmatched, explicit, expanded} = found
    // An unreadable folder is named in one line; the other files are still linted (issue 7).
    for (const problem of 'unreadable' in found ? found.unreadable : []) {
      stderr.write(`claimlint: ${problem}\n`)
      unreadableFolders = true
    }
    // A shard lints its share of the catalogue; the split is by path, so every CI job agrees on it.
    const sharded = cli.shard ? (await import('./shard.js')).shardFiles(found.files, cli.shard) : found.files
    const files = changed ? sharded.filter((file) => changed.has(file)) : sharded
    // Workers start now, so loading the linter in each overlaps with checking
    // every file's configuration below (issue 6); a cached run lints in this
    // thread, and so does `--staged`, which lints the index.
    const caching = cli.cache && !cli.fix && !cli.fixDryRun && !(cli.inventory || formatter?.needsClaims === true)
    const early = workerCount(cli.concurrency, files.length)
    if (early > 1 && !caching && !cli.staged && unmatched.length === 0) {
      const {LintPool} = await import('./pool.js')
      const started = LintPool.start(early, workerSetup(cli, cwd, modeOf(cli, formatter)))
      pool = started
      cleanups.push(() => started.close())
    }
    if (unmatched.length > 0) {
      for (const pattern of unmatched) stderr.write(`claimlint: no files matching the pattern \`${pattern}\`\n`)
      return exitCodes.failure
    }
    const skipped = new Set<string>()
    for (const file of files) {
      if (await ignores.ignores(file, await configurations.locate(file))) {
        // As in ESLint: a file named explicitly gets a warning, others are skipped silently.
        if (explicit.has(file)) jobs.push({filePath: file, name: display(file), ignored: true})
        skipped.add(file)
        continue
      }
      jobs.push({filePath: file, name: display(file), ignored: false, setup: await configurations.setupFor(file)})
    }
    const allIgnored = expanded.filter(({files: matched}) => matched.every((file) => skipped.has(file)))
    if (allIgnored.length > 0) {
      for (const {pattern} of allIgnored) stderr.write(`claimlint: all files matching the pattern \`${pattern}\` are ignored, use --no-ignore to lint them\n`)
      return exitCodes.failure
    }
  }

  const results: LintResult[] = []
  let failed = unreadableFolders
  let fixedStdin: string | undefined
  const mode = modeOf(cli, formatter)
  let progress: Progress | undefined
  const take = (outcome: Outcome): void => {
    if (outcome.result) results.push(outcome.result)
    if (outcome.failure !== undefined) {
      progress?.clear()
      stderr.write(`claimlint: ${outcome.failure}\n`)
      if (cli.debug && outcome.stack) stderr.write(`${outcome.stack}\n`)
      failed = true
    }
  }
  if (cli.stdin) {
    const job = jobs[0]!
    let value: string | undefined
    try {
      value = await readStream(options.stdin ?? [], job.name)
    } catch (error) {
      if (!(error instanceof ReadError)) throw error
      fail(error)
      failed = true
    }
    if (value !== undefined && (job.ignored || !job.setup)) {
      // Ignored standard input passes through `--fix` unchanged.
      fixedStdin = value
      results.push(ignoredResult(job.filePath))
    } else if (value !== undefined) {
      const {result, output} = await lintText(job.setup!.linter, value, job.filePath, mode)
      fixedStdin = output
      results.push(result)
    }
  } else if (cli.staged) {
    const {lintStaged, readStaged} = await import('./staged.js')
    const staged = await readStaged(jobs.map((job) => job.filePath), cwd, display)
    for (const job of jobs) {
      const text = staged.get(job.filePath)
      // A file that is not in the index has nothing to commit.
      if (text === undefined) continue
      if (job.ignored || !job.setup) results.push(ignoredResult(job.filePath))
      else take(await lintStaged(job, text, job.setup.linter, mode))
    }
  } else {
    const toLint = jobs.filter((job) => !job.ignored && job.setup)
    if (toLint.length > manyFiles) letYoungGenerationGrow()
    if (showsProgress({files: toLint.length, isTTY: stderr.isTTY, env: options.env ?? {}})) {
      progress = new Progress((text) => stderr.write(text), toLint.length)
    }
    const workers = workerCount(cli.concurrency, toLint.length)
    // Cached results carry no claims inventory: an inventory run lints every file.
    const cache = cli.cache && !cli.fix && !cli.fixDryRun && !mode.inventory
      ? await (async () => {
          // Loaded only with --cache: hashing needs node:crypto, which a plain run does not.
          const {defaultCacheFile, LintCache} = await import('./cache.js')
          return LintCache.load(resolve(cwd, cli.cacheLocation ?? defaultCacheFile), await version(), rules)
        })()
      : undefined
    const outcomes = new Map<Job, Outcome>()
    if (workers > 1 && !cache) {
      let workerPool = pool
      if (!workerPool) {
        const {LintPool} = await import('./pool.js')
        const started = LintPool.start(workers, workerSetup(cli, cwd, mode))
        cleanups.push(() => started.close())
        workerPool = started
      }
      const list = await workerPool.lint(toLint, () => progress?.tick())
      toLint.forEach((job, index) => outcomes.set(job, list[index]!))
    }
    for (const job of jobs) {
      if (job.ignored || !job.setup) {
        results.push(ignoredResult(job.filePath))
      } else if (outcomes.has(job)) {
        take(outcomes.get(job)!)
      } else {
        take(await lintFile(job, job.setup, mode, cache))
        progress?.tick()
      }
    }
    progress?.clear()
    await cache?.save()
  }

  if (cli.baselineWrite !== undefined) {
    // A baseline missing the findings of an unreadable file would report them as new once it is fixed.
    if (failed) {
      stderr.write(`claimlint: ${cli.baselineWrite} not written, as some files could not be linted\n`)
      return exitCodes.failure
    }
    const {writeBaseline} = await import('./baseline.js')
    const size = await writeBaseline(results, resolve(cwd, cli.baselineWrite))
    stdout.write(`Wrote ${cli.baselineWrite} (${size.findings} ${size.findings === 1 ? 'finding' : 'findings'} in ${size.files} ${size.files === 1 ? 'file' : 'files'})\n`)
    return exitCodes.ok
  }
  // --changed-since and --baseline narrow the report, and with it the exit code.
  let reported: LintResult[] = results
  if (changed) reported = (await import('./changed-lines.js')).keepChangedLines(reported, changed)
  if (baseline) reported = (await import('./baseline.js')).subtractBaseline(reported, baseline, baselinePath!)

  const errorCount = sum(reported, (result) => result.errorCount)
  const warningCount = sum(reported, (result) => result.warningCount)
  const shown = cli.quiet ? errorResults(reported) : reported
  // `--fix --stdin` prints the fixed text on standard output, so the report
  // goes to standard error (or --output-file) and the text can be piped on.
  const textOut = cli.stdin && cli.fix
  const reportTo = textOut ? stderr : stdout
  const color = cli.color ?? (cli.outputFile === undefined && reportTo.isTTY === true && !options.env?.NO_COLOR)
  const context = {cwd, color, rulesMeta: configurations.rulesMeta(), version: await version()}
  const report = formatter!.chunks ? await formatter!.chunks(shown, context) : await formatter!(shown, context)

  if (textOut && fixedStdin !== undefined) stdout.write(fixedStdin)
  if (cli.outputFile === undefined) {
    // A streamed report (report-output.ts) is written chunk by chunk.
    if (isReport(report)) await writeReportTo(report, (text) => reportTo.write(text))
    else if (report) reportTo.write(report)
  } else if (!(await writeReport(resolve(cwd, cli.outputFile), report, cli.outputFile, fail))) {
    return exitCodes.failure
  }

  // As in ESLint, warnings count against --max-warnings even with --quiet.
  const tooManyWarnings = cli.maxWarnings >= 0 && warningCount > cli.maxWarnings
  if (tooManyWarnings) stderr.write(`claimlint: too many warnings (${warningCount}, maximum ${cli.maxWarnings})\n`)
  if (failed) return exitCodes.failure
  // An inventory is a report, not a gate: what it lists does not fail the run.
  if (cli.inventory) return exitCodes.ok
  return errorCount > 0 || tooManyWarnings ? exitCodes.problems : exitCodes.ok
}

/** `--merge-results`: report the merged JSON reports of shards in the chosen format. */
async function mergeAndReport(cli: CliOptions, options: RunOptions): Promise<number> {
  const {cwd, stdout} = options
  const formatter = await loadFormatter(cli.format, cwd)
  const [{mergeResults}, {rules}] = await Promise.all([import('./merge.js'), import('@claimlint/rules')])
  const results = await mergeResults(cli.patterns, cwd)
  const shown = cli.quiet ? errorResults(results) : results
  const color = cli.color ?? (cli.outputFile === undefined && stdout.isTTY === true && !options.env?.NO_COLOR)
  const rulesMeta = Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta]))
  const context = {cwd, color, rulesMeta, version: await version()}
  const text = formatter.chunks ? await formatter.chunks(shown, context) : await formatter(shown, context)
  if (cli.outputFile === undefined) await writeReportTo(text, (chunk) => stdout.write(chunk))
  else await writeReportFile(resolve(cwd, cli.outputFile), text)
  const errors = sum(results, (result) => result.errorCount)
  const warnings = sum(results, (result) => result.warningCount)
  return errors > 0 || (cli.maxWarnings >= 0 && warnings > cli.maxWarnings) ? exitCodes.problems : exitCodes.ok
}

/** One file to lint, or to report as ignored. */
interface Job {
  filePath: string
  /** The file as shown to the user. */
  name: string
  ignored: boolean
  setup?: Setup
}

/** ESLint's warning for an ignored file named on the command line. */
export const ignoredMessage = 'File ignored because of a matching ignore pattern. Use "--no-ignore" to override.'

function ignoredResult(filePath: string): LintResult {
  return {
    filePath,
    messages: [{ruleId: null, severity: 1, message: ignoredMessage, line: 1, column: 1, source: 'claimlint'}],
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 1,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0
  }
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

async function writeReport(path: string, report: Report, name: string, fail: (error: unknown) => number): Promise<boolean> {
  try {
    mkdirSync(dirname(path), {recursive: true})
    await writeReportFile(path, report)
    return true
  } catch (error) {
    fail(new Error(`cannot write ${name}: ${messageOf(error)}`, {cause: error}))
    return false
  }
}

/** What each file is linted for: fixes, and what the formatter needs in results. */
function modeOf(cli: CliOptions, formatter: LoadedFormatter | undefined): FixMode {
  return {fix: cli.fix, fixDryRun: cli.fixDryRun, includeSource: formatter?.needsSource === true, inventory: cli.inventory || formatter?.needsClaims === true}
}

/** What a lint worker needs to find configurations the way this thread does. */
function workerSetup(cli: CliOptions, cwd: string, mode: FixMode): WorkerSetup {
  return {
    configurations: {cwd, noConfig: cli.noConfig, reportUnusedDirectives: cli.reportUnusedDisableDirectives, ...(cli.config === undefined ? {} : {configPath: resolve(cwd, cli.config)})},
    mode
  }
}

async function version(): Promise<string> {
  // `../package.json` is the package root from both src/ and dist/.
  // The bundle (scripts/bundle.js) inlines the version; dist/ and src/ read it.
  const bundled = process.env.CLAIMLINT_BUNDLED_VERSION
  if (bundled) return bundled
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}

function sum(results: readonly LintResult[], count: (result: LintResult) => number): number {
  return results.reduce((total, result) => total + count(result), 0)
}


function stackOf(error: Error): string {
  const cause = error.cause instanceof Error ? `\n[cause]: ${error.cause.stack ?? error.cause.message}` : ''
  return `${error.stack ?? error.message}${cause}`
}
