/**
 * Command-line arguments, parsed with `node:util` `parseArgs` (no CLI
 * framework: it would cost start-up time in pre-commit hooks for little gain).
 */
import {parseArgs} from 'node:util'
import {parseConcurrency} from './concurrency.js'
import {parseShard, type Shard} from './shard.js'
import {UsageError} from './usage.js'

/** The default baseline file (baseline.ts), repeated here so parsing arguments loads nothing else. */
const defaultBaselineFile = '.claimlint-baseline.json'

/** Everything the command line can ask for. */
export interface CliOptions {
  /** Paths, folders and globs; empty means the default pattern under the cwd. */
  patterns: string[]
  /** Read the text to lint from standard input. */
  stdin: boolean
  /** Name of the standard input, for messages and to pick Markdown or text. */
  stdinFilename?: string
  /** Formatter name, package or path. */
  format: string
  /** Write the report here instead of standard output. */
  outputFile?: string
  /** Most warnings allowed before exiting with 1; -1 means no limit. */
  maxWarnings: number
  /** Report errors only. */
  quiet: boolean
  /** Force colours on or off; undefined lets the CLI decide from the terminal. */
  color?: boolean
  /** Show stack traces of crashes and unreadable files. */
  debug: boolean
  /** `--config`: use this configuration file for every file. */
  config?: string
  /** `--no-config`: ignore configuration files. */
  noConfig: boolean
  /** `--print-config`: print the configuration of this file and lint nothing. */
  printConfig?: string
  /** `--init`: write a starter `.claimlintrc.yaml`. */
  init: boolean
  /** False with `--no-ignore`. */
  ignore: boolean
  /** `--ignore-path`: use this file instead of `.claimlintignore` files. */
  ignorePath?: string
  /** `--ignore-pattern`, repeatable. */
  ignorePatterns: string[]
  /** Apply fixes and write the files (with --stdin: print the fixed text). */
  fix: boolean
  /** Apply fixes in memory and put the text in the results' `output`. */
  fixDryRun: boolean
  /** Report control comments that silence nothing. */
  reportUnusedDisableDirectives: boolean
  /** `--concurrency`: worker threads, or auto (half the cores, on larger runs). */
  concurrency: number | 'auto'
  /** `--cache`: reuse results of unchanged files. */
  cache: boolean
  /** `--cache-location`: the cache file (default `.claimlintcache` in the cwd). */
  cacheLocation?: string
  /** `--shard i/n`: lint only this share of the files. */
  shard?: Shard
  /** `--merge-results`: the positionals are JSON reports of shards to merge. */
  mergeResults: boolean
  /** `--changed-since <ref>`: report only findings on lines changed since this git ref. */
  changedSince?: string
  /** `--baseline[=<file>]`: report only findings not recorded in this baseline file. */
  baseline?: string
  /** `--baseline-write[=<file>]`: record today's findings in this baseline file. */
  baselineWrite?: string
  /** `--staged`: lint the staged (index) content of files, for pre-commit hooks. */
  staged: boolean
  /** `claimlint inventory`: list every claim found (the claims inventory) instead of gating on findings. */
  inventory: boolean
  help: boolean
  version: boolean
}

const config = {
  options: {
    stdin: {type: 'boolean'},
    'stdin-filename': {type: 'string'},
    format: {type: 'string', short: 'f'},
    'output-file': {type: 'string', short: 'o'},
    'max-warnings': {type: 'string'},
    quiet: {type: 'boolean'},
    color: {type: 'boolean'},
    debug: {type: 'boolean'},
    config: {type: 'string', short: 'c'},
    // Declared so that `--no-config` is known; parseArgs stores it as `config: false`,
    // which a later `--config x` would overwrite, so `parseArguments` reads it from argv.
    'no-config': {type: 'boolean'},
    'print-config': {type: 'string'},
    init: {type: 'boolean'},
    ignore: {type: 'boolean'},
    'ignore-path': {type: 'string'},
    'ignore-pattern': {type: 'string', multiple: true},
    fix: {type: 'boolean'},
    'fix-dry-run': {type: 'boolean'},
    'report-unused-disable-directives': {type: 'boolean'},
    concurrency: {type: 'string'},
    cache: {type: 'boolean'},
    'cache-location': {type: 'string'},
    shard: {type: 'string'},
    'merge-results': {type: 'boolean'},
    'changed-since': {type: 'string'},
    baseline: {type: 'string'},
    'baseline-write': {type: 'string'},
    staged: {type: 'boolean'},
    help: {type: 'boolean', short: 'h'},
    version: {type: 'boolean', short: 'v'}
  },
  allowPositionals: true,
  // `--no-color`, `--no-config`, `--no-ignore` (and `--no-quiet` etc., which a wrapper script may append).
  allowNegative: true,
  strict: true
} as const

/** The `--help` text. */
export const helpText = `Usage: claimlint [options] [paths, folders or globs...]
       claimlint inventory [options] [paths, folders or globs...]

Lint cosmetic and skincare product copy for regulatory claims. Without paths,
lints every *.md, *.markdown, *.mdx and *.txt under the current folder, minus
node_modules and what .gitignore files ignore.

Options:
  --stdin                    Lint text read from standard input
  --stdin-filename <name>    Name of the standard input (picks Markdown or text)
  -f, --format <name>        Formatter: stylish (default), json, a package or a path
  -o, --output-file <path>   Write the report to a file
  --max-warnings <n>         Exit with 1 when there are more than n warnings
  --quiet                    Report errors only
  --color, --no-color        Force colours on or off
  --debug                    Show stack traces

Configuration:
  -c, --config <path>        Use this configuration file for every file
  --no-config                Ignore configuration files (recommended, US)
  --print-config <file>      Print the configuration of a file as JSON
  --init                     Write a starter .claimlintrc.yaml

Ignoring files:
  --ignore-path <file>       Use this file instead of .claimlintignore files
  --ignore-pattern <glob>    Ignore files matching a glob (repeatable)
  --no-ignore                Lint ignored files too

Fixing and control comments:
  --fix                      Fix what can be fixed and write the files; with
                             --stdin, print the fixed text instead
  --fix-dry-run              Fix in memory: the fixed text goes in the JSON
                             results' output
  --report-unused-disable-directives
                             Report claimlint comments that silence nothing

Speed and scale:
  --concurrency <n|auto>     Lint in n worker threads (auto: half the cores)
  --cache                    Reuse results of unchanged files
  --cache-location <path>    Cache file (default .claimlintcache)
  --shard <i>/<n>            Lint only shard i of n (for CI matrices)
  --merge-results            Merge the JSON reports given as paths into one
                             report in --format

Adopting on existing copy:
  --changed-since <ref>      Report only findings on lines added or changed
                             since a git ref (e.g. origin/main); unchanged
                             files are not linted
  --baseline[=<file>]        Report only findings not recorded in the
                             baseline (default .claimlint-baseline.json)
  --baseline-write[=<file>]  Record today's findings as the baseline
  --staged                   Lint the staged content of files (git index),
                             for pre-commit hooks; without paths, every
                             staged Markdown or text file

Claims inventory:
  inventory                  List every claim found, reported or not (backed
                             by the claims register), with its rule, family,
                             severity, register entry and evidence status:
                             CSV by default, or --format claims-json. Exits 0
                             whatever it finds. --format claims-csv or
                             claims-json on a normal run lists them too

  -v, --version              Print the version
  -h, --help                 Print this help

Exit codes: 0 no errors, 1 errors or too many warnings, 2 a usage error, an
unreadable file or a crash; \`claimlint inventory\` exits 0 or 2.
`

/** Parse arguments (without `node` and the script), or throw a one-line UsageError. */
export function parseArguments(argv: readonly string[]): CliOptions {
  // `claimlint inventory …`: a subcommand, so a folder named `inventory` is linted as `./inventory`.
  const inventory = argv[0] === 'inventory'
  const args = defaultBaselineFiles(joinNegativeNumbers(inventory ? argv.slice(1) : argv))
  let parsed
  try {
    parsed = parseArgs({...config, args})
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
  const {values, positionals} = parsed
  const options: CliOptions = {
    patterns: positionals,
    stdin: values.stdin ?? false,
    format: values.format ?? (inventory ? 'claims-csv' : 'stylish'),
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    quiet: values.quiet ?? false,
    debug: values.debug ?? false,
    noConfig: argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length).includes('--no-config'),
    init: values.init ?? false,
    ignore: values.ignore ?? true,
    ignorePatterns: values['ignore-pattern'] ?? [],
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    concurrency: values.concurrency === undefined ? 1 : parseConcurrency(values.concurrency),
    cache: values.cache ?? false,
    mergeResults: values['merge-results'] ?? false,
    staged: values.staged ?? false,
    inventory,
    help: values.help ?? false,
    version: values.version ?? false
  }
  if (values['stdin-filename'] !== undefined) options.stdinFilename = values['stdin-filename']
  if (values['output-file'] !== undefined) options.outputFile = values['output-file']
  if (values.color !== undefined) options.color = values.color
  // `--no-config` arrives as `config: false` (allowNegative), `--config x` as a string.
  const configValue = values.config as string | boolean | undefined
  if (typeof configValue === 'string') options.config = configValue
  if (values['print-config'] !== undefined) options.printConfig = values['print-config']
  if (values['ignore-path'] !== undefined) options.ignorePath = values['ignore-path']
  if (values['cache-location'] !== undefined) options.cacheLocation = values['cache-location']
  if (values.shard !== undefined) options.shard = parseShard(values.shard)
  if (values['changed-since'] !== undefined) options.changedSince = values['changed-since']
  if (values.baseline !== undefined) options.baseline = values.baseline
  if (values['baseline-write'] !== undefined) options.baselineWrite = values['baseline-write']
  if (options.help || options.version) return options
  if (options.mergeResults && (options.stdin || options.patterns.length === 0)) {
    throw new UsageError('Unexpected --merge-results without JSON reports, expected the paths of --format json outputs')
  }

  if (options.config === '') throw new UsageError('Unexpected empty value for --config, expected a path')
  const named = argv.some((arg) => arg === '--config' || arg === '-c' || arg.startsWith('--config=') || /^-c./.test(arg))
  if (named && options.noConfig) throw new UsageError('Unexpected --config with --no-config, expected one of them')
  if (options.printConfig === '') throw new UsageError('Unexpected empty value for --print-config, expected a file')
  if (options.printConfig !== undefined && (options.stdin || options.patterns.length > 0)) {
    throw new UsageError('Unexpected paths or --stdin with --print-config, expected only the file whose configuration to print')
  }
  if (options.init && (options.stdin || options.patterns.length > 0)) throw new UsageError('Unexpected paths or --stdin with --init')
  if (options.ignorePath === '') throw new UsageError('Unexpected empty value for --ignore-path, expected a file')
  if (!options.ignore && (options.ignorePath !== undefined || options.ignorePatterns.length > 0)) {
    throw new UsageError('Unexpected --ignore-path or --ignore-pattern with --no-ignore, expected one of them')
  }
  if (options.fix && options.fixDryRun) throw new UsageError('Unexpected --fix with --fix-dry-run, expected one of them')

  if (options.format === '') throw new UsageError('Unexpected empty value for --format, expected a formatter name, package or path')
  if (options.outputFile === '') throw new UsageError('Unexpected empty value for --output-file, expected a path')
  // Silently ignoring these (as ESLint does) hides a broken pre-commit hook.
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('Unexpected --stdin-filename without --stdin')
  if (options.stdin && options.patterns.length > 0) {
    throw new UsageError(`Unexpected path \`${options.patterns[0]}\` with --stdin, expected either paths or --stdin`)
  }
  checkAdoptionOptions(options)
  if (inventory) checkInventoryOptions(options)
  return options
}

/**
 * Options that make no sense for an inventory, which lists claims and
 * neither gates (exit codes, warnings) nor changes files: refused, not ignored.
 * `--cache` is refused too: cached results carry no inventory.
 */
function checkInventoryOptions(options: CliOptions): void {
  const refused: Readonly<Record<string, boolean>> = {
    '--fix': options.fix,
    '--fix-dry-run': options.fixDryRun,
    '--cache': options.cache,
    '--max-warnings': options.maxWarnings !== -1,
    '--quiet': options.quiet,
    '--changed-since': options.changedSince !== undefined,
    '--baseline': options.baseline !== undefined,
    '--baseline-write': options.baselineWrite !== undefined,
    '--merge-results': options.mergeResults,
    '--init': options.init,
    '--print-config': options.printConfig !== undefined
  }
  const used = Object.keys(refused).find((option) => refused[option])
  if (used) throw new UsageError(`Unexpected ${used} with \`claimlint inventory\`, see \`claimlint --help\``)
}

/** `--changed-since`, `--baseline`, `--baseline-write` and `--staged` with each other and the rest. */
function checkAdoptionOptions(options: CliOptions): void {
  if (options.changedSince === '') throw new UsageError('Unexpected empty value for --changed-since, expected a git ref such as origin/main')
  if (options.baseline === '' || options.baselineWrite === '') throw new UsageError('Unexpected empty baseline file name, expected --baseline or --baseline=<file>')
  const used: Readonly<Record<string, boolean>> = {
    '--changed-since': options.changedSince !== undefined,
    '--baseline': options.baseline !== undefined,
    '--baseline-write': options.baselineWrite !== undefined,
    '--staged': options.staged,
    '--stdin': options.stdin,
    '--fix': options.fix,
    '--fix-dry-run': options.fixDryRun,
    '--merge-results': options.mergeResults
  }
  const exclusive: Array<[string, string]> = [
    ['--baseline', '--baseline-write'],
    // A baseline records every finding of today; a partial record would report the rest as new tomorrow.
    ['--baseline-write', '--changed-since'],
    ['--baseline-write', '--fix'],
    ['--baseline-write', '--fix-dry-run'],
    ['--baseline-write', '--stdin'],
    ['--changed-since', '--stdin'],
    ['--staged', '--stdin'],
    // --fix writes the working tree, which is not what --staged lints; lint-staged runs --fix on the working tree itself.
    ['--staged', '--fix'],
    ['--changed-since', '--merge-results'],
    ['--baseline', '--merge-results'],
    ['--baseline-write', '--merge-results'],
    ['--staged', '--merge-results']
  ]
  for (const [first, second] of exclusive) {
    if (used[first] && used[second]) throw new UsageError(`Unexpected ${first} with ${second}, expected one of them`)
  }
}

/**
 * `--baseline` and `--baseline-write` take an optional file, git-style:
 * `--baseline` or `--baseline=<file>`. A bare option gets the default file;
 * `--baseline my.json` (a space) would lint my.json, so it is refused.
 */
function defaultBaselineFiles(argv: readonly string[]): string[] {
  const args: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--') {
      args.push(...argv.slice(index))
      break
    }
    if (arg !== '--baseline' && arg !== '--baseline-write') {
      args.push(arg)
      continue
    }
    const next = argv[index + 1]
    if (next !== undefined && next.endsWith('.json')) {
      throw new UsageError(`Unexpected \`${next}\` after ${arg}, expected ${arg}=${next} (the file is optional)`)
    }
    args.push(`${arg}=${defaultBaselineFile}`)
  }
  return args
}

/**
 * `parseArgs` takes the `-1` of `--max-warnings -1` for an option and fails;
 * ESLint users write it that way, so glue a negative number to its option.
 */
function joinNegativeNumbers(argv: readonly string[]): string[] {
  const args: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    const next = argv[index + 1]
    if (arg === '--') {
      args.push(...argv.slice(index))
      break
    }
    if (arg === '--max-warnings' && next !== undefined && /^-\d+$/.test(next)) {
      args.push(`${arg}=${next}`)
      index++
    } else {
      args.push(arg)
    }
  }
  return args
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1
  if (!/^(?:-1|\d+)$/.test(value.trim())) {
    throw new UsageError(`Unexpected value \`${value}\` for --max-warnings, expected a whole number (or -1 for no limit)`)
  }
  return Number(value)
}

/** Turn a `parseArgs` error (some span several lines) into one line. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as {code?: unknown} | null)?.code
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message
    return `Unexpected option \`${option}\`, see \`claimlint --help\``
  }
  // Node's own wording, its lines joined: the later ones say how to fix it.
  const line = message.split('\n').map((part) => part.trim()).join(' ')
  return `${line}${/[.?!]$/.test(line) ? '' : '.'} See \`claimlint --help\`.`
}
