/**
 * Applies inline control comments to a file's findings: silenced findings
 * move to `file.data.suppressed` with their justification (so JSON and SARIF
 * can show the sign-off), expired suppressions stop silencing and are
 * reported, and, on request, bare or unused suppressions are findings too.
 */
import type {VFile} from 'vfile'
import type {Location} from 'vfile-location'
import {suppressorOf, type Directive} from './directives.js'
import {createNotice, type ClaimlintMessage} from './message.js'
import type {Document} from './types.js'

/** A finding silenced by a control comment. */
export interface Suppressed {
  message: ClaimlintMessage
  justification: string
}

/** Options of message control. */
export interface ControlOptions {
  /** Report a suppression comment that gives no reason after ` -- `. */
  requireSuppressionReason?: boolean
  /** Report a suppression comment that silenced nothing. */
  reportUnusedDirectives?: boolean
  /** Today's date as `YYYY-MM-DD`, for expiry. */
  today: string
  /** Every rule id that exists, so a misspelt one in a comment is reported. */
  knownRules: ReadonlySet<string>
}

declare module 'vfile' {
  interface DataMap {
    /** Findings silenced by control comments. */
    suppressed: Suppressed[]
  }
}

/** Apply a document's control comments to the file's messages. */
export function applyDirectives(file: VFile, document: Document, place: Location, options: ControlOptions): void {
  const {directives} = document
  const notices: ClaimlintMessage[] = document.directiveProblems.map((problem) =>
    createNotice({...problem, place, severity: 'error'})
  )
  if (directives.length === 0 && notices.length === 0) return
  const used = new Set<Directive>()
  const expired = new Set<Directive>()
  const suppressed: Suppressed[] = []
  const kept: typeof file.messages = []
  for (const message of file.messages as ClaimlintMessage[]) {
    const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const directive =
      message.ruleId && offset !== undefined && message.cause === undefined
        ? suppressorOf(directives, message.ruleId, offset)
        : undefined
    if (!directive) {
      kept.push(message)
    } else if (directive.expires !== undefined && directive.expires < options.today) {
      expired.add(directive)
      kept.push(message)
    } else {
      used.add(directive)
      suppressed.push({message, justification: directive.reason ?? ''})
    }
  }
  for (const directive of directives) {
    const at = {start: directive.start, end: directive.end, place}
    for (const id of directive.rules) {
      if (!options.knownRules.has(id)) notices.push(createNotice({...at, reason: `Unknown rule \`${id}\` in claimlint comment`, severity: 'error'}))
    }
    if (directive.kind === 'enable') continue
    if (expired.has(directive)) {
      notices.push(createNotice({...at, reason: `Expired suppression (expired ${directive.expires}), the findings it silenced are reported again`, severity: 'warn'}))
    }
    if (options.requireSuppressionReason && !directive.reason) {
      notices.push(createNotice({...at, reason: 'Unexpected suppression without a reason, add ` -- <reason>` to the comment', severity: 'error'}))
    }
    if (options.reportUnusedDirectives && !used.has(directive) && !expired.has(directive)) {
      notices.push(createNotice({...at, reason: 'Unused claimlint comment, it silences no finding', severity: 'warn'}))
    }
  }
  file.messages = [...kept, ...notices]
  file.data.suppressed = suppressed
}
