/**
 * `--cache`: results of unchanged files are reused. An entry is valid only
 * for the same file content (sha256), the same resolved configuration and the
 * same rules — built-in and plugin rules are fingerprinted by their data and
 * code, and the claimlint version is part of the key — so a changed page,
 * config or rule invalidates exactly the entries it affects.
 */
import {createHash} from 'node:crypto'
import {mkdir, readFile} from 'node:fs/promises'
import {dirname} from 'node:path'
import type {ClaimsRegister, LintResult, Rule} from '@claimlint/core'
import type {ResolvedConfig} from './config-resolve.js'
import {printableConfig} from './config-resolve.js'

/** Default cache file name, as ESLint's `.eslintcache`. */
export const defaultCacheFile = '.claimlintcache'

interface Entry {
  content: string
  config: string
  result: Omit<LintResult, 'filePath'>
}

interface CacheFile {
  version: string
  entries: Record<string, Entry>
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** A fingerprint of rules: metadata, lexicon data and the source of their own code. */
export function rulesFingerprint(rules: readonly Rule[]): string {
  return sha256(
    JSON.stringify(rules, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value))
  )
}

/** Cached lint results of one run, keyed by absolute file path. */
export class LintCache {
  readonly #path: string
  readonly #version: string
  readonly #entries: Record<string, Entry>
  readonly #configKeys = new Map<ResolvedConfig, string>()
  readonly #rulesKey: string
  #dirty = false

  private constructor(path: string, version: string, entries: Record<string, Entry>, rulesKey: string) {
    this.#path = path
    this.#version = version
    this.#entries = entries
    this.#rulesKey = rulesKey
  }

  /** Load a cache file; a missing, corrupt or other-version file starts empty. */
  static async load(path: string, version: string, rules: readonly Rule[]): Promise<LintCache> {
    let entries: Record<string, Entry> = {}
    try {
      const file = JSON.parse(await readFile(path, 'utf8')) as CacheFile
      if (file.version === version && file.entries && typeof file.entries === 'object') entries = file.entries
    } catch {
      // No usable cache yet: every file is linted and the cache is written anew.
    }
    return new LintCache(path, version, entries, rulesFingerprint(rules))
  }

  #configKey(config: ResolvedConfig): string {
    let key = this.#configKeys.get(config)
    if (!key) {
      const plugins = config.plugins.map((plugin) => rulesFingerprint(plugin.rules))
      key = sha256(JSON.stringify([this.#version, this.#rulesKey, printableConfig(config), plugins]))
      this.#configKeys.set(config, key)
    }
    return key
  }

  /**
   * The configuration key, with the claims register's content and today's
   * date when there is a register: a changed entry or a passed expiry date
   * changes the findings of unchanged pages.
   */
  #registerKey(config: ResolvedConfig, register: ClaimsRegister | undefined): string {
    const key = this.#configKey(config)
    return register ? sha256(JSON.stringify([key, register, new Date().toISOString().slice(0, 10)])) : key
  }

  /** The cached result of a file, if its content and configuration are unchanged. */
  get(filePath: string, content: string, config: ResolvedConfig, register?: ClaimsRegister): LintResult | undefined {
    const entry = this.#entries[filePath]
    if (!entry || entry.content !== sha256(content) || entry.config !== this.#registerKey(config, register)) return undefined
    return {filePath, ...entry.result}
  }

  /** Remember a file's result. */
  set(filePath: string, content: string, config: ResolvedConfig, result: LintResult, register?: ClaimsRegister): void {
    // The text itself stays out of the cache file: the content hash stands for it.
    const {filePath: _omit, source: _text, ...rest} = result
    this.#entries[filePath] = {content: sha256(content), config: this.#registerKey(config, register), result: rest}
    this.#dirty = true
  }

  /** Forget a file (it could not be read, or was fixed). */
  delete(filePath: string): void {
    if (filePath in this.#entries) {
      delete this.#entries[filePath]
      this.#dirty = true
    }
  }

  /** Write the cache atomically if it changed. */
  async save(): Promise<void> {
    if (!this.#dirty) return
    const {writeNewFileAtomic} = await import('./write-atomic.js')
    // `--cache-location tmp/cache` in a folder that does not exist yet, as for --output-file.
    await mkdir(dirname(this.#path), {recursive: true})
    await writeNewFileAtomic(this.#path, `${JSON.stringify({version: this.#version, entries: this.#entries})}\n`)
  }
}
