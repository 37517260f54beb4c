/**
 * The configuration and Linter of each file. Files in different folders may
 * have different nearest configurations; each distinct configuration is
 * resolved once and compiled into one Linter, shared by its files.
 */
import {ConfigError, Linter, usePrecompiledPatterns, type ClaimsRegister, type PrecompiledPatterns, type RuleMeta} from '@claimlint/core'
import {readFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {ConfigFinder, findProjectRoot, type ConfigFile} from './config-files.js'
import {ConfigResolver, type BuiltIns, type ResolvedConfig} from './config-resolve.js'
import {RegisterFinder} from './register-file.js'
import {UsageError} from './usage.js'

/** How configurations are found. */
export interface ConfigurationsOptions {
  cwd: string
  builtIns: BuiltIns
  /** `--no-config`: use the defaults for every file. */
  noConfig: boolean
  /** `--config`: use this file for every file (absolute). */
  configPath?: string
  /** `--report-unused-disable-directives`. */
  reportUnusedDirectives: boolean
  display: (path: string) => string
}

/** A file's configuration, its claims register and the Linter built from them. */
export interface Setup {
  config: ResolvedConfig
  linter: Linter
  /** The claims register of the file (named in its configuration, or the nearest `claims.yaml`). */
  register?: ClaimsRegister
}

/** Finds, resolves and compiles configurations, each once. */
export class Configurations {
  readonly #options: ConfigurationsOptions
  readonly #finder: ConfigFinder
  readonly #resolver: ConfigResolver
  readonly #linters = new Map<ResolvedConfig, Linter>()
  /** Linters of configurations used with a claims register, by register file. */
  readonly #registerLinters = new Map<ResolvedConfig, Map<string, Linter>>()
  readonly #registers: RegisterFinder
  readonly #defaults: ResolvedConfig
  /**
   * The configuration file and the set-up of each folder: every file of a
   * folder has the same, and a catalogue has thousands of pages in a few
   * folders (issue 6).
   */
  readonly #foundIn = new Map<string, Promise<ConfigFile | undefined>>()
  readonly #setupIn = new Map<string, Promise<Setup>>()

  private constructor(options: ConfigurationsOptions, finder: ConfigFinder) {
    this.#options = options
    this.#finder = finder
    this.#resolver = new ConfigResolver(options.builtIns, options.display)
    this.#defaults = this.#resolver.defaults()
    this.#registers = new RegisterFinder(options.display)
  }

  /** Set up configuration lookup from the cwd. */
  static async create(options: ConfigurationsOptions): Promise<Configurations> {
    const projectRoot = await findProjectRoot(options.cwd)
    return new Configurations(options, new ConfigFinder({projectRoot, display: options.display}))
  }

  /**
   * The configuration file of a file, without resolving it (its folder's
   * `.claimlintignore` decides whether the file is linted at all), or null.
   */
  async locate(file: string): Promise<string | null> {
    return (await this.#find(file))?.path ?? null
  }

  /** The resolved configuration of a file, or throw a one-line UsageError naming the configuration at fault. */
  async configFor(file: string): Promise<ResolvedConfig> {
    const found = await this.#find(file)
    return found ? this.#resolver.resolve(found) : this.#defaults
  }

  #find(file: string): Promise<ConfigFile | undefined> {
    const folder = dirname(file)
    let found = this.#foundIn.get(folder)
    if (!found) {
      found = this.#options.noConfig
        ? Promise.resolve(undefined)
        : this.#options.configPath === undefined
          ? this.#finder.nearest(file)
          : this.#finder.load(this.#options.configPath)
      this.#foundIn.set(folder, found)
    }
    return found
  }

  /** A file's configuration, claims register and Linter. */
  setupFor(file: string): Promise<Setup> {
    const folder = dirname(file)
    let setup = this.#setupIn.get(folder)
    if (!setup) {
      setup = this.#setup(file)
      this.#setupIn.set(folder, setup)
    }
    return setup
  }

  async #setup(file: string): Promise<Setup> {
    const config = await this.configFor(file)
    const path = config.register?.path ?? (await this.#registers.nearest(file))
    if (path !== null) {
      const register = await this.#registers.load(path, config.register?.namedIn)
      let linters = this.#registerLinters.get(config)
      if (!linters) this.#registerLinters.set(config, (linters = new Map()))
      let linter = linters.get(path)
      if (!linter) linters.set(path, (linter = this.#compile(config, register)))
      return {config, linter, register}
    }
    let linter = this.#linters.get(config)
    if (!linter) {
      linter = this.#compile(config)
      this.#linters.set(config, linter)
    }
    return {config, linter}
  }

  /** Metadata of every rule of the configurations used so far (built-in and plugin rules), by id. */
  rulesMeta(): Record<string, RuleMeta> {
    const configs = [...this.#linters.keys(), ...this.#registerLinters.keys()]
    const rules = [...this.#options.builtIns.rules, ...configs.flatMap((config) => config.plugins.flatMap((plugin) => plugin.rules))]
    return Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta]))
  }

  #compile(config: ResolvedConfig, register?: ClaimsRegister): Linter {
    loadPrecompiledPatterns()
    const origin = config.filePath === null ? 'the default configuration' : this.#options.display(config.filePath)
    try {
      return new Linter({
        rules: [...this.#options.builtIns.rules, ...config.plugins.flatMap((plugin) => plugin.rules)],
        settings: config.rules,
        jurisdictions: config.jurisdictions,
        allow: config.allow,
        deny: config.deny,
        origin,
        requireSuppressionReason: config.requireSuppressionReason,
        reportUnusedDirectives: this.#options.reportUnusedDirectives,
        ...(register ? {register} : {})
      })
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message, {cause: error})
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      throw new UsageError(`cannot use the configuration in ${origin}: ${reason}`, {cause: error})
    }
  }
}

let precompiledLoaded = false

/**
 * The bundled CLI's build writes the built-in lexicons' patterns, parsed, next
 * to the bundle (scripts/bundle.js); reading them is cheaper than parsing
 * them on every start (issue 6). Without the file (compiled modules, or a
 * partial build), patterns are parsed as usual, with the same result.
 */
function loadPrecompiledPatterns(): void {
  if (precompiledLoaded) return
  precompiledLoaded = true
  if (process.env.CLAIMLINT_BUNDLED_VERSION === undefined) return
  let text: string
  try {
    text = readFileSync(new URL('./lexicon-patterns.json', import.meta.url), 'utf8')
  } catch {
    return
  }
  usePrecompiledPatterns(JSON.parse(text) as PrecompiledPatterns)
}
