/**
 * Checks the shape of a configuration object once, at set-up, and reports the
 * first problem as one line naming the file. Hand-written rather than a JSON
 * Schema validator: the shape is small, and schema errors (`/rules/x must be
 * equal to one of the allowed values`) read worse than these sentences.
 */
import {resolveSetting, ConfigError, type DenyEntry, type Jurisdiction, type RuleSetting} from '@claimlint/core'
import {UsageError} from './usage.js'

/** A configuration file's content, checked. */
export interface ConfigData {
  /** Presets, shareable config packages or paths, applied in order. */
  extends?: string[]
  jurisdictions?: Jurisdiction[]
  rules?: Record<string, RuleSetting>
  allow?: string[]
  deny?: DenyEntry[]
  requireSuppressionReason?: boolean
  /** Plugin packages (or paths) providing more rules. */
  plugins?: string[]
  /** The claims register, relative to the configuration file (default: the `claims.yaml` nearest to each page). */
  register?: string
}

/** Every top-level key a configuration may have. */
export const configKeys = ['extends', 'jurisdictions', 'rules', 'allow', 'deny', 'requireSuppressionReason', 'plugins', 'register'] as const

/** The markets claimlint knows. */
export const jurisdictionNames: readonly Jurisdiction[] = ['us', 'eu', 'uk', 'ca']

const denyKeys = ['phrase', 'message', 'severity', 'expected'] as const

/** Check a configuration object, or throw a one-line UsageError naming `origin`. */
export function validateConfig(data: unknown, origin: string): ConfigData {
  if (!isRecord(data)) throw new UsageError(`Unexpected configuration in ${origin}, expected an object`)
  for (const key of Object.keys(data)) {
    if (!(configKeys as readonly string[]).includes(key)) {
      throw new UsageError(`Unexpected key \`${key}\` in ${origin}, expected ${list(configKeys)}`)
    }
  }
  const config: ConfigData = {}
  if (data.extends !== undefined) {
    const names = typeof data.extends === 'string' ? [data.extends] : data.extends
    config.extends = strings(names, '`extends`', origin, 'a preset or package name, or a list of them')
  }
  if (data.jurisdictions !== undefined) {
    const names = strings(data.jurisdictions, '`jurisdictions`', origin, `a list of ${list(jurisdictionNames)}`)
    for (const name of names) {
      if (!(jurisdictionNames as readonly string[]).includes(name)) {
        throw new UsageError(`Unknown jurisdiction \`${name}\` in ${origin}, expected ${list(jurisdictionNames)}`)
      }
    }
    config.jurisdictions = names as Jurisdiction[]
  }
  if (data.rules !== undefined) config.rules = rules(data.rules, origin)
  if (data.allow !== undefined) config.allow = strings(data.allow, '`allow`', origin, 'a list of phrases')
  if (data.deny !== undefined) config.deny = deny(data.deny, origin)
  if (data.requireSuppressionReason !== undefined) {
    if (typeof data.requireSuppressionReason !== 'boolean') {
      throw new UsageError(`Unexpected value for \`requireSuppressionReason\` in ${origin}, expected true or false`)
    }
    config.requireSuppressionReason = data.requireSuppressionReason
  }
  if (data.plugins !== undefined) config.plugins = strings(data.plugins, '`plugins`', origin, 'a list of plugin package names')
  if (data.register !== undefined) {
    if (typeof data.register !== 'string' || data.register.trim() === '') {
      throw new UsageError(`Unexpected value for \`register\` in ${origin}, expected the path of a claims register`)
    }
    config.register = data.register
  }
  return config
}

function rules(value: unknown, origin: string): Record<string, RuleSetting> {
  if (!isRecord(value)) throw new UsageError(`Unexpected value for \`rules\` in ${origin}, expected an object of rule ids and severities`)
  // A null-prototype map: a rule id such as `__proto__` must stay a key.
  const settings = Object.create(null) as Record<string, RuleSetting>
  for (const [id, setting] of Object.entries(value)) {
    try {
      resolveSetting(id, setting as RuleSetting, origin)
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message)
      throw error
    }
    if (Array.isArray(setting) && setting.length > 2) {
      throw new UsageError(`Unexpected options for rule \`${id}\` in ${origin}, expected [severity] or [severity, {options}]`)
    }
    settings[id] = setting as RuleSetting
  }
  return settings
}

function deny(value: unknown, origin: string): DenyEntry[] {
  if (!Array.isArray(value)) throw new UsageError(`Unexpected value for \`deny\` in ${origin}, expected a list of {phrase, message, severity}`)
  return value.map((item: unknown, index) => {
    const where = `\`deny[${index}]\` in ${origin}`
    if (!isRecord(item)) throw new UsageError(`Unexpected value for ${where}, expected {phrase, message, severity}`)
    for (const key of Object.keys(item)) {
      if (!(denyKeys as readonly string[]).includes(key)) throw new UsageError(`Unexpected key \`${key}\` in ${where}, expected ${list(denyKeys)}`)
    }
    if (typeof item.phrase !== 'string' || !/\w/.test(item.phrase)) throw new UsageError(`Unexpected \`phrase\` in ${where}, expected words`)
    const entry: DenyEntry = {phrase: item.phrase}
    if (item.message !== undefined) {
      if (typeof item.message !== 'string') throw new UsageError(`Unexpected \`message\` in ${where}, expected text`)
      entry.message = item.message
    }
    if (item.severity !== undefined) {
      const severity = ({warn: 'warn', error: 'error', 1: 'warn', 2: 'error'} as Record<string, 'warn' | 'error'>)[String(item.severity)]
      if (!severity) throw new UsageError(`Unexpected severity \`${String(item.severity)}\` in ${where}, expected warn or error`)
      entry.severity = severity
    }
    if (item.expected !== undefined) entry.expected = strings(item.expected, '`expected`', where, 'a list of phrases')
    return entry
  })
}

/** A list of non-empty strings. */
function strings(value: unknown, what: string, origin: string, expected: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    throw new UsageError(`Unexpected value for ${what} in ${origin}, expected ${expected}`)
  }
  return value as string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `a, b or c`. */
export function list(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}
