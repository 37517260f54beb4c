/**
 * `--shard <i>/<n>`: a deterministic split of the file set for CI matrices.
 * Files are ordered by path and dealt round-robin, so every shard gets a
 * similar share of a catalogue, each file lands in exactly one shard, and the
 * split does not depend on the order the file system lists files in.
 */
import {UsageError} from './usage.js'

/** A parsed `--shard` value: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

/** Parse `i/n` (1 ≤ i ≤ n), or throw a one-line UsageError. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`Unexpected --shard \`${value}\`, expected <i>/<n> with 1 ≤ i ≤ n, e.g. 2/4`)
  }
  return {index, count}
}

/** The files of one shard, in path order. */
export function shardFiles(files: readonly string[], shard: Shard): string[] {
  return [...files].sort().filter((_, position) => position % shard.count === shard.index - 1)
}
