/**
 * Turns a configuration file into the settings a Linter takes: applies
 * `extends` (built-in presets, shareable `claimlint-config-<name>` packages,
 * relative paths) in order, loads `plugins`, and checks every rule id against
 * the rules that exist. Every configuration starts from `recommended`, so a
 * file that only lists `allow` phrases does not turn the rules off.
 */
import {readFileSync} from 'node:fs'
import {dirname, extname, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {resolveSetting, type DenyEntry, type Jurisdiction, type Rule, type RuleSetting} from '@claimlint/core'
import {importConfigModule, isScript, parseConfigText, type ConfigFile} from './config-files.js'
import {reasonOf} from './files.js'
import {list, validateConfig} from './config-validate.js'
import {isPathName, packageName, resolvePackage} from './package-names.js'
import {loadPlugin, type Plugin} from './plugins.js'
import {UsageError} from './usage.js'

/** What claimlint ships: rules, rule presets and market presets. */
export interface BuiltIns {
  rules: readonly Rule[]
  /** Rule presets by name (`recommended`, `strict`). */
  presets: Readonly<Record<string, Readonly<Record<string, RuleSetting>>>>
  /** Market presets by name (`us`, `eu`, `uk`, `ca`). */
  jurisdictionPresets: Readonly<Record<string, {readonly jurisdictions: readonly Jurisdiction[]}>>
}

/** A configuration with `extends` and `plugins` applied: what one Linter is built from. */
export interface ResolvedConfig {
  /** The file it comes from, or null for the defaults. */
  filePath: string | null
  jurisdictions: Jurisdiction[]
  /** Settings of every configured rule; unlisted rules are off. */
  rules: Record<string, RuleSetting>
  allow: string[]
  deny: DenyEntry[]
  requireSuppressionReason: boolean
  plugins: Plugin[]
  /** The claims register named by the configuration (absolute), and the configuration naming it; unset: the nearest to each page. */
  register?: {path: string; namedIn: string}
}

/** One file's contribution, before the defaults are applied. */
interface Layer {
  jurisdictions?: Jurisdiction[]
  rules: Record<string, RuleSetting>
  allow: string[]
  deny: DenyEntry[]
  requireSuppressionReason?: boolean
  plugins: Plugin[]
  register?: {path: string; namedIn: string}
}

/** Resolves configuration files, each once. */
export class ConfigResolver {
  readonly #builtIns: BuiltIns
  readonly #display: (path: string) => string
  readonly #cache = new Map<string, Promise<ResolvedConfig>>()

  constructor(builtIns: BuiltIns, display: (path: string) => string) {
    this.#builtIns = builtIns
    this.#display = display
  }

  /** The configuration used when there is no file: `recommended` in the US. */
  defaults(): ResolvedConfig {
    return this.#finish(null, {rules: {}, allow: [], deny: [], plugins: []})
  }

  /** Resolve a configuration file, or throw a one-line UsageError naming the file at fault. */
  resolve(file: ConfigFile): Promise<ResolvedConfig> {
    let resolved = this.#cache.get(file.path)
    if (!resolved) {
      resolved = this.#layer(file, []).then((layer) => this.#finish(file.path, layer))
      this.#cache.set(file.path, resolved)
    }
    return resolved
  }

  #finish(filePath: string | null, layer: Layer): ResolvedConfig {
    const rules = {...this.#builtIns.presets.recommended}
    mergeRules(rules, layer.rules)
    return {
      filePath,
      jurisdictions: layer.jurisdictions ?? ['us'],
      rules,
      allow: [...new Set(layer.allow)],
      deny: layer.deny,
      requireSuppressionReason: layer.requireSuppressionReason ?? false,
      plugins: layer.plugins,
      ...(layer.register ? {register: layer.register} : {})
    }
  }

  async #layer(file: ConfigFile, stack: readonly string[]): Promise<Layer> {
    const origin = this.#display(file.path)
    const config = validateConfig(file.data, origin)
    const layer: Layer = {rules: Object.create(null) as Record<string, RuleSetting>, allow: [], deny: [], plugins: []}
    let marketsFromExtends: Jurisdiction[] | undefined
    for (const name of config.extends ?? []) {
      const preset = Object.hasOwn(this.#builtIns.presets, name) ? this.#builtIns.presets[name] : undefined
      const market = Object.hasOwn(this.#builtIns.jurisdictionPresets, name) ? this.#builtIns.jurisdictionPresets[name] : undefined
      let extended: Layer
      if (preset) {
        extended = {rules: {...preset}, allow: [], deny: [], plugins: []}
      } else if (market) {
        extended = {jurisdictions: [...market.jurisdictions], rules: {}, allow: [], deny: [], plugins: []}
      } else {
        const shared = await this.#loadShared(name, file, origin)
        if (stack.includes(shared.path) || shared.path === file.path) {
          throw new UsageError(`Unexpected circular \`extends\` of ${this.#display(shared.path)} in ${origin}`)
        }
        extended = await this.#layer(shared, [...stack, file.path])
      }
      if (extended.jurisdictions) marketsFromExtends = [...new Set([...(marketsFromExtends ?? []), ...extended.jurisdictions])]
      mergeLayer(layer, extended)
    }
    for (const name of config.plugins ?? []) {
      if (!file.trusted) throw refuse(`plugin \`${name}\``, origin)
      const plugin = await loadPlugin(name, file.path, origin)
      if (!layer.plugins.some((loaded) => loaded.url === plugin.url)) layer.plugins.push(plugin)
    }
    const known = this.#knownRules(layer.plugins, origin)
    for (const id of Object.keys(config.rules ?? {})) {
      if (!known.has(id)) throw new UsageError(`Unknown rule \`${id}\` in ${origin}`)
    }
    mergeRules(layer.rules, config.rules ?? {})
    const jurisdictions = config.jurisdictions ?? marketsFromExtends
    if (jurisdictions) layer.jurisdictions = jurisdictions
    layer.allow.push(...(config.allow ?? []))
    layer.deny.push(...(config.deny ?? []))
    if (config.requireSuppressionReason !== undefined) layer.requireSuppressionReason = config.requireSuppressionReason
    // A register path is relative to the file that names it, also through `extends`.
    if (config.register !== undefined) layer.register = {path: resolve(dirname(file.path), config.register), namedIn: origin}
    return layer
  }

  /** Ids of the built-in rules and of the plugins' rules, checking that no plugin redefines one. */
  #knownRules(plugins: readonly Plugin[], origin: string): Set<string> {
    const known = new Set(this.#builtIns.rules.map((rule) => rule.meta.id))
    known.add('deny')
    for (const plugin of plugins) {
      for (const rule of plugin.rules) {
        if (known.has(rule.meta.id)) {
          throw new UsageError(`Unexpected rule \`${rule.meta.id}\` from plugin \`${plugin.name}\` in ${origin}, a rule with that id already exists`)
        }
        known.add(rule.meta.id)
      }
    }
    known.delete('deny')
    return known
  }

  /** Read a shareable config named in `extends`: a path, or a `claimlint-config-<name>` package next to the config. */
  async #loadShared(name: string, from: ConfigFile, origin: string): Promise<ConfigFile> {
    let path: string
    if (isPathName(name)) {
      path = resolve(dirname(from.path), name)
    } else {
      const specifier = packageName('claimlint-config', name)
      const url = await resolvePackage(specifier, dirname(from.path))
      if (!url) {
        const names = [...Object.keys(this.#builtIns.presets), ...Object.keys(this.#builtIns.jurisdictionPresets)]
        throw new UsageError(`Unknown preset \`${name}\` in ${origin}, expected ${list([...names, `a package \`${specifier}\``])}`)
      }
      path = fileURLToPath(url)
    }
    const display = this.#display(path)
    if (isScript(path)) {
      if (!from.trusted) throw refuse(display, origin)
      return {path, data: await importConfigModule(path, display), trusted: true}
    }
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new UsageError(`cannot read config ${display} (extended in ${origin}): ${reasonOf(error)}`, {cause: error})
    }
    // A shareable package's entry may be JSON (`exports: "./claimlint.json"`) or YAML.
    return {path, data: parseConfigText(extname(path) === '' ? `${path}.yaml` : path, text, display), trusted: from.trusted}
  }
}

/** The configuration as `--print-config` shows it: severities as words, options only where set. */
export function printableConfig(config: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, unknown> = {}
  for (const [id, setting] of Object.entries(config.rules)) {
    const [severity, options] = resolveSetting(id, setting, 'the configuration')
    rules[id] = Object.keys(options).length > 0 ? [severity, options] : severity
  }
  return {
    configFile: config.filePath,
    jurisdictions: config.jurisdictions,
    rules,
    allow: config.allow,
    deny: config.deny,
    requireSuppressionReason: config.requireSuppressionReason,
    plugins: config.plugins.map((plugin) => plugin.name),
    ...(config.register ? {register: config.register.path} : {})
  }
}

/**
 * Apply settings over earlier ones. A severity alone keeps the options set
 * earlier, as in ESLint: `"proof-claim": "warn"` over a shared config's
 * `["error", {...}]` only lowers the severity.
 */
function mergeRules(target: Record<string, RuleSetting>, source: Readonly<Record<string, RuleSetting>>): void {
  for (const [id, setting] of Object.entries(source)) {
    const options = Array.isArray(setting) ? setting[1] : undefined
    const previous = target[id]
    const previousOptions = Array.isArray(previous) ? previous[1] : undefined
    const level = Array.isArray(setting) ? setting[0] : setting
    target[id] = options === undefined && previousOptions !== undefined ? [level, previousOptions] : setting
  }
}

function mergeLayer(target: Layer, source: Layer): void {
  mergeRules(target.rules, source.rules)
  target.allow.push(...source.allow)
  target.deny.push(...source.deny)
  if (source.requireSuppressionReason !== undefined) target.requireSuppressionReason = source.requireSuppressionReason
  if (source.register) target.register = source.register
  for (const plugin of source.plugins) {
    if (!target.plugins.some((loaded) => loaded.url === plugin.url)) target.plugins.push(plugin)
  }
}

function refuse(what: string, origin: string): UsageError {
  return new UsageError(`Refusing to load ${what} for ${origin}: a configuration outside the project loads code only when named with --config`)
}
