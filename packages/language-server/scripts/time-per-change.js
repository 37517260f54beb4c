// Measures the time per change on a 5,000-line product page (the fixture
// pages repeated), for the README: the lint the server runs after each
// change, in-process, and the latency an editor sees from sending a change
// to receiving its diagnostics over stdio (which includes the 200 ms pause
// the server waits for after the last keystroke). Run after `tsc -b`:
// `node packages/language-server/scripts/time-per-change.js`.
import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {pathToFileURL} from 'node:url'
import {toResult} from '@claimlint/core'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'
import {toDiagnostic, Workspaces} from '../dist/index.js'

const lines = 5000
const changes = 20
const pages = new URL('../../../fixtures/pages/', import.meta.url)
const copy = readdirSync(pages).filter((name) => name.endsWith('.md')).map((name) => readFileSync(new URL(name, pages), 'utf8'))
let text = ''
while (text.split('\n').length < lines) text += copy.join('\n')
text = text.split('\n').slice(0, lines).join('\n') + '\n'
const folder = mkdtempSync(join(tmpdir(), 'claimlint-lsp-time-'))
const path = join(folder, 'page.md')
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
/** The page after the n-th keystroke-sized change: a word typed in the middle of it. */
const edited = (n) => text.replace('\n\n', `\n\nWord${n} `)

// In-process: what the server does per change (configuration is cached after the first).
const workspaces = new Workspaces()
workspaces.setRoots([folder])
const inProcess = []
// CPU time as well as wall time: on a busy machine the wall time also counts the waits for a core.
const cpu = []
let findings = 0
for (let n = 0; n <= changes; n++) {
  const start = performance.now()
  const used = process.cpuUsage()
  const setup = await workspaces.setupFor(path)
  const messages = toResult(setup.linter.lint({value: edited(n), path}), {filePath: path}).messages
  findings = messages.map(toDiagnostic).length
  const {user, system} = process.cpuUsage(used)
  if (n > 0) inProcess.push(performance.now() - start)
  if (n > 0) cpu.push((user + system) / 1000)
}

// Over stdio: from sending a change to receiving its diagnostics.
const child = spawn(process.execPath, [new URL('../bin/claimlint-language-server.js', import.meta.url).pathname, '--stdio'], {cwd: folder})
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
connection.onNotification(PublishDiagnosticsNotification.type, ({version}) => waiting.get(version)?.())
connection.listen()
const uri = pathToFileURL(path).href
await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}})
await connection.sendNotification(InitializedNotification.type, {})
const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
let ready = published(1)
await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text}})
await ready
const overStdio = []
for (let n = 1; n <= changes; n++) {
  const version = n + 1
  ready = published(version)
  const start = performance.now()
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text: edited(n)}]})
  await ready
  overStdio.push(performance.now() - start)
}
await connection.sendRequest(ShutdownRequest.type)
await connection.sendNotification(ExitNotification.type)
connection.dispose()
rmSync(folder, {recursive: true, force: true})

console.log(`${lines} lines, ${text.length} characters, ${findings} findings, ${changes} changes`)
console.log(`lint per change (in-process): median ${median(inProcess).toFixed(0)} ms, max ${Math.max(...inProcess).toFixed(0)} ms; CPU time median ${median(cpu).toFixed(0)} ms`)
console.log(`change to diagnostics over stdio: median ${median(overStdio).toFixed(0)} ms, max ${Math.max(...overStdio).toFixed(0)} ms (200 ms of it the typing pause)`)
