/**
 * The claims inventory of one file (issue 8): every claim the rules found,
 * reported or not, with where it stands. Rules report findings as usual and
 * record, through `context.recordClaim`, the claims they pass because the
 * register or a footnote backs them; entries of the register that the copy
 * cites but no rule found are listed too. Built only when a file is linted
 * with `inventory`, so ordinary results are unchanged.
 */
import type {Location} from 'vfile-location'
import type {Suppressed} from './control.js'
import {findingSeverity, type ClaimlintMessage} from './message.js'
import {expiredPart, unclearedMarkets} from './register.js'
import type {
  Document,
  EvidenceStatus,
  Jurisdiction,
  LexiconEntry,
  RecordedClaim,
  RegisterEntry,
  RegisterView,
  RuleMeta,
  Sentence,
  Severity
} from './types.js'

/** One claim of the inventory: where it is, what it says, which rule found it and where it stands. */
export interface ClaimRecord {
  /** The rule that found it; null for copy that cites a register entry (footnote or approved wording) no rule found a claim in. */
  ruleId: string | null
  /** Its family in the claims primer (`familyName` names it); null when the rule gives none. */
  family: number | null
  /** The severity of the rule's findings as configured (a backed claim is not reported); null when no rule found it. */
  severity: Exclude<Severity, 'off'> | null
  status: EvidenceStatus
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The claim as written. */
  text: string
  /** The sentence it sits in, on one line, shortened past 300 characters. */
  sentence: string
  /** Id of the register entry it cites (the one overlapping it, else the first its sentence cites). */
  register: string | null
  /** Why it has its status: the finding's message, the suppression's justification, or the evidence on record. */
  detail: string
}

declare module 'vfile' {
  interface DataMap {
    /** The claims inventory, when the file was linted with `inventory`. */
    claims: ClaimRecord[]
  }
}

/** A claim before control comments apply and positions are computed. */
interface Pending {
  ruleId: string | null
  family: number | null
  severity: Exclude<Severity, 'off'> | null
  status: EvidenceStatus
  start: number
  end: number
  register?: RegisterEntry
  detail: string
  /** Set on claims found by the rule's own judgement rather than reported. */
  recorded?: true
}

/** How long the `sentence` column may grow: a claim's context, not the page. */
const sentenceLength = 300

/** Collects one file's claims while it is linted. */
export class ClaimInventory {
  readonly #document: Document
  readonly #place: Location
  readonly #register: RegisterView | undefined
  readonly #markets: readonly Jurisdiction[]
  readonly #today: string
  readonly #pending: Pending[] = []
  readonly #byMessage = new Map<ClaimlintMessage, Pending>()

  constructor(options: {document: Document; place: Location; register: RegisterView | undefined; markets: readonly Jurisdiction[]; today: string}) {
    this.#document = options.document
    this.#place = options.place
    this.#register = options.register
    this.#markets = options.markets
    this.#today = options.today
  }

  /** A claim a rule found and passed (`context.recordClaim`). */
  recorded(meta: RuleMeta, severity: Exclude<Severity, 'off'>, claim: RecordedClaim): void {
    this.#pending.push({
      ...ruleFields(meta),
      severity: findingSeverity(claim.entry, severity),
      status: claim.status,
      start: claim.start,
      end: claim.end,
      ...(claim.register ? {register: claim.register} : {}),
      detail: '',
      recorded: true
    })
  }

  /** A finding a rule reported, with the entry it was reported under. */
  reported(meta: RuleMeta, entry: LexiconEntry, message: ClaimlintMessage, start: number, end: number): void {
    const pending: Pending = {
      ...ruleFields(meta),
      severity: message.fatal ? 'error' : 'warn',
      status: entry.evidenceStatus ?? meta.evidenceStatus ?? 'missing',
      start,
      end,
      detail: message.reason
    }
    this.#pending.push(pending)
    this.#byMessage.set(message, pending)
  }

  /**
   * The file's inventory in text order, once control comments have applied:
   * silenced findings are `suppressed`; claims of rules that crashed are left out.
   */
  records(suppressed: readonly Suppressed[], crashed: ReadonlySet<string>): ClaimRecord[] {
    for (const {message, justification} of suppressed) {
      const pending = this.#byMessage.get(message)
      if (!pending) continue
      pending.status = 'suppressed'
      pending.detail = justification
    }
    const kept = distinct(this.#pending.filter((pending) => pending.ruleId === null || !crashed.has(pending.ruleId)))
    const sentences = [...this.#document.sentences].filter((s) => s.tokens.length > 0).sort((a, b) => a.start - b.start)
    const located = kept.map((pending) => ({pending, sentence: sentenceAt(sentences, pending.start)}))
    if (this.#register) located.push(...this.#citedOnly(sentences, located))
    located.sort((a, b) => a.pending.start - b.pending.start || compareRules(a.pending.ruleId, b.pending.ruleId))
    return located.map(({pending, sentence}) => this.#record(pending, sentence))
  }

  /** Register entries the copy cites where no rule found a claim: listed with the copy that cites them. */
  #citedOnly(sentences: readonly Sentence[], located: ReadonlyArray<{pending: Pending; sentence: Sentence | undefined}>): Array<{pending: Pending; sentence: Sentence}> {
    const cited = new Map<Sentence, Set<string>>()
    for (const {pending, sentence} of located) {
      const id = sentence && this.#entryOf(pending, sentence)?.id
      if (sentence && id !== undefined) cited.set(sentence, (cited.get(sentence) ?? new Set()).add(id))
    }
    const found: Array<{pending: Pending; sentence: Sentence}> = []
    for (const sentence of sentences) {
      for (const tie of this.#register!.ties(sentence)) {
        const ids = cited.get(sentence) ?? new Set<string>()
        if (ids.has(tie.entry.id)) continue
        cited.set(sentence, ids.add(tie.entry.id))
        // A footnote stands for the copy before it: `Firmer-looking skin.[^firm-2025]`.
        const start = tie.by === 'footnote' ? Math.min(sentence.tokens[0]!.start, tie.start) : tie.start
        const end = tie.by === 'footnote' ? trimEnd(this.#document.text, start, tie.start) : tie.end
        const pending: Pending = {ruleId: null, family: null, severity: null, status: 'backed', start, end: end > start ? end : tie.end, register: tie.entry, detail: '', recorded: true}
        found.push({pending, sentence})
      }
    }
    return found
  }

  /** The register entry a claim cites: given by the rule, else the tie overlapping it, else the first of its sentence. */
  #entryOf(pending: Pending, sentence: Sentence | undefined): RegisterEntry | undefined {
    if (pending.register || !this.#register || !sentence) return pending.register
    const ties = this.#register.ties(sentence)
    return (ties.find((tie) => tie.start < pending.end && pending.start < tie.end) ?? ties[0])?.entry
  }

  #record(pending: Pending, sentence: Sentence | undefined): ClaimRecord {
    const {text} = this.#document
    const entry = this.#entryOf(pending, sentence)
    let {status, detail} = pending
    // A claim is only as backed as the entry it cites is current and cleared for the page's markets.
    if (status === 'backed' && entry) {
      const lapse = expiredPart(entry, this.#today)
      const uncleared = unclearedMarkets(entry, this.#markets)
      const evidence = evidenceOf(entry)
      if (lapse) {
        status = 'expired'
        detail = `${lapse === 'approval' ? `approval expired on ${entry.expires}` : `evidence expired on ${entry.evidence.expires}`}: ${evidence}`
      } else if (uncleared.length > 0) {
        status = 'not-cleared-for-market'
        detail = `not cleared for ${uncleared.map((market) => market.toUpperCase()).join(', ')}: ${evidence}`
      } else {
        detail = evidence
      }
    }
    const start = this.#place.toPoint(pending.start)
    const end = this.#place.toPoint(pending.end)
    return {
      ruleId: pending.ruleId,
      family: pending.family,
      severity: pending.severity,
      status,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      endLine: end?.line ?? start?.line ?? 1,
      endColumn: end?.column ?? start?.column ?? 1,
      text: text.slice(pending.start, pending.end),
      sentence: sentence ? oneLine(text.slice(sentence.start, sentence.end)) : '',
      register: entry?.id ?? null,
      detail
    }
  }
}

/** Rule ids in code-point order (the same on every machine), copy that no rule found a claim in last. */
function compareRules(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

function ruleFields(meta: RuleMeta): {ruleId: string; family: number | null} {
  return {ruleId: meta.id, family: typeof meta.family === 'number' ? meta.family : null}
}

/**
 * Claims of one rule that do not overlap: a finding wins over a recorded
 * claim, then the leftmost-longest, as for findings (`clinically proven`
 * rather than `proven` inside it).
 */
function distinct(pending: readonly Pending[]): Pending[] {
  const order = [...pending].sort(
    (a, b) => Number(a.recorded === true) - Number(b.recorded === true) || a.start - b.start || b.end - a.end
  )
  const taken: Pending[] = []
  for (const claim of order) {
    const clash = claim.recorded === true && taken.some((other) => other.ruleId === claim.ruleId && other.start < claim.end && claim.start < other.end)
    if (!clash) taken.push(claim)
  }
  return taken
}

/** The sentence a claim starting at `offset` belongs to: the last one starting at or before it (a footnote reference follows its sentence). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0
  let high = sentences.length - 1
  let found: Sentence | undefined
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle]!.start <= offset) {
      found = sentences[middle]
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

/** The evidence of an entry in one line: `FIRM-01 (in-vivo, panel 32, 4 weeks)`. */
function evidenceOf(entry: RegisterEntry): string {
  const {study, kind, panel, duration} = entry.evidence
  return `${study} (${[kind, panel === undefined ? undefined : `panel ${panel}`, duration].filter((part) => part !== undefined).join(', ')})`
}

/** Text on one line: runs of white space (line breaks of wrapped copy) become one space; long text is cut with an ellipsis. */
function oneLine(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length > sentenceLength ? `${flat.slice(0, sentenceLength - 1)}…` : flat
}

/** The end of `text` between `start` and `end` without trailing white space. */
function trimEnd(text: string, start: number, end: number): number {
  let at = end
  while (at > start && /\s/.test(text[at - 1]!)) at--
  return at
}
