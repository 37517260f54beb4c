import {readdirSync, readFileSync} from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmTreeExtensions, mayHoldLiteralAutolink, remarkGfmCopy} from './gfm.js'

const ours = unified().use(remarkParse).use(remarkGfmCopy).use(remarkFrontmatter, ['yaml'])
const upstream = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
const pages = new URL('../../../fixtures/pages/', import.meta.url)

describe('remarkGfmCopy', () => {
  it('guards the literal autolink search, the one transform GFM adds', () => {
    const search = gfmAutolinkLiteralFromMarkdown().transforms![0]!
    const transforms = gfmTreeExtensions().flatMap((extension) => extension.transforms ?? [])
    // Replaced by its guard, not left as it was.
    expect(transforms).toHaveLength(1)
    expect(transforms).not.toContain(search)
  })

  it('says a tree may hold a literal autolink only when a text node has @, http(s):// or www.', () => {
    const may = (markdown: string): boolean => mayHoldLiteralAutolink(ours.parse(markdown))
    expect(may('See [our page](https://example.com/page) for more.')).toBe(false)
    expect(may('![alt](https://example.com/a.png)\n\n| a | b |\n|---|---|\n| c | d |')).toBe(false)
    expect(may('Visit WWW.Example.com today.')).toBe(true)
    expect(may('Write to *hello@example.com*.')).toBe(true)
    expect(may('> - HTTPS://example.com')).toBe(true)
  })

  const cases = [
    'Visit www.example.com or https://example.com/a?b=c, or write to hello@example.com.',
    'Ask us at mailto:care@example.com or xmpp:team@example.com/desk.',
    '# Heading with http://example.com\n\n- item www.example.com.\n- [linked www.example.com](https://example.com)',
    'No address here, only [a link](https://example.com) and ![an image](https://example.com/i.png).',
    '| Claim | Source |\n|---|---|\n| Fewer lines | see www.example.com/study |\n',
    'Text with an @ sign alone and www without a dot; http: without slashes.',
    '---\ntitle: Serum\n---\n\nFootnoted.[^1] ~~Struck~~ and - [x] done.\n\n[^1]: https://example.com\n'
  ]
  it.each(cases)('builds the same tree as remark-gfm: %s', (markdown) => {
    expect(ours.parse(markdown)).toEqual(upstream.parse(markdown))
  })

  it('builds the same tree as remark-gfm for every fixture page', () => {
    const names = readdirSync(pages).filter((name) => name.endsWith('.md'))
    expect(names.length).toBeGreaterThan(5)
    for (const name of names) {
      const text = readFileSync(new URL(name, pages), 'utf8')
      expect(ours.parse(text), name).toEqual(upstream.parse(text))
    }
  })
})
