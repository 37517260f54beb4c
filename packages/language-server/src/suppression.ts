/**
 * Where a suppression comment goes. `<!--claimlint ignore rule-->`
 * silences the node after it (core's control comments), so the comment is
 * inserted on its own line before the top-level block holding the finding:
 * the paragraph or heading itself, or the whole list, table or blockquote,
 * where a comment line cannot go between items without breaking them.
 * Frontmatter cannot be preceded by anything, so a finding there has no
 * suppression. The tree is core's own (`parseTree`): the same plugins, the
 * same linear-time parsing of large files, and no tree (so no suppression)
 * for a file nested too deep to parse.
 */
import type {Root} from 'mdast'
import {parseTree} from '@claimlint/core'

/** The comment that silences `ruleId` on the next block, with a placeholder the writer replaces by the sign-off. */
export function suppressionComment(ruleId: string): string {
  return `<!--claimlint ignore ${ruleId} -- reason-->\n`
}

/**
 * Where to insert a suppression comment for a finding at an offset of a
 * Markdown text: a function of the offset (undefined when none fits),
 * parsing the text once, on its first call.
 */
export function suppressionPlaces(text: string): (offset: number) => number | undefined {
  let tree: Root | undefined | null
  return (offset) => {
    if (tree === undefined) tree = parseTree(text) ?? null
    if (tree === null) return undefined
    const block = tree.children.find((node) => (node.position?.start.offset ?? 0) <= offset && offset < (node.position?.end.offset ?? 0))
    if (!block?.position || block.type === 'yaml') return undefined
    const start = block.position.start.offset ?? 0
    // The start of the block's line, so an indented block keeps its indentation after the comment.
    return text.lastIndexOf('\n', start - 1) + 1
  }
}
