/**
 * Configuration for open documents, found exactly as the CLI finds it (the
 * CLI's own `Configurations` and `IgnoreMatcher`, not a copy), so the editor
 * and CI never disagree. Each workspace folder plays the part of the CLI's
 * cwd: its Git work tree decides which JavaScript configs may run, and its
 * `.claimlintignore` applies as one in the cwd does.
 */
import {dirname, isAbsolute, relative, sep} from 'node:path'
import type {Linter} from '@claimlint/core'
import {Configurations} from '@claimlint/cli/config'
import {IgnoreMatcher} from '@claimlint/cli/ignore-files'
import {jurisdictionPresets, presets, rules} from '@claimlint/rules'

/** What a document is linted with, or why it is not. */
export type Setup = {kind: 'lint'; linter: Linter} | {kind: 'ignored'}

/** One folder's configuration lookup, as one CLI run from that folder. */
interface Folder {
  configurations: Promise<Configurations>
  ignores: Promise<IgnoreMatcher>
}

/** Finds the Linter of each document; `reset` forgets every cached configuration. */
export class Workspaces {
  #roots: string[] = []
  readonly #folders = new Map<string, Folder>()

  /** Set the workspace folders (absolute paths). */
  setRoots(roots: readonly string[]): void {
    // Longest first, so a nested folder wins over its parent.
    this.#roots = [...roots].sort((a, b) => b.length - a.length)
    this.reset()
  }

  /** Forget cached configurations, ignore files and Linters (a config, ignore or register file changed). */
  reset(): void {
    this.#folders.clear()
  }

  /** The folder that plays the cwd for a file: its workspace folder, else its own folder. */
  rootOf(file: string): string {
    return this.#roots.find((root) => contains(root, file)) ?? dirname(file)
  }

  /** How to lint a file, or throw the CLI's one-line error naming the configuration at fault. */
  async setupFor(file: string): Promise<Setup> {
    const folder = this.#folder(this.rootOf(file))
    const configurations = await folder.configurations
    const ignores = await folder.ignores
    if (await ignores.ignores(file, await configurations.locate(file))) return {kind: 'ignored'}
    return {kind: 'lint', linter: (await configurations.setupFor(file)).linter}
  }

  #folder(cwd: string): Folder {
    let folder = this.#folders.get(cwd)
    if (!folder) {
      const display = (path: string): string => {
        const inside = relative(cwd, path)
        return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside.split(sep).join('/')
      }
      folder = {
        configurations: Configurations.create({
          cwd,
          builtIns: {rules, presets, jurisdictionPresets},
          noConfig: false,
          reportUnusedDirectives: false,
          display
        }),
        ignores: IgnoreMatcher.create({cwd, enabled: true, patterns: [], display})
      }
      this.#folders.set(cwd, folder)
    }
    return folder
  }
}

function contains(root: string, file: string): boolean {
  const inside = relative(root, file)
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)
}
