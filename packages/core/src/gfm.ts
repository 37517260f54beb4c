/**
 * GitHub-flavoured Markdown for remark-parse, as remark-gfm adds it, with one
 * difference in cost and none in output: the search for literal autolinks
 * (`www.example.com`, `https://…`, `hello@example.com` written as plain text)
 * runs only on trees where a text node could hold one.
 *
 * mdast-util-gfm-autolink-literal finds them after parsing, walking the whole
 * tree once for each of its four patterns; on the bench corpus that was about
 * 6 % of a run (issue 6), nearly always for nothing: product copy rarely
 * writes a bare address, and addresses inside `[links](…)` are not text. Each
 * pattern needs `@` (e-mail, `mailto:`, `xmpp:`) or `http://`, `https://` or
 * `www.` (any case) in the text node it matches, so a tree with no such text
 * node is one the search would leave unchanged.
 */
import type {Nodes, Root} from 'mdast'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfm} from 'micromark-extension-gfm'
import type {Processor} from 'unified'

type FromMarkdownExtension = ReturnType<typeof gfmFromMarkdown>[number]
type Transform = NonNullable<FromMarkdownExtension['transforms']>[number]

/** What every literal autolink pattern needs in the text node it matches. */
const autolinkNeeds = /@|https?:\/\/|www\./i

/** mdast-util-gfm-autolink-literal's search, the one transform GFM adds. */
const findLiteralAutolinks: Transform | undefined = gfmAutolinkLiteralFromMarkdown().transforms?.[0]

/** Whether any text node of the tree could hold a literal autolink. */
export function mayHoldLiteralAutolink(node: Nodes): boolean {
  if (node.type === 'text') return autolinkNeeds.test(node.value)
  if ('children' in node) {
    for (const child of node.children) if (mayHoldLiteralAutolink(child)) return true
  }
  return false
}

/** The GFM tree extensions, with the autolink search run only where it can find something. */
export function gfmTreeExtensions(): FromMarkdownExtension[] {
  // A different copy of the autolink package under mdast-util-gfm would leave the search unguarded: correct, only slower (tested).
  return gfmFromMarkdown().map((extension) =>
    extension.transforms?.includes(findLiteralAutolinks!)
      ? {
          ...extension,
          transforms: extension.transforms.map((transform) =>
            transform === findLiteralAutolinks ? (tree: Root) => (mayHoldLiteralAutolink(tree) ? transform(tree) : undefined) : transform
          )
        }
      : extension
  )
}

/** remark plugin: GFM syntax (tables, footnotes, strikethrough, task lists, autolinks) for remark-parse. */
export function remarkGfmCopy(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(gfm())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTreeExtensions())
}
