/**
 * Finding and reading configuration files. The search uses lilconfig: it
 * walks up from each file's folder and caches every folder it visits, with
 * cosmiconfig's API but no dependencies, so a pre-commit hook pays little
 * for it. It searches synchronously: a small run does no asynchronous file
 * operation, which would start libuv's thread pool (issue 6); only a
 * JavaScript config is then imported. JSON and YAML are parsed as data and
 * run no code; a JavaScript config runs only when it lies in the project or
 * is named with `--config`.
 */
import {reasonOf} from './files.js'
import {accessSync, existsSync} from 'node:fs'
import {basename, dirname, extname, isAbsolute, join, relative} from 'node:path'
import {pathToFileURL} from 'node:url'
import {lilconfigSync, type LilconfigResult, type LoaderSync} from 'lilconfig'
import {parseDocument} from 'yaml'
import {importUrl} from './import-url.js'
import {UsageError} from './usage.js'

/** Config files looked for in each folder, in order of precedence: a dedicated file beats package.json, as in ESLint. */
export const searchPlaces = [
  '.claimlintrc',
  '.claimlintrc.json',
  '.claimlintrc.yaml',
  '.claimlintrc.yml',
  '.claimlintrc.js',
  '.claimlintrc.cjs',
  '.claimlintrc.mjs',
  'package.json'
] as const

/** A configuration file as read, before validation. */
export interface ConfigFile {
  /** Absolute path. */
  path: string
  /** Its content (the `claimlint` field of a package.json). */
  data: unknown
  /** Whether it may load code: it is in the project or was named explicitly. */
  trusted: boolean
}

/** Where the search starts and what counts as the project. */
export interface ConfigFinderOptions {
  /** The project whose JavaScript configs may run (see `findProjectRoot`). */
  projectRoot: string
  /** How to name a file in messages. */
  display: (path: string) => string
}

const scriptExtensions = new Set(['.js', '.cjs', '.mjs'])
const knownExtensions = new Set(['', '.json', '.yaml', '.yml', ...scriptExtensions])

/** Finds the nearest configuration of each file, and loads one named explicitly. */
export class ConfigFinder {
  readonly #options: ConfigFinderOptions
  readonly #search: ReturnType<typeof lilconfigSync>
  readonly #load: ReturnType<typeof lilconfigSync>

  constructor(options: ConfigFinderOptions) {
    this.#options = options
    const common = {searchPlaces: [...searchPlaces], packageProp: 'claimlint', ignoreEmptySearchPlaces: false}
    // Nearest wins, as in alex and remark: an empty `.claimlintrc` still stops the search (and means the defaults).
    this.#search = lilconfigSync('claimlint', {...common, loaders: this.#loaders(false)})
    this.#load = lilconfigSync('claimlint', {...common, loaders: this.#loaders(true)})
  }

  /** The configuration nearest to a file (searching from its folder up), or undefined. */
  async nearest(file: string): Promise<ConfigFile | undefined> {
    const result = this.#guard(() => this.#search.search(dirname(file)), () => firstExisting(dirname(file)))
    if (!result) return undefined
    return {path: result.filepath, data: await this.#data(result), trusted: this.isInProject(result.filepath)}
  }

  /** Load the configuration named by `--config`. */
  async load(path: string): Promise<ConfigFile> {
    if (!knownExtensions.has(extname(path)) && basename(path) !== 'package.json') {
      throw new UsageError(`Unexpected config file name ${this.#options.display(path)}, expected .json, .yaml, .yml, .js, .cjs, .mjs or no extension`)
    }
    const result = this.#guard(() => this.#load.load(path), () => path)
    if (result === null || (basename(path) === 'package.json' && result.config == null)) {
      throw new UsageError(`Unexpected package.json without a \`claimlint\` field in ${this.#options.display(path)}`)
    }
    return {path: result.filepath, data: await this.#data(result), trusted: true}
  }

  /** Whether a path lies inside the project. */
  isInProject(path: string): boolean {
    const inside = relative(this.#options.projectRoot, path)
    return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))
  }

  /** A found configuration's data: a JavaScript config is imported now, after the search. */
  async #data(result: NonNullable<LilconfigResult>): Promise<unknown> {
    if (result.isEmpty) return {}
    const config: unknown = result.config
    return config instanceof ScriptConfig ? importConfigModule(config.path, this.#options.display(config.path)) : config
  }

  /** Turn a read error into one line naming the file (found again when Node's error does not name it). */
  #guard<T>(run: () => T, culprit: () => string | undefined): T {
    try {
      return run()
    } catch (error) {
      if (error instanceof UsageError) throw error
      const where = (error as {path?: unknown}).path
      const file = typeof where === 'string' ? where : culprit()
      if (file === undefined) throw error
      throw new UsageError(`cannot read config ${this.#options.display(file)}: ${reasonOf(error)}`, {cause: error})
    }
  }

  #loaders(explicit: boolean): Record<string, LoaderSync> {
    const data: LoaderSync = (path, content) => parseConfigText(path, content, this.#options.display(path))
    // The search is synchronous; a script is imported once it is found (`#data`).
    const script: LoaderSync = (path) => {
      if (!explicit && !this.isInProject(path)) {
        throw new UsageError(
          `Refusing to run ${this.#options.display(path)}: a JavaScript config outside the project runs only when named with --config`
        )
      }
      return new ScriptConfig(path)
    }
    return {'.json': data, '.yaml': data, '.yml': data, noExt: data, '.js': script, '.cjs': script, '.mjs': script}
  }
}

/** A JavaScript config the search found, to import. */
class ScriptConfig {
  constructor(readonly path: string) {}
}

/**
 * Parse a JSON or YAML config. `.claimlintrc` may be either (YAML is a
 * superset of JSON); `.json` files are parsed strictly as JSON.
 */
export function parseConfigText(path: string, text: string, name = path): unknown {
  const content = text.replace(/^\uFEFF/, '')
  if (content.trim() === '') return {}
  if (extname(path) === '.json') {
    try {
      return JSON.parse(content) as unknown
    } catch (error) {
      throw new UsageError(`Malformed JSON in ${name}: ${describeJsonError(error, content)}`, {cause: error})
    }
  }
  return parseYaml(content, name)
}

/** Whether a path names a JavaScript module. */
export function isScript(path: string): boolean {
  return scriptExtensions.has(extname(path))
}

/** Import a JavaScript config (or shareable config) and return its default export. */
export async function importConfigModule(path: string, name: string): Promise<unknown> {
  let module: {default?: unknown}
  try {
    module = (await importUrl(pathToFileURL(path).href)) as {default?: unknown}
  } catch (error) {
    throw new UsageError(`cannot load config ${name}: ${reasonOf(error)}`, {cause: error})
  }
  if (module.default === undefined) throw new UsageError(`Unexpected config module ${name} without a default export`)
  return module.default
}

/**
 * The project whose JavaScript configs may run: the Git work tree around
 * `cwd`, or `cwd` itself outside Git. A `.claimlintrc.js` dropped in a parent
 * folder (a shared `/tmp`, a downloads folder) must not run on every lint.
 */
export async function findProjectRoot(cwd: string): Promise<string> {
  for (let folder = cwd; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder
    if (dirname(folder) === folder) return cwd
  }
}

/**
 * Parse YAML with the core schema, which has no tags that construct
 * functions or classes; an unknown tag (`!!js/function`) is an error rather
 * than a warning printed on standard error.
 */
function parseYaml(content: string, name: string): unknown {
  const document = parseDocument(content, {schema: 'core', logLevel: 'silent'})
  const problem = document.errors[0] ?? document.warnings[0]
  if (problem) throw new UsageError(`Malformed YAML in ${name}: ${problem.message.split('\n')[0]!.replace(/:$/, '')}`, {cause: problem})
  return document.toJS() as unknown
}

/** The first config file lilconfig would read searching up from a folder. */
function firstExisting(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    for (const place of searchPlaces) {
      const path = join(current, place)
      try {
        accessSync(path)
        return path
      } catch {
        // Not this one.
      }
    }
    if (dirname(current) === current) return undefined
  }
}

/** `JSON.parse`'s message with the line and column its offset stands for. */
function describeJsonError(error: unknown, content: string): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!
  const position = /at position (\d+)/.exec(message)
  if (!position || /line \d+/.test(message)) return message
  const before = content.slice(0, Number(position[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `${message} (line ${line} column ${column})`
}

