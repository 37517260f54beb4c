/**
 * The part of a sentence the context judgements (negation, qualifier,
 * mention) look at. They scan the sentence around a phrase, so on a
 * "sentence" of 100,000 words (1 MB without a full stop, issue 7) judging
 * every phrase would take quadratic time. No judgement reaches further than
 * a few words, and no real sentence is longer than the window, so real copy
 * is judged exactly as before.
 */
import type {Sentence} from './types.js'

/** Tokens kept on each side of a phrase. */
export const windowReach = 64

/** A view of `sentence` around tokens `first`..`last`, with the indices of the phrase in it. */
export function sentenceWindow(sentence: Sentence, first: number, last: number): {sentence: Sentence; first: number; last: number} {
  const {tokens} = sentence
  if (tokens.length <= 2 * windowReach + (last - first + 1)) return {sentence, first, last}
  const from = Math.max(0, first - windowReach)
  const to = Math.min(tokens.length, last + 1 + windowReach)
  const kept = tokens.slice(from, to)
  return {
    sentence: {
      ...sentence,
      tokens: kept,
      start: from === 0 ? sentence.start : kept[0]!.start,
      end: to === tokens.length ? sentence.end : kept.at(-1)!.end
    },
    first: first - from,
    last: last - from
  }
}
