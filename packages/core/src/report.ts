/**
 * Helpers shared by formatters, so every report shows paths and escapes XML
 * the same way.
 */
import path from 'node:path'

/**
 * A file's path relative to the cwd with POSIX slashes, so reports read the
 * same on every machine and CI tools can place them in the repository; a file
 * outside the cwd keeps the path it was given.
 */
export function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, filePath))
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return filePath
  }
  return relative.split(path.sep).join('/')
}

/**
 * Characters XML 1.0 forbids anywhere, even escaped or in CDATA: C0 controls
 * other than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates. Copy
 * pasted from a CMS can carry them (a stray U+000B from Word line breaks).
 */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns raw tabs and line breaks in attributes into spaces; references survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;'
}

/** Replace characters XML cannot carry with U+FFFD, the replacement character. */
export function xmlSafe(value: string): string {
  return value.replace(forbidden, '\uFFFD')
}

/** Escape a value for a double-quoted XML attribute, keeping tabs and line breaks. */
export function escapeAttribute(value: string | number): string {
  return xmlSafe(String(value)).replace(/[&<>"'\t\n\r]/g, (character) => entities[character]!)
}

/** Wrap text in a CDATA section, splitting any `]]>` in it so the section cannot end early. */
export function cdata(value: string): string {
  return `<![CDATA[${xmlSafe(value).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}
