/**
 * Third-party rules, loaded by package name from a configuration's folder
 * (`"plugins": ["claimlint-plugin-foo"]` or `"foo"`), ESLint's way. A plugin
 * module exports `{rules: Rule[]}` with the rule API the built-in rules use.
 */
import {dirname, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Rule} from '@claimlint/core'
import {isPathName, packageName, resolvePackage} from './package-names.js'
import {importUrl} from './import-url.js'
import {UsageError} from './usage.js'

/** A loaded plugin. */
export interface Plugin {
  /** The name as written in the configuration. */
  name: string
  /** Where it was loaded from, to load each plugin once. */
  url: string
  rules: Rule[]
}

/** Load a plugin named in the configuration at `configPath`, or throw a one-line UsageError. */
export async function loadPlugin(name: string, configPath: string, origin: string): Promise<Plugin> {
  const folder = dirname(configPath)
  let url: string | undefined
  if (isPathName(name)) {
    url = pathToFileURL(resolve(folder, name)).href
  } else {
    const specifier = packageName('claimlint-plugin', name)
    url = await resolvePackage(specifier, folder)
    if (!url) throw new UsageError(`cannot find plugin \`${name}\` in ${origin}, expected a package \`${specifier}\` installed next to it`)
  }
  let module: {rules?: unknown; default?: {rules?: unknown}}
  try {
    module = (await importUrl(url)) as typeof module
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new UsageError(`cannot load plugin \`${name}\` in ${origin}: ${reason}`, {cause: error})
  }
  const rules = module.rules ?? module.default?.rules
  if (!Array.isArray(rules)) throw new UsageError(`Unexpected plugin \`${name}\` in ${origin}, expected a module exporting {rules: Rule[]}`)
  return {name, url, rules: rules.map((rule: unknown, index) => checkRule(rule, index, name, origin))}
}

/**
 * Check the parts of a rule core relies on, and fill in the metadata only the
 * docs use, so a plugin fails at set-up with a clear line instead of in the
 * middle of a run.
 */
function checkRule(value: unknown, index: number, plugin: string, origin: string): Rule {
  const rule = value as Partial<Rule> | null
  const meta = rule?.meta as Partial<Rule['meta']> | undefined
  const problem = (what: string) => new UsageError(`Unexpected rule ${index} of plugin \`${plugin}\` in ${origin}: ${what}`)
  if (typeof rule !== 'object' || rule === null || typeof meta !== 'object' || meta === null) throw problem('expected {meta, lexicon} or {meta, check}')
  if (typeof meta.id !== 'string' || !/^[a-z]+(?:-[a-z]+)*$/.test(meta.id)) throw problem('expected `meta.id` in kebab-case')
  for (const key of ['description', 'kind', 'remedy'] as const) {
    if (typeof meta[key] !== 'string' || meta[key] === '') throw problem(`expected \`meta.${key}\` (text) on \`${meta.id}\``)
  }
  if (meta.severity !== 'warn' && meta.severity !== 'error') throw problem(`expected \`meta.severity\` warn or error on \`${meta.id}\``)
  if (!rule.lexicon && typeof rule.check !== 'function') throw problem(`expected a \`lexicon\` or a \`check\` function on \`${meta.id}\``)
  if (rule.lexicon && !Array.isArray(rule.lexicon.entries)) throw problem(`expected \`lexicon.entries\` to be a list on \`${meta.id}\``)
  return {
    ...rule,
    meta: {family: 0, rationale: '', basis: {}, references: [], fixable: false, ...meta} as Rule['meta']
  } as Rule
}
