/**
 * Which files to skip: `.claimlintignore` files (gitignore syntax, matched
 * with the `ignore` package, the implementation ESLint uses) in the cwd and
 * beside each configuration file, or the one `--ignore-path` names instead,
 * plus `--ignore-pattern` globs relative to the cwd. `--no-ignore` turns all
 * of them off.
 */
import {readFileSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import type {Ignore} from 'ignore'
import {reasonOf} from './files.js'
import {UsageError} from './usage.js'

/** The name of ignore files. */
export const ignoreFileName = '.claimlintignore'

/** What the command line says about ignoring. */
export interface IgnoreOptions {
  cwd: string
  /** False with `--no-ignore`. */
  enabled: boolean
  /** `--ignore-path`: use this file instead of every `.claimlintignore`. */
  ignorePath?: string
  /** `--ignore-pattern`, relative to the cwd. */
  patterns: readonly string[]
  /** How to name a file in messages. */
  display: (path: string) => string
}

/** Patterns that apply below one folder. */
interface Scope {
  folder: string
  rules: Ignore
}

/** Decides whether a file is ignored. */
export class IgnoreMatcher {
  readonly #options: IgnoreOptions
  /** Ignore files by folder; `null` when the folder has none. */
  readonly #files = new Map<string, Promise<Scope | null>>()
  #fixed: Scope[] = []

  private constructor(options: IgnoreOptions) {
    this.#options = options
  }

  /** Read `--ignore-path` and the cwd's `.claimlintignore`, or throw a one-line UsageError. */
  static async create(options: IgnoreOptions): Promise<IgnoreMatcher> {
    const matcher = new IgnoreMatcher(options)
    if (!options.enabled) return matcher
    const {default: ignore} = await import('ignore')
    if (options.patterns.length > 0) matcher.#fixed.push({folder: options.cwd, rules: ignore().add([...options.patterns])})
    if (options.ignorePath !== undefined) {
      const path = resolve(options.cwd, options.ignorePath)
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch (error) {
        throw new UsageError(`cannot read ignore file ${options.ignorePath}: ${reasonOf(error)}`, {cause: error})
      }
      matcher.#fixed.push({folder: dirname(path), rules: ignore().add(text)})
    }
    return matcher
  }

  /** Whether a file is ignored; `configPath` adds the `.claimlintignore` beside that configuration. */
  async ignores(file: string, configPath?: string | null): Promise<boolean> {
    if (!this.#options.enabled) return false
    const scopes = [...this.#fixed]
    if (this.#options.ignorePath === undefined) {
      const folders = new Set([this.#options.cwd, ...(configPath ? [dirname(configPath)] : [])])
      for (const folder of folders) {
        const scope = await this.#fileIn(folder)
        if (scope) scopes.push(scope)
      }
    }
    return scopes.some((scope) => {
      const path = relative(scope.folder, file)
      // A pattern file only speaks for its own folder and below, as in Git.
      if (path === '' || path.startsWith('..') || isAbsolute(path)) return false
      return scope.rules.ignores(path.split(sep).join('/'))
    })
  }

  #fileIn(folder: string): Promise<Scope | null> {
    let scope = this.#files.get(folder)
    if (!scope) {
      scope = (async () => {
        let text: string
        try {
          text = readFileSync(join(folder, ignoreFileName), 'utf8')
        } catch (error) {
          if ((error as {code?: string}).code === 'ENOENT') return null
          throw new UsageError(`cannot read ignore file ${this.#options.display(join(folder, ignoreFileName))}: ${(error as Error).message.split('\n')[0]}`)
        }
        const {default: ignore} = await import('ignore')
        return {folder, rules: ignore().add(text)}
      })()
      this.#files.set(folder, scope)
    }
    return scope
  }
}
