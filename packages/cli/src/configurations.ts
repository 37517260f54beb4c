/**
 * The configuration and Linter of each file. Files in different folders may
 * have different nearest configurations; each distinct configuration is
 * resolved once and compiled into one Linter, shared by its files.
 */
import {ConfigError, Linter, type RuleMeta} from '@claimlint/core'
import {ConfigFinder, findProjectRoot, type ConfigFile} from './config-files.js'
import {ConfigResolver, type BuiltIns, type ResolvedConfig} from './config-resolve.js'
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

/** A file's configuration and the Linter built from it. */
export interface Setup {
  config: ResolvedConfig
  linter: Linter
}

/** Finds, resolves and compiles configurations, each once. */
export class Configurations {
  readonly #options: ConfigurationsOptions
  readonly #finder: ConfigFinder
  readonly #resolver: ConfigResolver
  readonly #linters = new Map<ResolvedConfig, Linter>()
  readonly #defaults: ResolvedConfig

  private constructor(options: ConfigurationsOptions, finder: ConfigFinder) {
    this.#options = options
    this.#finder = finder
    this.#resolver = new ConfigResolver(options.builtIns, options.display)
    this.#defaults = this.#resolver.defaults()
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

  async #find(file: string): Promise<ConfigFile | undefined> {
    if (this.#options.noConfig) return undefined
    return this.#options.configPath === undefined ? this.#finder.nearest(file) : this.#finder.load(this.#options.configPath)
  }

  /** A file's configuration and Linter. */
  async setupFor(file: string): Promise<Setup> {
    const config = await this.configFor(file)
    let linter = this.#linters.get(config)
    if (!linter) {
      linter = this.#compile(config)
      this.#linters.set(config, linter)
    }
    return {config, linter}
  }

  /** Metadata of every rule of the configurations used so far (built-in and plugin rules), by id. */
  rulesMeta(): Record<string, RuleMeta> {
    const rules = [...this.#options.builtIns.rules, ...[...this.#linters.keys()].flatMap((config) => config.plugins.flatMap((plugin) => plugin.rules))]
    return Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta]))
  }

  #compile(config: ResolvedConfig): Linter {
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
        reportUnusedDirectives: this.#options.reportUnusedDirectives
      })
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message, {cause: error})
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      throw new UsageError(`cannot use the configuration in ${origin}: ${reason}`, {cause: error})
    }
  }
}
