/**
 * The files whose change can change a finding: configuration files (the
 * CLI's own search places, so a new config name is watched as soon as the
 * CLI looks for it), `.claimlintignore` and the claims register
 * (`claims.yaml` or `.json`, issue 8).
 */
import {basename} from 'node:path'
import {searchPlaces} from '@claimlint/cli/config-files'
import {ignoreFileName} from '@claimlint/cli/ignore-files'

/** Names of claims register files. */
export const registerNames = ['claims.yaml', 'claims.yml', 'claims.json'] as const

/** Every watched file name. */
export const watchedNames: readonly string[] = [...searchPlaces, ignoreFileName, ...registerNames]

/** Glob patterns for `workspace/didChangeWatchedFiles` registration, one per name, anywhere in the workspace. */
export const watchedGlobs: readonly string[] = watchedNames.map((name) => `**/${name}`)

/** Whether a changed file can change findings. */
export function isWatched(path: string): boolean {
  return watchedNames.includes(basename(path))
}
