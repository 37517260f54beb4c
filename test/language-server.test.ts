/**
 * End-to-end tests of the built `claimlint-language-server`: the real server
 * in a child process, spoken to over stdio by the protocol library editors'
 * clients use, in a temporary workspace folder.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MessageType,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type CodeAction,
  type Diagnostic,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
  type TextEdit
} from 'vscode-languageserver-protocol/node'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'packages/language-server/bin/claimlint-language-server.js')
const page = '# Serum\n\nOur serum treats rosacea overnight.\n'

beforeAll(() => {
  if (!existsSync(join(root, 'packages/language-server/dist/main.js'))) {
    throw new Error('Build first: these tests run the compiled server (`pnpm test` runs `tsc -b`)')
  }
})

/** A client session with a server in a child process. */
interface Session {
  folder: string
  connection: ProtocolConnection
  child: ChildProcessWithoutNullStreams
  diagnostics: PublishDiagnosticsParams[]
  messages: ShowMessageParams[]
  registrations: Registration[]
  stderr: string[]
}

const sessions: Session[] = []

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    const exited = new Promise((resolve) => session.child.once('exit', resolve))
    await session.connection.sendRequest(ShutdownRequest.type).catch(() => undefined)
    await session.connection.sendNotification(ExitNotification.type).catch(() => undefined)
    await Promise.race([exited, delay(2000)])
    session.child.kill()
    session.connection.dispose()
    rmSync(session.folder, {recursive: true, force: true})
  }
})

/** Start the server on a temporary workspace folder holding `files`, and initialize it as an editor would. */
async function start(files: Record<string, string> = {}): Promise<Session> {
  const folder = mkdtempSync(join(tmpdir(), 'claimlint-lsp-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content)
  const child = spawn(process.execPath, [bin, '--stdio'], {cwd: folder})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const session: Session = {folder, connection, child, diagnostics: [], messages: [], registrations: [], stderr: []}
  sessions.push(session)
  child.stderr.on('data', (chunk: Buffer) => session.stderr.push(String(chunk)))
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => session.diagnostics.push(params))
  connection.onNotification(ShowMessageNotification.type, (params) => session.messages.push(params))
  connection.onNotification(LogMessageNotification.type, () => undefined)
  connection.onRequest(RegistrationRequest.type, (params) => {
    session.registrations.push(...params.registrations)
    return null
  })
  connection.listen()
  const uri = pathToFileURL(folder).href
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{uri, name: 'shop'}],
    capabilities: {
      workspace: {didChangeWatchedFiles: {dynamicRegistration: true}, workspaceEdit: {documentChanges: true}},
      textDocument: {publishDiagnostics: {versionSupport: true}, codeAction: {dynamicRegistration: false}}
    }
  })
  await connection.sendNotification(InitializedNotification.type, {})
  return session
}

/** Open a document; returns its URI. */
async function open(session: Session, name: string, text: string, languageId = 'markdown'): Promise<string> {
  const uri = pathToFileURL(join(session.folder, name)).href
  await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
  return uri
}

/** Replace a document's whole text. */
async function change(session: Session, uri: string, version: number, text: string): Promise<void> {
  await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
}

/** Write a file in the workspace and tell the server, as an editor's file watcher does. */
async function writeWatched(session: Session, name: string, content: string): Promise<void> {
  const path = join(session.folder, name)
  const existed = existsSync(path)
  writeFileSync(path, content)
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{uri: pathToFileURL(path).href, type: existed ? FileChangeType.Changed : FileChangeType.Created}]
  })
}

/** The diagnostics published for a document once a publication matches, waiting up to five seconds. */
async function published(session: Session, uri: string, test: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
  return (await until(() => session.diagnostics.find((params) => params.uri === uri && test(params)), `diagnostics for ${uri}`)).diagnostics
}

/** The diagnostics of a document at a version. */
function atVersion(session: Session, uri: string, version: number): Promise<Diagnostic[]> {
  return published(session, uri, (params) => params.version === version)
}

async function until<T>(find: () => T | undefined, what: string): Promise<T> {
  for (let waited = 0; waited < 5000; waited += 10) {
    const found = find()
    if (found !== undefined) return found
    await delay(10)
  }
  throw new Error(`Timed out waiting for ${what}`)
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function actionsAt(session: Session, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: diagnostic.range,
    context: {diagnostics: [diagnostic]}
  })
  return (actions ?? []) as CodeAction[]
}

/** The text after an action's edits to one document. */
function applied(text: string, uri: string, action: CodeAction): string {
  const change = action.edit?.documentChanges?.[0]
  if (!change || !('edits' in change) || change.textDocument.uri !== uri) throw new Error(`Expected an edit of ${uri} in “${action.title}”`)
  const offset = (position: Position): number => {
    const lines = text.split('\n')
    return lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character
  }
  const edits = [...(change.edits as TextEdit[])].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  return edits.reduce((result, edit) => result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end)), text)
}

describe('claimlint-language-server', () => {
  it('reports a disease claim at its range with the rule as code and the rule docs as link', async () => {
    const session = await start()
    const uri = await open(session, 'serum.md', page)
    const [diagnostic, ...others] = await atVersion(session, uri, 1)
    expect(session.messages).toEqual([])
    expect(others).toEqual([])
    expect(diagnostic).toMatchObject({
      range: {start: {line: 2, character: 10}, end: {line: 2, character: 24}},
      severity: DiagnosticSeverity.Error,
      code: 'disease-claim',
      codeDescription: {href: 'https://github.com/claimlint/claimlint/blob/main/rules/disease-claim/README.md'},
      source: 'claimlint'
    })
    expect(diagnostic!.message).toMatch(/^Unexpected disease claim `treats rosacea`, describe how skin looks or feels instead/)
    expect(session.stderr).toEqual([])
  })

  it('offers the compliant rewrites as quick fixes, and applying one clears the diagnostic', async () => {
    const session = await start()
    const uri = await open(session, 'serum.md', page)
    const [diagnostic] = await atVersion(session, uri, 1)
    const actions = await actionsAt(session, uri, diagnostic!)
    expect(actions.map((action) => action.title)).toEqual([
      'Replace `treats rosacea` with `soothes the look of redness`',
      'Replace `treats rosacea` with `for skin prone to blemishes`',
      'Replace `treats rosacea` with `calms the feeling of dryness`',
      'Suppress `disease-claim` in this block (give the reason)'
    ])
    expect(actions[0]).toMatchObject({kind: 'quickfix', diagnostics: [{code: 'disease-claim'}]})
    const rewritten = applied(page, uri, actions[0]!)
    expect(rewritten).toBe('# Serum\n\nOur serum soothes the look of redness overnight.\n')
    await change(session, uri, 2, rewritten)
    expect(await atVersion(session, uri, 2)).toEqual([])
  })

  it("applies a finding's own fix as the preferred quick fix, keeping the capital", async () => {
    const session = await start()
    const text = 'Anti-inflammatory cream for dry skin.\n'
    const uri = await open(session, 'cream.md', text)
    const [diagnostic] = await atVersion(session, uri, 1)
    const [fix] = await actionsAt(session, uri, diagnostic!)
    expect(fix).toMatchObject({title: 'Replace `Anti-inflammatory` with `Soothing`', isPreferred: true})
    expect(applied(text, uri, fix!)).toBe('Soothing cream for dry skin.\n')
  })

  it('fixes every finding that has a fix at once when the editor asks for source.fixAll', async () => {
    const session = await start()
    const text = 'Anti-inflammatory cream.\n\nOur anti-inflammatory balm treats rosacea.\n'
    const uri = await open(session, 'cream.md', text)
    await atVersion(session, uri, 1)
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: [], only: ['source.fixAll']}
    })) as CodeAction[]
    expect(actions.map((action) => action.kind)).toEqual(['source.fixAll.claimlint'])
    expect(applied(text, uri, actions[0]!)).toBe('Soothing cream.\n\nOur soothing balm treats rosacea.\n')
  })

  it('inserts a suppression comment with a reason placeholder before the block, which silences the finding', async () => {
    const session = await start()
    const uri = await open(session, 'serum.md', page)
    const [diagnostic] = await atVersion(session, uri, 1)
    const suppress = (await actionsAt(session, uri, diagnostic!)).find((action) => action.title.startsWith('Suppress'))!
    const suppressed = applied(page, uri, suppress)
    expect(suppressed).toBe('# Serum\n\n<!--claimlint ignore disease-claim -- reason-->\nOur serum treats rosacea overnight.\n')
    await change(session, uri, 2, suppressed)
    expect(await atVersion(session, uri, 2)).toEqual([])
  })

  it('lints plain text, where no suppression comment is offered', async () => {
    const session = await start()
    const text = 'Our serum treats rosacea overnight.\n'
    const uri = await open(session, 'label.txt', text, 'plaintext')
    const [diagnostic] = await atVersion(session, uri, 1)
    expect(diagnostic).toMatchObject({code: 'disease-claim', range: {start: {line: 0, character: 10}, end: {line: 0, character: 24}}})
    const titles = (await actionsAt(session, uri, diagnostic!)).map((action) => action.title)
    expect(titles).toContain('Replace `treats rosacea` with `soothes the look of redness`')
    expect(titles.some((title) => title.startsWith('Suppress'))).toBe(false)
  })

  it('waits for typing to pause before linting a change', async () => {
    const session = await start()
    const uri = await open(session, 'serum.md', page)
    await atVersion(session, uri, 1)
    // Keystrokes 40 ms apart, well inside the pause the server waits for.
    await change(session, uri, 2, `${page}Heals`)
    await delay(40)
    await change(session, uri, 3, `${page}Heals acne`)
    await delay(40)
    await change(session, uri, 4, `${page}Heals acne fast.\n`)
    expect(await atVersion(session, uri, 4)).toHaveLength(2)
    expect(session.diagnostics.map((params) => params.version)).toEqual([1, 4])
  })

  it('registers file watchers for configuration, ignore and claims register files', async () => {
    const session = await start()
    const registration = await until(() => session.registrations.find((item) => item.method === DidChangeWatchedFilesNotification.method), 'a watcher registration')
    const globs = (registration.registerOptions as {watchers: Array<{globPattern: string}>}).watchers.map((watcher) => watcher.globPattern)
    expect(globs).toEqual(expect.arrayContaining(['**/.claimlintrc.json', '**/package.json', '**/.claimlintignore', '**/claims.yaml']))
  })

  it('uses the nearest configuration, as the CLI does, and re-lints when it changes', async () => {
    const session = await start({'.claimlintrc.json': '{"rules": {"disease-claim": "warn"}}\n'})
    const uri = await open(session, 'serum.md', page)
    expect(await atVersion(session, uri, 1)).toMatchObject([{code: 'disease-claim', severity: DiagnosticSeverity.Warning}])
    session.diagnostics.length = 0
    await writeWatched(session, '.claimlintrc.json', '{"rules": {"disease-claim": "off"}}\n')
    expect(await published(session, uri)).toEqual([])
  })

  it('skips a document its .claimlintignore lists', async () => {
    const session = await start({'.claimlintignore': 'drafts-*.md\n'})
    const uri = await open(session, 'drafts-serum.md', page)
    expect(await atVersion(session, uri, 1)).toEqual([])
  })

  it('reports a broken configuration once as an error message and resumes when it is fixed', async () => {
    const session = await start()
    const uri = await open(session, 'serum.md', page)
    await atVersion(session, uri, 1)
    session.diagnostics.length = 0
    await writeWatched(session, '.claimlintrc.json', '{"rules": {"disease-claim": "warn"}\n')
    expect(await published(session, uri)).toEqual([])
    expect(session.messages).toHaveLength(1)
    expect(session.messages[0]!.type).toBe(MessageType.Error)
    expect(session.messages[0]!.message).toMatch(/^claimlint: Malformed JSON in \.claimlintrc\.json: .+\. Diagnostics are paused until it is fixed\.$/)
    await change(session, uri, 2, `${page}\nHeals acne fast.\n`)
    expect(await atVersion(session, uri, 2)).toEqual([])
    expect(session.messages).toHaveLength(1)
    await writeWatched(session, '.claimlintrc.json', '{"rules": {"disease-claim": "warn"}}\n')
    expect(await published(session, uri, (params) => params.diagnostics.length > 0)).toMatchObject([
      {code: 'disease-claim', severity: DiagnosticSeverity.Warning},
      {code: 'disease-claim', severity: DiagnosticSeverity.Warning}
    ])
    expect(session.messages).toHaveLength(1)
    expect(session.stderr).toEqual([])
  })
})
