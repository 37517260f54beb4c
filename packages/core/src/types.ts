/** Public types shared by core, rules, the CLI and formatters. */
import type {Directive, DirectiveProblem} from './directives.js'

export type {Directive, DirectiveProblem}

/** How loudly a finding is reported: `off` disables a rule. */
export type Severity = 'off' | 'warn' | 'error'

/** Markets whose law a message can cite. */
export type Jurisdiction = 'us' | 'eu' | 'uk' | 'ca'

/** One legal or guidance text a rule rests on. */
export interface Reference {
  /** Market the text applies to. */
  jurisdiction: Jurisdiction
  /** Human title, e.g. `FD&C Act §201(g)(1), 21 U.S.C. 321(g)(1)`. */
  title: string
  /** Public URL of the text. */
  url: string
}

/** Metadata of a rule, ESLint `meta` style. */
export interface RuleMeta {
  /** Public kebab-case id; equals the rule's folder name. */
  id: string
  /** One-line description. */
  description: string
  /** Family number in the claims primer. */
  family: number
  /** What the rule reports, used in messages: `disease claim`. */
  kind: string
  /** Why the rule exists (a paragraph). */
  rationale: string
  /** Short legal basis per market, cited in messages: `{us: 'FD&C Act §201(g)(1)'}`. */
  basis: Partial<Record<Jurisdiction, string>>
  /** Texts behind the rule, per market. */
  references: readonly Reference[]
  /** Severity when the rule is on (in the recommended preset, unless `recommended` is false). */
  severity: Exclude<Severity, 'off'>
  /** Whether the recommended preset turns the rule on; default true (`unregistered-claim` is opt-in). */
  recommended?: boolean
  /** Whether some findings carry an automatic fix. */
  fixable: boolean
  /** Default remedy when an entry has none. */
  remedy: string
  /**
   * Severity per market where it differs by market (sunscreen is a drug in the
   * US and a cosmetic in the EU); a market not listed uses `severity`. The
   * strongest severity over the active markets caps the configured one.
   */
  markets?: Partial<Record<Jurisdiction, Severity>>
  /** Docs page of a third-party (plugin) rule; built-in rules leave it unset and link to their generated page. */
  url?: string
  /** What the claims inventory says of this rule's findings (`prohibited` for a disease claim); default `missing`. */
  evidenceStatus?: EvidenceStatus
}

/**
 * Where a claim stands, as the claims inventory (`claimlint inventory`) lists it:
 *
 * - `backed`: it cites an entry of the claims register whose evidence backs it
 *   (by a footnote naming the entry, or in the entry's approved wording);
 * - `footnoted`: there is no register, and it cites a footnote on the page;
 * - `missing`: it needs evidence and cites none, or a footnote naming no entry;
 * - `insufficient`: the entry it cites rests on evidence of a kind that cannot
 *   back it (a consumer survey behind "clinically proven");
 * - `expired`: the entry it cites, or that entry's evidence, has expired;
 * - `not-cleared-for-market`: the entry it cites is not cleared for a market of the page;
 * - `prohibited`: no evidence makes it cosmetic copy (a disease, drug,
 *   structure/function, biologic or regulatory-status claim, a banned phrase);
 * - `reword`: its wording, not its evidence, is the problem (a bare "reduces wrinkles");
 * - `suppressed`: an inline claimlint comment silenced its finding.
 */
export type EvidenceStatus =
  | 'backed'
  | 'footnoted'
  | 'missing'
  | 'insufficient'
  | 'expired'
  | 'not-cleared-for-market'
  | 'prohibited'
  | 'reword'
  | 'suppressed'

/** One lexicon entry: phrase patterns plus everything a message needs. */
export interface LexiconEntry {
  /**
   * Phrase patterns. Words are separated by spaces; `a|b` alternatives,
   * `[x]` optional, `treat~` inflections, `@name` a class of the lexicon,
   * `#num` a number, `*` any one word, `...` a gap of up to four words,
   * `anti-acne` matches `anti-acne`, `anti acne` and `antiacne`.
   */
  phrases: readonly string[]
  /** The longer why, naming the legal basis. */
  note: string
  /** Compliant alternatives shown in the message. */
  expected?: readonly string[]
  /** Remedy when there is no alternative to propose. */
  remedy?: string
  /** Kind of claim when it differs from the rule's. */
  kind?: string
  /** Severity when it differs from the rule's (a grey-zone entry is `warn`). */
  severity?: Exclude<Severity, 'off'>
  /** Whether an appearance qualifier (`the look of`, `visibly`) makes it cosmetic. */
  qualifiable?: boolean
  /** Whether a preceding negation (`does not`, `not intended to`) removes it; default true. */
  negatable?: boolean
  /** Whether a question (`Does it treat acne?`) still counts; default false. */
  inQuestions?: boolean
  /** Whether a mention (`beware of brands that promise to cure acne`) still counts; default false. */
  inMentions?: boolean
  /** A safe replacement applied by `--fix`; only where meaning is kept. */
  fix?: string
  /**
   * A fix that keeps the words as written and inserts `text` (and a space)
   * before the matched word at index `before` (0 is the first word of the
   * match): `{before: 1, text: 'the appearance of'}` turns `reduces fine lines`
   * into `reduces the appearance of fine lines`, whatever the verb's form.
   */
  fixInsert?: {before: number; text: string}
  /** Match `phrases` literally (configuration vocabulary): no pattern syntax. */
  literal?: boolean
  /** What the claims inventory says of findings of this entry, when it differs from the rule's `evidenceStatus`. */
  evidenceStatus?: EvidenceStatus
}

/** A rule's phrase data. */
export interface Lexicon {
  /** Named word classes referenced as `@name` in phrases. */
  classes?: Readonly<Record<string, readonly string[]>>
  /** Claims to report. */
  entries: readonly LexiconEntry[]
  /** Phrases that are never this rule's claims (`overnight mask`). */
  allow?: readonly string[]
}

/** A word (or word piece of a hyphenated compound) in a sentence. */
export interface Token {
  /** Text as written. */
  value: string
  /** Normalised form used for matching. */
  norm: string
  /** Offset of the first character in the file. */
  start: number
  /** Offset after the last character in the file. */
  end: number
  /** What separates it from the previous token: nothing but space, a comma, or harder punctuation. */
  boundary: 'soft' | 'comma' | 'hard'
  /** Whether it continues a hyphenated word (`comedogenic` in `non-comedogenic`). */
  joined?: true
}

/** Where a piece of copy sits on the page. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'listItem'
  | 'blockquote'
  | 'tableCell'
  | 'frontmatter'
  | 'alt'
  | 'html'
  | 'footnote'
  | 'text'

/** One sentence of copy with its tokens. */
export interface Sentence {
  tokens: Token[]
  /** Offset of the sentence in the file. */
  start: number
  end: number
  /** Where on the page it sits. */
  block: BlockKind
  /** Whether it ends in a question mark. */
  question: boolean
  /** Labels of footnote references attached to it (`[^1]`, `*`). */
  footnotes: string[]
}

/** A parsed document: the copy of one file as sentences. */
export interface Document {
  /** The file's text. */
  text: string
  sentences: Sentence[]
  /** Labels of footnote definitions on the page. */
  footnoteDefinitions: Set<string>
  /** Inline control comments, in document order. */
  directives: Directive[]
  /** Malformed control comments. */
  directiveProblems: DirectiveProblem[]
  /** The page's frontmatter fields as data (`markets: [us, eu]`), when it has a YAML map. */
  frontmatter?: Readonly<Record<string, unknown>>
}

/** A lexicon match handed to a rule's own filter. */
export interface Match {
  entry: LexiconEntry
  sentence: Sentence
  /** Index of the first and last matched token. */
  first: number
  last: number
  /** File offsets of the match. */
  start: number
  end: number
}

/** What a rule's own code may report besides lexicon matches. */
export interface Report {
  start: number
  end: number
  entry: LexiconEntry
  /** A fix computed for this finding (absolute offsets inside `start`..`end`); wins over `entry.fix`. */
  fix?: Fix
}

/** A claim a rule found and does not report, for the claims inventory. */
export interface RecordedClaim {
  start: number
  end: number
  entry: LexiconEntry
  /** Where it stands: `backed` or `footnoted`. */
  status: EvidenceStatus
  /** The register entry that backs it, when it cites several. */
  register?: RegisterEntry
}

/** What rule code receives. */
export interface RuleContext {
  document: Document
  /** Options given to the rule in configuration. */
  options: Readonly<Record<string, unknown>>
  /** Report a finding. */
  report(report: Report): void
  /**
   * Record a claim the rule found and does not report (backed by the claims
   * register, or by a footnote on the page), so the claims inventory still
   * lists it; does nothing unless the file is linted with `inventory`.
   */
  recordClaim(claim: RecordedClaim): void
  /** Markets of this page: its frontmatter `markets:`, else the configured jurisdictions. */
  markets: readonly Jurisdiction[]
  /** Today's date, `YYYY-MM-DD` (register expiry). */
  today: string
  /** The project's claims register, when it has one. */
  register?: RegisterView
}

/** Kind of study behind an approved claim. */
export type EvidenceKind = 'in-vivo' | 'in-vitro' | 'consumer-perception' | 'instrumental'

/** The evidence behind an approved claim. */
export interface Evidence {
  /** Study id or title. */
  study: string
  kind: EvidenceKind
  /** Number of subjects or samples. */
  panel?: number
  /** How long the study ran (`4 weeks`). */
  duration?: string
  /** When the study was reported, `YYYY-MM-DD`. */
  date?: string
  /** Where the report is: a URL or a file path. */
  link?: string
  file?: string
  /** Date after which the evidence no longer supports claims, `YYYY-MM-DD`. */
  expires?: string
}

/** One approved claim of the claims register. */
export interface RegisterEntry {
  /** Id cited by footnotes (`[^firm-2025]`). */
  id: string
  /** Approved wordings, matched as literal phrases. */
  wording: readonly string[]
  evidence: Evidence
  /** Markets the claim is cleared for. */
  markets: readonly Jurisdiction[]
  /** Date after which the claim may no longer run, `YYYY-MM-DD`. */
  expires?: string
}

/** A project's claims register (`claims.yaml`). */
export interface ClaimsRegister {
  claims: readonly RegisterEntry[]
  /** Where it comes from, named in messages; default `the claims register`. */
  origin?: string
}

/** Where a sentence is tied to a register entry: a footnote naming its id, or its approved wording. */
export interface RegisterTie {
  entry: RegisterEntry
  by: 'footnote' | 'wording'
  /** File offsets of the footnote reference (`[^firm-2025]`) or of the wording. */
  start: number
  end: number
}

/** The claims register as a rule sees it on one page. */
export interface RegisterView {
  claims: readonly RegisterEntry[]
  /** Name of the register in messages (`claims.yaml`). */
  origin: string
  /** The entry with this id; ids compare case-insensitively, as footnote labels do. */
  get(id: string): RegisterEntry | undefined
  /** Entries a sentence is tied to, in text order. */
  ties(sentence: Sentence): readonly RegisterTie[]
  /** Every tie on the page, each place once, sentence by sentence. */
  pageTies(): readonly RegisterTie[]
}

/** A claimlint rule. */
export interface Rule {
  meta: RuleMeta
  /** Phrase data matched by core. */
  lexicon?: Lexicon
  /** A rule's own judgement on a lexicon match: return false to drop it, or an entry to report in its place (a message saying what is missing). */
  keep?(match: Match, context: RuleContext): boolean | LexiconEntry
  /** Logic beyond phrases, run once per document. */
  check?(context: RuleContext): void
}

/** A rule's configured severity and options. */
export type RuleSetting = Severity | 0 | 1 | 2 | readonly [Severity | 0 | 1 | 2, Record<string, unknown>?]

/** An automatic fix in ESLint's shape: replace `range` (absolute offsets) by `text`. */
export interface Fix {
  range: [number, number]
  text: string
}

/** What a formatter is told about the run (ESLint's formatter context). */
export interface FormatterContext {
  /** Folder the command ran in; paths are shown relative to it. */
  cwd: string
  /** Whether to use ANSI colours. */
  color: boolean
  /** Metadata of every configured rule, by id. */
  rulesMeta: Record<string, RuleMeta>
  /** claimlint's version. */
  version?: string
}

/** A formatter: results in, report out (ending with a newline, or empty). */
export type Formatter = (
  results: import('./results.js').LintResult[],
  context: FormatterContext
) => string | Promise<string>
