/** HTML escaping for text and double-quoted attribute values. */

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The HTML parser turns a raw CR or CRLF into LF; a character reference
  // survives, so a highlight over a Windows line break still reads as `actual`.
  '\r': '&#13;'
}

/**
 * Escape a string for HTML text or a double-quoted attribute: product copy is
 * untrusted (a page can hold `<script>` or `<img onerror>`), so every value
 * that reaches the report goes through here.
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"'\r]/g, (character) => entities[character]!)
}
