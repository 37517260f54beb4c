/**
 * A reader for the frontmatter almost every product page has: one
 * `key: value` line per field, values plain words or simply quoted
 * (`title: Night Serum`, `description: "Reduces the look of fine lines."`).
 * Parsing that with the full YAML parser cost more than matching every claim
 * of the page (issue 6). Anything this reader is not sure to read exactly as
 * YAML 1.2's core schema does (numbers, booleans, nulls, lists, comments,
 * escapes, multi-line values, duplicate keys) makes it give up, and the YAML
 * parser reads the frontmatter instead.
 */

/** One field of flat frontmatter: its string value and where the value sits. */
export interface FlatField {
  value: string
  /** Offset of the value in the frontmatter text, after an opening quote. */
  offset: number
}

/** `key: ` at the start of a line, the key at most 100 characters (YAML limits implicit keys); keys YAML reads as null or a boolean are refused below. */
const fieldLine = /^([A-Za-z_][A-Za-z0-9_-]{0,99}): (.*)$/
/**
 * A plain value: starts with a letter (so no indicator, number or `.inf`),
 * no ` #` (a comment), no `: ` and no final `:` (a nested map), no tab or
 * character YAML forbids, no space at either end.
 */
const plainValue = /^[A-Za-z](?:[^\x00-\x1F\x7F-\x9F\uD800-\uDFFF\u2028\u2029\uFEFF\uFFFE\uFFFF]*[^\s:\x00-\x1F\x7F-\x9F\uD800-\uDFFF\u2028\u2029\uFEFF\uFFFE\uFFFF])?$/
/** A quoted value without escapes, quotes or characters YAML forbids inside. */
const doubleQuoted = /^"([^"\\\x00-\x1F\x7F-\x9F\uD800-\uDFFF\u2028\u2029\uFEFF\uFFFE\uFFFF]*)"$/
const singleQuoted = /^'([^'\x00-\x1F\x7F-\x9F\uD800-\uDFFF\u2028\u2029\uFEFF\uFFFE\uFFFF]*)'$/
/** Words the core schema reads as null or a boolean, as keys or values (`null`, `True`, `FALSE`). */
const notStrings = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'])

/**
 * Read flat frontmatter into its fields, in order, or return undefined when
 * the text is anything else (the caller then parses it as YAML).
 */
export function readFlatYaml(text: string): Map<string, FlatField> | undefined {
  const fields = new Map<string, FlatField>()
  let at = 0
  for (const line of text.split('\n')) {
    const lineStart = at
    at += line.length + 1
    if (line === '') continue
    const found = fieldLine.exec(line)
    if (!found) return undefined
    const key = found[1]!
    const raw = found[2]!
    if (notStrings.has(key) || key === '__proto__' || fields.has(key)) return undefined
    const valueStart = lineStart + key.length + 2
    const quoted = doubleQuoted.exec(raw) ?? singleQuoted.exec(raw)
    if (quoted) {
      fields.set(key, {value: quoted[1]!, offset: valueStart + 1})
    } else if (plainValue.test(raw) && !raw.includes(' #') && !raw.includes(': ') && !notStrings.has(raw)) {
      fields.set(key, {value: raw, offset: valueStart})
    } else {
      return undefined
    }
  }
  return fields.size > 0 ? fields : undefined
}
