/**
 * Inline control comments, the unified convention (alex, remark-lint) made
 * auditable for regulated copy:
 *
 *     <!--claimlint disable proof-claim-->        until `enable` (or the end of the file)
 *     <!--claimlint enable proof-claim-->
 *     <!--claimlint ignore-->                     the next node only, every rule
 *     <!--claimlint ignore proof-claim -- approved by Legal, REG-123, expires 2027-06-30-->
 *
 * Text after ` -- ` is the justification; an `expires YYYY-MM-DD` inside it
 * sets when the suppression stops silencing.
 */
import type {Nodes, Root} from 'mdast'

/** One control comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'ignore'
  /** Rule ids; empty means every rule. */
  rules: string[]
  /** Justification after ` -- `, if any. */
  reason?: string
  /** Expiry date (`YYYY-MM-DD`) found in the reason. */
  expires?: string
  /** Offsets of the comment itself. */
  start: number
  end: number
  /** Offsets the directive governs (`ignore`: the next node; others: from the comment on). */
  from: number
  to: number
}

const comment = /^<!--\s*claimlint\s+([a-z-]+)([\s\S]*?)-->$/
const expiry = /\bexpir(?:es|y|ing)?:?\s+(?:on\s+)?(\d{4}-\d{2}-\d{2})\b/i

/** Parse the body of one HTML comment; `undefined` when it is not a claimlint comment, a string when it is malformed. */
export function parseDirective(value: string): Omit<Directive, 'start' | 'end' | 'from' | 'to'> | string | undefined {
  const match = comment.exec(value.trim())
  if (!match) return undefined
  const kind = match[1]!
  if (kind !== 'disable' && kind !== 'enable' && kind !== 'ignore') {
    return `Unknown claimlint comment \`${kind}\`, expected disable, enable or ignore`
  }
  const body = match[2]!
  const split = body.search(/(^|\s)--(\s|$)/)
  const names = (split === -1 ? body : body.slice(0, split)).trim()
  const reason = split === -1 ? '' : body.slice(split).replace(/^\s*--\s*/, '').trim()
  const directive: Omit<Directive, 'start' | 'end' | 'from' | 'to'> = {kind, rules: names ? names.split(/[\s,]+/) : []}
  if (reason) directive.reason = reason
  const expires = expiry.exec(reason)?.[1]
  if (expires) directive.expires = expires
  return directive
}

/** A malformed claimlint comment, reported as a finding. */
export interface DirectiveProblem {
  reason: string
  start: number
  end: number
}

/** Collect the control comments of a Markdown tree. */
export function collectDirectives(tree: Root, length: number): {directives: Directive[]; problems: DirectiveProblem[]} {
  const directives: Directive[] = []
  const problems: DirectiveProblem[] = []
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return
    node.children.forEach((child, index) => {
      if (child.type === 'html' && child.position) {
        const start = child.position.start.offset ?? 0
        const end = child.position.end.offset ?? 0
        const parsed = parseDirective(child.value)
        if (typeof parsed === 'string') problems.push({reason: parsed, start, end})
        else if (parsed) {
          const next = node.children.slice(index + 1).find((sibling) => sibling.type !== 'html' || !comment.test(sibling.value.trim()))
          const from = parsed.kind === 'ignore' ? (next?.position?.start.offset ?? end) : end
          const to = parsed.kind === 'ignore' ? (next?.position?.end.offset ?? end) : length
          directives.push({...parsed, start, end, from, to})
        }
      }
      visit(child)
    })
  }
  visit(tree)
  return {directives, problems}
}

/** The directive that silences a finding of `ruleId` at `offset`, if any. */
export function suppressorOf(directives: readonly Directive[], ruleId: string, offset: number): Directive | undefined {
  const applies = (d: Directive): boolean => d.rules.length === 0 || d.rules.includes(ruleId)
  const ignore = directives.find((d) => d.kind === 'ignore' && applies(d) && offset >= d.from && offset < d.to)
  if (ignore) return ignore
  let state: Directive | undefined
  for (const directive of directives) {
    if (directive.kind === 'ignore' || directive.end > offset || !applies(directive)) continue
    state = directive.kind === 'disable' ? directive : undefined
  }
  return state
}
