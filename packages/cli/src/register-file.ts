/**
 * The claims register on disk (issue 8): `claims.yaml`, `claims.yml` or
 * `claims.json`, the nearest to each page (searching its folder and up, as
 * the configuration is found) or the file named by the configuration's
 * `register`. Checked once at set-up against the shape of
 * `schema/claims-register.schema.json`, by hand so that a bad entry gets one
 * line naming the file and the entry's id (exit code 2).
 */
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import type {ClaimsRegister, EvidenceKind, Jurisdiction, RegisterEntry} from '@claimlint/core'
import {parseConfigText} from './config-files.js'
import {reasonOf, statOrUndefined} from './files.js'
import {list} from './config-validate.js'
import {UsageError} from './usage.js'

/** Register files looked for in each folder, in order. */
export const registerNames = ['claims.yaml', 'claims.yml', 'claims.json'] as const

const kinds: readonly EvidenceKind[] = ['in-vivo', 'in-vitro', 'consumer-perception', 'instrumental']
const markets: readonly Jurisdiction[] = ['us', 'eu', 'uk', 'ca']
const claimKeys = ['id', 'wording', 'evidence', 'markets', 'expires'] as const
const evidenceKeys = ['study', 'kind', 'panel', 'duration', 'date', 'link', 'file', 'expires'] as const
/** An id a footnote label can carry: `[^firm-2025]`. */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Check a parsed register, or throw a one-line UsageError naming `origin` and the entry. */
export function validateRegister(data: unknown, origin: string): ClaimsRegister {
  let items = data
  if (isRecord(data)) {
    for (const key of Object.keys(data)) {
      if (key !== 'claims' && key !== '$schema') throw new UsageError(`Unexpected key \`${key}\` in ${origin}, expected claims`)
    }
    items = data.claims
  }
  if (!Array.isArray(items)) throw new UsageError(`Unexpected claims register in ${origin}, expected a list of claims`)
  const seen = new Map<string, string>()
  const claims = items.map((item: unknown, index): RegisterEntry => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined
    const where = `${id === undefined ? `claim ${index + 1}` : `claim \`${id}\``} in ${origin}`
    const fail = (problem: string): never => {
      throw new UsageError(`${problem} for ${where}`)
    }
    if (!isRecord(item)) return fail('Unexpected value, expected {id, wording, evidence, markets}')
    for (const key of Object.keys(item)) {
      if (!(claimKeys as readonly string[]).includes(key)) fail(`Unexpected key \`${key}\`, expected ${list(claimKeys)},`)
    }
    if (id === undefined || !idPattern.test(id)) return fail('Unexpected or missing `id`, expected letters, digits, `.`, `_` or `-`,')
    const twin = seen.get(id.toLowerCase())
    if (twin !== undefined) fail(`Unexpected duplicate id (also \`${twin}\`)`)
    seen.set(id.toLowerCase(), id)
    const wording = typeof item.wording === 'string' ? [item.wording] : item.wording
    if (!Array.isArray(wording) || wording.length === 0 || !wording.every((w) => typeof w === 'string' && /\w/.test(w))) {
      fail('Unexpected or missing `wording`, expected a phrase or a list of phrases,')
    }
    const cleared = typeof item.markets === 'string' ? [item.markets] : item.markets
    if (!Array.isArray(cleared) || cleared.length === 0) fail(`Unexpected or missing \`markets\`, expected a list of ${list(markets)},`)
    for (const market of cleared as unknown[]) {
      if (!(markets as readonly unknown[]).includes(market)) fail(`Unknown market \`${String(market)}\`, expected ${list(markets)},`)
    }
    const entry: RegisterEntry = {id, wording: wording as string[], evidence: evidence(item.evidence, fail), markets: cleared as Jurisdiction[]}
    if (item.expires !== undefined) entry.expires = date(item.expires, '`expires`', fail)
    return entry
  })
  return {claims, origin}
}

function evidence(value: unknown, fail: (problem: string) => never): RegisterEntry['evidence'] {
  if (!isRecord(value)) return fail('Unexpected or missing `evidence`, expected {study, kind, panel, duration, date, link or file},')
  for (const key of Object.keys(value)) {
    if (!(evidenceKeys as readonly string[]).includes(key)) fail(`Unexpected key \`evidence.${key}\`, expected ${list(evidenceKeys)},`)
  }
  if (typeof value.study !== 'string' || value.study.trim() === '') fail('Unexpected or missing `evidence.study`, expected a study id or title,')
  if (!(kinds as readonly unknown[]).includes(value.kind)) fail(`Unexpected \`evidence.kind\` \`${String(value.kind)}\`, expected ${list(kinds)},`)
  const result: RegisterEntry['evidence'] = {study: value.study as string, kind: value.kind as EvidenceKind}
  if (value.panel !== undefined) {
    if (typeof value.panel !== 'number' || !Number.isInteger(value.panel) || value.panel < 1) fail('Unexpected `evidence.panel`, expected a number of subjects,')
    result.panel = value.panel as number
  }
  for (const key of ['duration', 'link', 'file'] as const) {
    const text = value[key]
    if (text === undefined) continue
    if (typeof text !== 'string' || text.trim() === '') fail(`Unexpected \`evidence.${key}\`, expected text,`)
    result[key] = text as string
  }
  if (value.date !== undefined) result.date = date(value.date, '`evidence.date`', fail)
  if (value.expires !== undefined) result.expires = date(value.expires, '`evidence.expires`', fail)
  return result
}

function date(value: unknown, what: string, fail: (problem: string) => never): string {
  // YAML 1.2 (core schema) keeps `2025-06-01` a string; a JSON or quoted value must be written so too.
  if (typeof value !== 'string' || !datePattern.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    return fail(`Unexpected ${what} \`${String(value)}\`, expected a date YYYY-MM-DD,`)
  }
  return value
}

/** Finds and reads registers, each file and each folder once. */
export class RegisterFinder {
  readonly #display: (path: string) => string
  readonly #folders = new Map<string, Promise<string | null>>()
  readonly #files = new Map<string, Promise<ClaimsRegister>>()

  constructor(display: (path: string) => string) {
    this.#display = display
  }

  /** The register file nearest to a file (its folder, then up), or null. */
  nearest(file: string): Promise<string | null> {
    return this.#search(dirname(file))
  }

  #search(folder: string): Promise<string | null> {
    let found = this.#folders.get(folder)
    if (!found) {
      found = (async () => {
        for (const name of registerNames) {
          const path = join(folder, name)
          if (statOrUndefined(path)?.isFile()) return path
        }
        return dirname(folder) === folder ? null : this.#search(dirname(folder))
      })()
      this.#folders.set(folder, found)
    }
    return found
  }

  /** Read and check a register file; `namedIn` is the configuration that names it, if any. */
  load(path: string, namedIn?: string): Promise<ClaimsRegister> {
    let register = this.#files.get(path)
    if (!register) {
      register = (async () => {
        const name = this.#display(path)
        let text: string
        try {
          text = readFileSync(path, 'utf8')
        } catch (error) {
          throw new UsageError(`cannot read claims register ${name}${namedIn ? ` (named in ${namedIn})` : ''}: ${reasonOf(error)}`, {cause: error})
        }
        // Parsed as data like a configuration: JSON strictly, YAML with the core schema (no code, dates stay text).
        return validateRegister(parseConfigText(path.endsWith('.json') ? path : `${path}.yaml`, text, name), name)
      })()
      this.#files.set(path, register)
    }
    return register
  }
}
