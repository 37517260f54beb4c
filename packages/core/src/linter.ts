/**
 * The linter: compiles the enabled rules' lexicons into one matcher, parses
 * each file into sentences, runs the shared sentence judgements and each
 * rule's own logic, and stamps every finding through `createMessage`.
 * Pure: no file system, no `process`, no console.
 */
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {VFileMessage} from 'vfile-message'
import {isMention, isNegated, isQualified, isQuestion} from './context.js'
import {applyDirectives} from './control.js'
import {parseHtml, parseMarkdown, parseText} from './markdown.js'
import {PhraseMatcher, type PhraseSource, type RawMatch} from './matcher.js'
import {createMessage, findingSeverity, ruleUrl, type ClaimlintMessage} from './message.js'
import {ClaimInventory} from './inventory.js'
import {denyRule, type DenyEntry} from './vocabulary.js'
import {sentenceWindow} from './sentence-window.js'
import {CompiledRegister, pageMarkets} from './register.js'
import type {
  ClaimsRegister,
  Document,
  Fix,
  Jurisdiction,
  LexiconEntry,
  Match,
  Report,
  Rule,
  RuleContext,
  RuleSetting,
  Severity
} from './types.js'

/** A configuration problem found at set-up (unknown rule, bad severity). */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** How to lint. */
export interface LinterOptions {
  /** Every rule that may be configured (core knows none by name). */
  rules: readonly Rule[]
  /** Severity and options per rule id; rules not listed are off. Default: each rule's own severity. */
  settings?: Readonly<Record<string, RuleSetting>>
  /** Markets whose legal basis messages cite; default `['us']`. */
  jurisdictions?: readonly Jurisdiction[]
  /** Phrases never reported by any rule (brand and product names); literal text. */
  allow?: readonly string[]
  /** The project's own banned phrases, reported as rule `deny`; literal text. */
  deny?: readonly DenyEntry[]
  /** Where the settings come from, named in errors (`.claimlintrc.json`). */
  origin?: string
  /** Report suppression comments that give no reason. */
  requireSuppressionReason?: boolean
  /** Report suppression comments that silence nothing. */
  reportUnusedDirectives?: boolean
  /** Today's date (`YYYY-MM-DD`) for suppression and register expiry; default the current UTC date. */
  today?: string
  /** The project's claims register, given to rules as `context.register`. */
  register?: ClaimsRegister
}

/** What to lint: text plus its path, which also picks the format. */
export interface LintInput {
  value: string
  path?: string
  /** Force a format; by default `.txt` and `.text` are plain text, `.html` HTML, anything else Markdown (and MDX). */
  format?: 'markdown' | 'text' | 'html'
  /** Also list every claim found, reported or not, in `file.data.claims` (the claims inventory). */
  inventory?: boolean
}

interface ActiveRule {
  rule: Rule
  severity: Exclude<Severity, 'off'>
  options: Readonly<Record<string, unknown>>
}

const severities: Readonly<Record<string, Severity>> = {off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error'}

/** Resolve one setting to a severity and options, or throw a one-line ConfigError. */
export function resolveSetting(id: string, setting: RuleSetting, origin: string): [Severity, Record<string, unknown>] {
  const [level, options] = Array.isArray(setting) ? setting : [setting, undefined]
  const severity = Object.hasOwn(severities, String(level)) ? severities[String(level)] : undefined
  if (severity === undefined) {
    throw new ConfigError(`Unexpected severity \`${String(level)}\` for rule \`${id}\` in ${origin}, expected off, warn or error`)
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ConfigError(`Unexpected options for rule \`${id}\` in ${origin}, expected an object`)
  }
  return [severity, {...options}]
}

/** Pick the format of a file from its path: `.txt` plain text, `.html` HTML, anything else Markdown. */
export function formatOf(path: string | undefined): 'markdown' | 'text' | 'html' {
  if (path && /\.(txt|text)$/i.test(path)) return 'text'
  if (path && /\.(html?|xhtml)$/i.test(path)) return 'html'
  return 'markdown'
}

/** A configured linter; compile once, lint many files. */
export class Linter {
  readonly #active: ActiveRule[] = []
  readonly #matcher: PhraseMatcher
  readonly #jurisdictions: readonly Jurisdiction[]
  readonly #options: LinterOptions
  readonly #register: CompiledRegister | undefined

  constructor(options: LinterOptions) {
    this.#options = options
    const origin = options.origin ?? 'the configuration'
    const byId = new Map(options.rules.map((rule) => [rule.meta.id, rule]))
    const settings =
      options.settings ?? Object.fromEntries(options.rules.map((r) => [r.meta.id, r.meta.recommended === false ? 'off' : r.meta.severity]))
    for (const [id, setting] of Object.entries(settings)) {
      const rule = byId.get(id)
      if (!rule) throw new ConfigError(`Unknown rule \`${id}\` in ${origin}`)
      const [configured, ruleOptions] = resolveSetting(id, setting, origin)
      const severity = capByMarkets(configured, rule, options.jurisdictions ?? ['us'])
      if (severity !== 'off') this.#active.push({rule, severity, options: ruleOptions})
    }
    if (options.deny && options.deny.length > 0) {
      this.#active.push({rule: denyRule(options.deny), severity: 'error', options: {}})
    }
    this.#jurisdictions = options.jurisdictions ?? ['us']
    this.#register = options.register ? new CompiledRegister(options.register) : undefined
    const sources: PhraseSource[] = this.#active.map(({rule}) => ({
      ruleId: rule.meta.id,
      ...(rule.lexicon?.classes ? {classes: rule.lexicon.classes} : {}),
      entries: rule.lexicon?.entries ?? [],
      allow: rule.lexicon?.allow ?? []
    }))
    sources.push({ruleId: null, allow: options.allow ?? [], literalAllow: true})
    this.#matcher = new PhraseMatcher(sources)
  }

  /** Ids of the rules that are on, in order. */
  get activeRules(): Array<{id: string; severity: Exclude<Severity, 'off'>}> {
    return this.#active.map(({rule, severity}) => ({id: rule.meta.id, severity}))
  }

  /** Parse a file into sentences of copy (exposed for tools and tests). */
  parse(input: LintInput): Document {
    const format = input.format ?? formatOf(input.path)
    return format === 'text' ? parseText(input.value) : format === 'html' ? parseHtml(input.value) : parseMarkdown(input.value)
  }

  /** Lint one file; findings are the VFile's messages, sorted by position. */
  lint(input: LintInput): VFile {
    const file = new VFile(input.path === undefined ? {value: input.value} : {value: input.value, path: input.path})
    const document = this.parse(input)
    const place = location(input.value)
    const reports = new Map<ActiveRule, Report[]>(this.#active.map((a) => [a, []]))
    const byId = new Map(this.#active.map((a) => [a.rule.meta.id, a]))
    const crashed = new Set<ActiveRule>()

    const markets = pageMarkets(document, this.#jurisdictions)
    const today = this.#options.today ?? new Date().toISOString().slice(0, 10)
    const register = this.#register?.view(document)
    const inventory = input.inventory ? new ClaimInventory({document, place, register, markets, today}) : undefined
    const contextOf = (active: ActiveRule): RuleContext => ({
      document,
      options: active.options,
      report: (report) => reports.get(active)!.push(report),
      recordClaim: (claim) => inventory?.recorded(active.rule.meta, active.severity, claim),
      markets,
      today,
      ...(register ? {register} : {})
    })
    const contexts = new Map(this.#active.map((a) => [a, contextOf(a)]))
    const guard = (active: ActiveRule, run: () => void): void => {
      if (crashed.has(active)) return
      try {
        run()
      } catch (error) {
        crashed.add(active)
        const reason = `Cannot run rule \`${active.rule.meta.id}\`: ${error instanceof Error ? error.message : String(error)}`
        const message = new VFileMessage(reason, {ruleId: active.rule.meta.id, source: 'claimlint', cause: error instanceof Error ? error : new Error(String(error))})
        message.fatal = true
        message.url = active.rule.meta.url ?? ruleUrl(active.rule.meta.id)
        file.messages.push(message)
      }
    }

    for (const sentence of document.sentences) {
      const raw = this.#matcher.match(sentence.tokens)
      if (raw.length === 0) continue
      const allowed = raw.filter((m) => m.accept.kind === 'allow')
      const candidates: Array<{active: ActiveRule; match: Match}> = []
      for (const found of raw) {
        if (found.accept.kind !== 'claim') continue
        const active = byId.get(found.accept.ruleId!)!
        const entry = found.accept.entry!
        if (allowed.some((a) => overlaps(a, found) && (a.accept.ruleId === null || a.accept.ruleId === found.accept.ruleId))) continue
        // Judged on a window around the phrase: linear time on a 1 MB "sentence" (sentence-window.ts).
        const near = sentenceWindow(sentence, found.first, found.last)
        if (entry.negatable !== false && isNegated(near.sentence, near.first, near.last)) continue
        if (entry.qualifiable && isQualified(near.sentence, near.first, near.last)) continue
        if (!entry.inQuestions && isQuestion(sentence)) continue
        if (!entry.inMentions && isMention(near.sentence, near.first, near.last, document.text)) continue
        const match: Match = {
          entry,
          sentence,
          first: found.first,
          last: found.last,
          start: sentence.tokens[found.first]!.start,
          end: sentence.tokens[found.last]!.end
        }
        let keep: boolean | LexiconEntry = true
        if (active.rule.keep) guard(active, () => (keep = active.rule.keep!(match, contexts.get(active)!)))
        // A rule may keep a match under another entry, whose message says what is missing.
        if (typeof keep === 'object') candidates.push({active, match: {...match, entry: keep}})
        else if (keep && !crashed.has(active)) candidates.push({active, match})
      }
      // Within a rule, the leftmost-longest match wins; other rules may overlap.
      candidates.sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end)
      const taken = new Map<ActiveRule, number>()
      for (const {active, match} of candidates) {
        if ((taken.get(active) ?? -1) > match.start) continue
        taken.set(active, match.end)
        const fix = insertionFix(match, input.value)
        reports.get(active)!.push({start: match.start, end: match.end, entry: match.entry, ...(fix ? {fix} : {})})
      }
    }

    for (const active of this.#active) {
      if (active.rule.check) guard(active, () => active.rule.check!(contexts.get(active)!))
    }

    for (const [active, list] of reports) {
      if (crashed.has(active)) continue
      for (const report of list) {
        const message = createMessage({
          meta: active.rule.meta,
          entry: report.entry,
          start: report.start,
          end: report.end,
          text: input.value,
          place,
          severity: findingSeverity(report.entry, active.severity),
          jurisdictions: this.#jurisdictions,
          ...(report.fix ? {fix: report.fix} : {})
        })
        file.messages.push(message)
        inventory?.reported(active.rule.meta, report.entry, message, report.start, report.end)
      }
    }
    applyDirectives(file, document, place, {
      today,
      knownRules: new Set(this.#options.rules.map((rule) => rule.meta.id)),
      ...(this.#options.requireSuppressionReason ? {requireSuppressionReason: true} : {}),
      ...(this.#options.reportUnusedDirectives ? {reportUnusedDirectives: true} : {})
    })
    file.messages.sort(compareMessages)
    if (inventory) file.data.claims = inventory.records(file.data.suppressed ?? [], new Set([...crashed].map((a) => a.rule.meta.id)))
    return file
  }
}

const rank: Readonly<Record<Severity, number>> = {off: 0, warn: 1, error: 2}

/** A rule's severity in the active markets: the strongest market severity caps the configured one. */
function capByMarkets(configured: Severity, rule: Rule, jurisdictions: readonly Jurisdiction[]): Severity {
  const markets = rule.meta.markets
  if (!markets || configured === 'off') return configured
  let cap: Severity = 'off'
  for (const jurisdiction of jurisdictions) {
    const severity = markets[jurisdiction] ?? rule.meta.severity
    if (rank[severity] > rank[cap]) cap = severity
  }
  return rank[cap] < rank[configured] ? cap : configured
}

/**
 * The fix of an entry's `fixInsert`: an insertion before one matched word,
 * uppercased when the match is all capitals (`REDUCES FINE LINES`).
 */
function insertionFix(match: Match, text: string): Fix | undefined {
  const insert = match.entry.fixInsert
  if (!insert) return undefined
  const index = match.first + insert.before
  if (insert.before < 1 || index > match.last) return undefined
  const at = match.sentence.tokens[index]!.start
  const actual = text.slice(match.start, match.end)
  const shout = actual === actual.toUpperCase() && /[A-Z]/.test(actual)
  return {range: [at, at], text: `${shout ? insert.text.toUpperCase() : insert.text} `}
}

function overlaps(a: RawMatch, b: RawMatch): boolean {
  return a.first <= b.last && b.first <= a.last
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareMessages(a: VFileMessage, b: VFileMessage): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    // Code point order, not localeCompare: the same order under every locale (and no collation data to load).
    byCodePoint(String(a.ruleId), String(b.ruleId))
  )
}

/** Lint one text with the given rules (a convenience over `new Linter(options).lint`). */
export function lint(input: LintInput | string, options: LinterOptions): VFile {
  return new Linter(options).lint(typeof input === 'string' ? {value: input} : input)
}

export type {ClaimlintMessage, LexiconEntry}
