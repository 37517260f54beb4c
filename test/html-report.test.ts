/**
 * The HTML report end to end: the real CLI writes it for the fixture pages,
 * Debian's Chromium (driven by playwright-core, no browser download) opens it
 * from a file, and the highlights, filters and hover card are checked in the
 * rendered page. Screenshots go to test-output/html-report/.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {claimlint, json, project, root} from './harness.js'

const executablePath = '/usr/bin/chromium'
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const output = join(root, 'test-output/html-report')

let context: BrowserContext
let profile: string

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: run .ci/install-chromium (installs Debian's chromium package) before the tests`)
  }
  rebuildStaleBundle()
  mkdirSync(output, {recursive: true})
  profile = mkdtempSync(join(tmpdir(), 'claimlint-chromium-'))
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args,
    headless: true,
    viewport: {width: 1280, height: 800},
    deviceScaleFactor: 1
  })
}, 60000)

afterAll(async () => {
  await context?.close()
  if (profile) rmSync(profile, {recursive: true, force: true})
})

/**
 * `pnpm test` bundles the CLI after `tsc -b`; a bare `tsc -b` leaves an older
 * bundle that the bin would still prefer, so rebuild it when any compiled
 * module it is made of is newer.
 */
function rebuildStaleBundle(): void {
  const bundle = join(root, 'packages/cli/dist/bundle/claimlint.cjs')
  if (!existsSync(bundle)) return
  const compiled = ['packages/cli/dist', 'packages/core/dist', 'packages/formatter-html/dist', 'rules/dist']
    .map((folder) => join(root, folder))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.js') && !name.startsWith('bundle')).map((name) => join(folder, name)))
  const newest = Math.max(...compiled.map((file) => statSync(file).mtimeMs))
  if (statSync(bundle).mtimeMs >= newest) return
  const build = spawnSync(process.execPath, [join(root, 'packages/cli/scripts/bundle.js')], {cwd: root, encoding: 'utf8'})
  if (build.status !== 0) throw new Error(`cannot rebuild the CLI bundle: ${build.stderr}`)
}

/** Open a report with errors and CSP violations collected. */
async function open(file: string): Promise<{page: Page; problems: string[]}> {
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  await page.goto(pathToFileURL(file).href)
  return {page, problems}
}

/** Each file section's highlights: mark pieces joined per finding, listed in the order of the findings list, and how many marks take focus. */
function highlightsOf(page: Page): Promise<Record<string, {findings: Array<{text: string; rule: string}>; focusable: number}>> {
  return page.evaluate(() => {
    const sections: Record<string, {findings: Array<{text: string; rule: string}>; focusable: number}> = {}
    for (const section of document.querySelectorAll('section.file')) {
      const byId = new Map<string, {text: string; rule: string}>()
      for (const mark of section.querySelectorAll<HTMLElement>('mark[data-finding]')) {
        const entry = byId.get(mark.dataset.finding!) ?? {text: '', rule: mark.dataset.rule!}
        entry.text += mark.textContent
        byId.set(mark.dataset.finding!, entry)
      }
      // In the list's order (the findings' order); marks nest, so their document order can differ.
      const listed = [...section.querySelectorAll<HTMLElement>('li.finding')].map((card) => byId.get(card.dataset.finding!) ?? {text: '', rule: ''})
      for (const id of byId.keys()) if (!section.querySelector(`li.finding[data-finding="${id}"]`)) listed.push({text: `stray mark ${id}`, rule: ''})
      sections[section.querySelector('h2')!.textContent!] = {findings: listed, focusable: section.querySelectorAll('mark[tabindex="0"]').length}
    }
    return sections
  })
}

describe('the HTML report', () => {
  const folder = mkdtempSync(join(tmpdir(), 'claimlint-html-'))
  const report = join(folder, 'report.html')
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('highlights every finding of the fixture pages at its exact text, and filters by rule and severity', async () => {
    const html = claimlint(root, ['fixtures/pages', '--format', 'html', '-o', report])
    expect(html).toMatchObject({code: 1, stdout: '', stderr: ''})
    const results = json(claimlint(root, ['fixtures/pages', '--format', 'json']).stdout)
    const flagged = results.filter((result) => result.messages.length > 0)
    expect(flagged.length).toBeGreaterThan(10)

    const {page, problems} = await open(report)
    const shown = await highlightsOf(page)
    for (const result of flagged) {
      const name = result.filePath.slice(root.length).replace(/^\//, '')
      expect(shown[name], name).toBeDefined()
      const {findings, focusable} = shown[name]!
      // One highlight per finding, in the findings' order, each reading exactly as the finding's `actual`.
      expect(findings.map((mark) => mark.text), name).toEqual(result.messages.map((message) => message.actual))
      expect(findings.map((mark) => mark.rule), name).toEqual(result.messages.map((message) => message.ruleId))
      expect(focusable, name).toBe(result.messages.length)
    }
    const total = flagged.reduce((sum, result) => sum + result.messages.length, 0)
    await expect(page.locator('[data-shown]').textContent()).resolves.toBe(`Showing all ${total} findings`)

    // Hovering a highlight shows its reason and rewrites beside it (on a product page, for the README's screenshot).
    const shot = flagged.find((result) => result.filePath.endsWith('.md'))!
    const first = shot.messages[0]!
    const section = page.locator('section.file', {has: page.locator('h2', {hasText: shot.filePath.slice(root.length)})})
    await section.evaluate((element) => element.scrollIntoView())
    await section.locator('mark[tabindex="0"]').first().hover()
    const tip = page.locator('#tip')
    await expect(tip.isVisible()).resolves.toBe(true)
    await expect(tip.textContent()).resolves.toContain(first.message)
    for (const alternative of first.expected ?? []) await expect(tip.textContent()).resolves.toContain(alternative)
    await page.screenshot({path: join(output, 'hover.png')})
    copyFileSync(join(output, 'hover.png'), join(root, 'packages/formatter-html/screenshot.png'))

    // Focus by keyboard shows the same card.
    await page.mouse.move(0, 0)
    await expect(tip.isVisible()).resolves.toBe(false)
    await section.locator('mark[tabindex="0"]').nth(1).focus()
    await expect(tip.textContent()).resolves.toContain(shot.messages[1]!.message)
    await page.keyboard.press('Escape')
    await expect(tip.isVisible()).resolves.toBe(false)

    // Unticking a rule takes its highlights and list items away, and nothing else.
    const rule = 'disease-claim'
    const ofRule = flagged.flatMap((result) => result.messages).filter((message) => message.ruleId === rule).length
    expect(ofRule).toBeGreaterThan(0)
    await page.locator('details.rules > summary').click()
    await page.locator(`input[data-filter="rule"][value="${rule}"]`).uncheck()
    await page.screenshot({path: join(output, 'filter.png')})
    const state = await page.evaluate((id) => {
      const marks = [...document.querySelectorAll<HTMLElement>('mark[data-finding]')]
      const cards = [...document.querySelectorAll<HTMLElement>('li.finding')]
      const lit = (mark: HTMLElement) => getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)'
      return {
        ruleMarksLit: marks.filter((mark) => mark.dataset.rule === id && lit(mark)).length,
        otherMarksOff: marks.filter((mark) => mark.dataset.rule !== id && mark.classList.contains('off')).length,
        ruleCardsShown: cards.filter((card) => card.dataset.rule === id && card.checkVisibility()).length,
        otherCardsHidden: cards.filter((card) => card.dataset.rule !== id && card.hidden).length,
        focusable: marks.filter((mark) => mark.tabIndex === 0).length
      }
    }, rule)
    expect(state).toEqual({ruleMarksLit: 0, otherMarksOff: 0, ruleCardsShown: 0, otherCardsHidden: 0, focusable: total - ofRule})
    await expect(page.locator('[data-shown]').textContent()).resolves.toBe(`Showing ${total - ofRule} of ${total} findings`)

    // Unticking warnings leaves only the errors of the other rules.
    await page.locator('input[data-filter="severity"][value="warning"]').uncheck()
    const errorsLeft = flagged.flatMap((result) => result.messages).filter((message) => message.ruleId !== rule && message.severity === 2).length
    await expect(page.locator('.findings > li.finding:not([hidden])').count()).resolves.toBe(errorsLeft)
    await page.locator('input[data-filter="severity"][value="warning"]').check()
    await page.locator(`input[data-filter="rule"][value="${rule}"]`).check()
    await expect(page.locator('.findings > li.finding:not([hidden])').count()).resolves.toBe(total)

    await page.keyboard.press('Escape')
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({path: join(output, 'summary.png')})
    expect(problems).toEqual([])
    await page.close()
  })

  it('gets each file’s text from worker threads and from the cache, and keeps the text out of the cache file', () => {
    const cwd = project({'pages/a.md': 'Our serum treats rosacea. Packed with botanicals.\n', 'pages/b.md': 'A miracle cream.\n', 'pages/c.md': 'Heals eczema.\n'})
    const copies = (file: string) => readFileSync(join(cwd, file), 'utf8').match(/<div class="copy"/g)?.length ?? 0
    expect(claimlint(cwd, ['pages', '--format', 'html', '--concurrency', '2', '-o', 'workers.html']).code).toBe(1)
    expect(copies('workers.html')).toBe(3)
    for (const run of ['first.html', 'cached.html']) {
      expect(claimlint(cwd, ['pages', '--format', 'html', '--cache', '-o', run]).code).toBe(1)
      expect(copies(run)).toBe(3)
    }
    expect(readFileSync(join(cwd, 'cached.html'), 'utf8')).toBe(readFileSync(join(cwd, 'first.html'), 'utf8'))
    expect(readFileSync(join(cwd, '.claimlintcache'), 'utf8')).toContain('treats rosacea')
    expect(readFileSync(join(cwd, '.claimlintcache'), 'utf8')).not.toContain('botanicals')
  })

  it('shows copy holding markup as text, never running it', async () => {
    const cwd = project({
      'page.md': 'Our serum treats rosacea.<script>window.ran = true</script>\n\n<img src="x" onerror="window.ran = true"> & more\n'
    })
    const file = join(cwd, 'report.html')
    expect(claimlint(cwd, ['page.md', '--format', 'html', '-o', file]).code).toBe(1)
    const {page, problems} = await open(file)
    expect(await page.evaluate(() => (window as {ran?: boolean}).ran)).toBeUndefined()
    const copy = await page.locator('.copy').textContent()
    expect(copy).toBe(readFileSync(join(cwd, 'page.md'), 'utf8'))
    await expect(page.locator('.copy script, .copy img').count()).resolves.toBe(0)
    await expect(page.locator('mark[data-rule="disease-claim"]').first().textContent()).resolves.toBe('treats rosacea')
    expect(problems).toEqual([])
    await page.close()
  })
})
