/**
 * The esbuild plugins that change a dependency's source in the bundle
 * (scripts/bundle-plugins.js): the changed code must behave as the original,
 * and a dependency whose text changed must fail the build.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build, type Plugin} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {corpus} from '../../bench/src/corpus.js'

const cli = fileURLToPath(new URL('..', import.meta.url))
const root = join(cli, '../..')
const plugins = (await import(pathToFileURL(join(cli, 'scripts/bundle-plugins.js')).href)) as Record<'markdownHandlersShareContext' | 'lilconfigAsyncReadOnUse', () => Plugin>

type Parse = (text: string) => unknown

let folder: string

/** Core's Markdown parser (`parseTree`: remark-parse, GFM, frontmatter), bundled with the given plugins and loaded. */
async function parser(name: string, withPlugins: Plugin[]): Promise<Parse> {
  const core = join(root, 'packages/core')
  const result = await build({
    stdin: {
      contents: `export {parseTree as parse} from ${JSON.stringify(join(core, 'dist/markdown-tree.js'))}`,
      resolveDir: core,
      loader: 'js'
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: withPlugins
  })
  const file = join(folder, `${name}.mjs`)
  writeFileSync(file, result.outputFiles[0]!.text)
  return ((await import(pathToFileURL(file).href)) as {parse: Parse}).parse
}

/** Every Markdown file under a folder. */
function markdownFiles(from: string): string[] {
  return readdirSync(from, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

// Every construct whose mdast handler reads the context: headings of both
// kinds, lists (ordered with a start, nested, loose, tasks), quotes, code,
// HTML, tables, footnotes, references, links, images, autolinks, breaks,
// character references and escapes, frontmatter.
const everyConstruct = `---
title: Night Serum
---
Setext heading
==============

# ATX heading with *emphasis*, **strong**, ~~struck~~ and \`code\`

3. Third, [a link](https://example.com "title") and ![alt text](a.png)
4. Fourth

   Loose paragraph in an item with a hard break\\
   and another  
   line.

- [ ] open task
- [x] done task
  - nested *item*

> Quoted: regrows hair.[^1] See [the study][study] and [study].
> Mail <help@example.com>, <https://example.com/a>, www.example.com and x@example.org.

    indented code

\`\`\`js meta
fenced &amp; code
\`\`\`

<div class="note">HTML flow</div>

Text with <span>inline html</span>, &copy; &#169; &#xA9; \\* escaped, ***both***.

| Claim | Left | Center | Right |
| ----- | :--- | :----: | ----: |
| Treats acne | a | b | c |
| Soothes | \`x\` | **y** | [z](#z) |

***

[study]: https://example.com/study "The study"
[^1]: Study of 30 women, 2024.
`

describe('bundle plugins', () => {
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'claimlint-plugins-'))
  })
  afterAll(() => {
    rmSync(folder, {recursive: true, force: true})
  })

  it('markdownHandlersShareContext: trees equal the unchanged library on every construct, fixture page and 300 bench pages', async () => {
    const original = await parser('original', [])
    const shared = await parser('shared', [plugins.markdownHandlersShareContext()])
    const pages = [everyConstruct, ...markdownFiles(join(root, 'fixtures')).map((file) => readFileSync(file, 'utf8')), ...corpus(300).map(([, text]) => text)]
    expect(pages.length).toBeGreaterThan(315)
    for (const page of pages) expect(shared(page)).toEqual(original(page))
    // The bundles differ where the plugin changed the handler call.
    const sharedCall = /\.call\(context\d*, events\d*\[index\d*\]\[1\]\)/
    expect(readFileSync(join(folder, 'shared.mjs'), 'utf8')).toMatch(sharedCall)
    expect(readFileSync(join(folder, 'original.mjs'), 'utf8')).not.toMatch(sharedCall)
  })

  /** Bundle an import of a stand-in package whose file has other text than the plugin expects. */
  function bundleChanged(name: string, file: string, plugin: Plugin) {
    const library = join(folder, 'node_modules', name)
    mkdirSync(join(library, file, '..'), {recursive: true})
    writeFileSync(join(library, 'package.json'), JSON.stringify({name, type: 'module', exports: `./${file}`}))
    writeFileSync(join(library, file), 'export const changed = true\n')
    return build({
      stdin: {contents: `export * from '${name}'`, resolveDir: folder, loader: 'js'},
      bundle: true,
      write: false,
      logLevel: 'silent',
      plugins: [plugin]
    })
  }

  it('markdownHandlersShareContext: fails the build when the handler call it replaces is not there', async () => {
    await expect(bundleChanged('mdast-util-from-markdown', 'lib/index.js', plugins.markdownHandlersShareContext())).rejects.toThrow(/mdast-util-from-markdown changed/)
  })

  it('lilconfigAsyncReadOnUse: fails the build when the line it replaces is not there', async () => {
    await expect(bundleChanged('lilconfig', 'src/index.js', plugins.lilconfigAsyncReadOnUse())).rejects.toThrow(/lilconfig changed/)
  })
})
