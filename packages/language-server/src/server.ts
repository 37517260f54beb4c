/**
 * The claimlint language server. Built on `vscode-languageserver`, the
 * well-kept library behind most Node language servers (ESLint's, Vale's
 * vale-ls clients, the TypeScript tooling), rather than
 * unified-language-server: that one runs documents through unified-engine,
 * with unified-engine's own configuration discovery and processing model,
 * while claimlint must find configurations exactly as its CLI does so the
 * editor and CI never disagree (issue 9).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {formatOf, toResult, type LintMessage} from '@claimlint/core'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions, fixAllKind} from './code-actions.js'
import {toDiagnostic} from './diagnostics.js'
import {isWatched, watchedGlobs} from './watched-files.js'
import {Workspaces} from './workspaces.js'

/** How the server behaves. */
export interface ServerOptions {
  /** Milliseconds of quiet after a change before linting; default 200. */
  debounce?: number
}

/** Language ids linted, whatever the file name (VS Code, Neovim and Helix ids for Markdown and plain text). */
export const languageIds: readonly string[] = ['markdown', 'mdx', 'plaintext', 'text']

/** The findings of a document at one version. */
interface Linted {
  version: number
  messages: LintMessage[]
}

/** Serve claimlint over a connection until the client shuts it down. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounce = options.debounce ?? 200
  const documents = new TextDocuments(TextDocument)
  const workspaces = new Workspaces()
  const linted = new Map<string, Linted>()
  const timers = new Map<string, NodeJS.Timeout>()
  const seen = new Set<string>()
  let roots: string[] = []
  let versionedEdits = false
  // A broken configuration is shown once, not on every keystroke; `stillBroken`
  // holds the ones shown before a watched file changed, which stay quiet if
  // they are still broken after it.
  let shown = new Set<string>()
  let stillBroken = new Set<string>()

  const report = (error: unknown): void => {
    const line = error instanceof Error ? error.message : String(error)
    if (shown.has(line)) return
    shown.add(line)
    if (stillBroken.has(line)) return
    // The CLI's UsageError is one line naming the file; anything else is a bug worth its stack in the log.
    if (!(error instanceof Error && error.name === 'UsageError')) connection.console.error(error instanceof Error ? (error.stack ?? line) : line)
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Error,
      message: `claimlint: ${line}. Diagnostics are paused until it is fixed.`
    })
  }

  /** The path a document is configured and linted as; an unsaved one lives in the first workspace folder. */
  const pathOf = (document: TextDocument): string => {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri)
    const extension = document.languageId === 'plaintext' || document.languageId === 'text' ? 'txt' : 'md'
    return join(roots[0] ?? process.cwd(), `untitled.${extension}`)
  }

  const setRoots = (uris: readonly string[]): void => {
    roots = uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))
    workspaces.setRoots(roots)
  }

  const lintable = (document: TextDocument): boolean =>
    languageIds.includes(document.languageId) || /\.(?:md|markdown|mdx|txt|text)$/i.test(document.uri)

  const lint = async (document: TextDocument): Promise<Linted | undefined> => {
    const {uri, version} = document
    const path = pathOf(document)
    let messages: LintMessage[] = []
    try {
      const setup = await workspaces.setupFor(path)
      if (setup.kind === 'lint' && documents.get(uri)?.version === version) {
        messages = toResult(setup.linter.lint({value: document.getText(), path}), {filePath: path}).messages
      }
    } catch (error) {
      report(error)
    }
    // Closed or changed while its configuration loaded: a later lint speaks for it.
    if (documents.get(uri)?.version !== version) return undefined
    const result = {version, messages}
    linted.set(uri, result)
    void connection.sendDiagnostics({uri, version, diagnostics: messages.map(toDiagnostic)})
    return result
  }

  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        void lint(document)
      }, delay)
    )
  }

  const lintAll = async (): Promise<void> => {
    for (const document of documents.all()) {
      if (!lintable(document)) continue
      clearTimeout(timers.get(document.uri))
      timers.delete(document.uri)
      await lint(document)
    }
  }

  let folders: string[] = []
  let watchDynamically = false
  let followFolders = false

  connection.onInitialize((params): InitializeResult => {
    folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    setRoots(folders)
    const workspace = params.capabilities.workspace
    versionedEdits = workspace?.workspaceEdit?.documentChanges === true
    watchDynamically = workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    followFolders = workspace?.workspaceFolders === true
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'claimlint-language-server', version: packageVersion()}
    }
  })

  connection.onInitialized(() => {
    // Clients that cannot register watchers may still send changes for the files their own configuration watches.
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: watchedGlobs.map((globPattern) => ({globPattern}))})
    }
    if (followFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({added, removed}) => {
        const gone = new Set(removed.map((folder) => folder.uri))
        folders = [...folders.filter((uri) => !gone.has(uri)), ...added.map((folder) => folder.uri)]
        setRoots(folders)
        void lintAll()
      })
    }
  })

  documents.onDidChangeContent(({document}) => {
    if (!lintable(document)) return
    // The first content is the document opening: lint it at once; then wait for the typing to pause.
    const first = !seen.has(document.uri)
    seen.add(document.uri)
    schedule(document, first ? 0 : debounce)
  })

  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    seen.delete(document.uri)
    linted.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    if (!changes.some((change) => change.uri.startsWith('file:') && isWatched(fileURLToPath(change.uri)))) return
    workspaces.reset()
    stillBroken = shown
    shown = new Set()
    void lintAll()
  })

  connection.onCodeAction(async ({textDocument, range, context}) => {
    const document = documents.get(textDocument.uri)
    if (!document || !lintable(document)) return []
    let current = linted.get(document.uri)
    if (current?.version !== document.version) {
      // Asked before the debounced lint ran: lint now so the actions match the text.
      clearTimeout(timers.get(document.uri))
      timers.delete(document.uri)
      current = await lint(document)
    }
    if (!current) return []
    const path = pathOf(document)
    return codeActions({
      document,
      messages: current.messages,
      range,
      ...(context.only ? {only: context.only} : {}),
      // Control comments are HTML comments in Markdown; MDX has its own comment syntax, plain text none.
      suppressible: formatOf(path) === 'markdown' && !/\.mdx$/i.test(path),
      documentChanges: versionedEdits
    })
  })

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  documents.listen(connection)
  connection.listen()
}

function packageVersion(): string {
  // `../package.json` is the package root from both src/ and dist/.
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version
}
