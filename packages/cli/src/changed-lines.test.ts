import type {LintMessage, LintResult} from '@claimlint/core'
import {describe, expect, it} from 'vitest'
import {parseArguments} from './args.js'
import {keepChangedLines, parseDiff, touchesChange} from './changed-lines.js'
import {unquotePath} from './git.js'

const diff = `diff --git a/pages/serum.md b/pages/serum.md
index 1111111..2222222 100644
--- a/pages/serum.md
+++ b/pages/serum.md
@@ -3 +3 @@
-Leaves skin soft.
+Treats rosacea.
@@ -10,0 +11,2 @@
+++ an added line that looks like a header
+@@ -1 +1 @@ and one that looks like a hunk
@@ -20,2 +21,0 @@
-<!--claimlint ignore disease-claim-->
-gone
diff --git a/new page.md b/new page.md
new file mode 100644
index 0000000..3333333
--- /dev/null
+++ b/new page.md
@@ -0,0 +1,3 @@
+one
+two
+three
\\ No newline at end of file
diff --git a/removed.md b/removed.md
deleted file mode 100644
index 4444444..0000000
--- a/removed.md
+++ /dev/null
@@ -1 +0,0 @@
-bye
diff --git a/old.md b/moved.md
similarity 100%
rename from old.md
rename to moved.md
diff --git a/logo.png b/logo.png
index 5555555..6666666 100644
Binary files a/logo.png and b/logo.png differ
diff --git "a/caf\\303\\251.md" "b/caf\\303\\251.md"
index 7777777..8888888 100644
--- "a/caf\\303\\251.md"
+++ "b/caf\\303\\251.md"
@@ -1 +1 @@
-a
+b
`

describe('parseDiff', () => {
  it('reads the changed lines of the new side of each file', () => {
    const changed = parseDiff(diff)
    expect(changed.get('pages/serum.md')).toEqual([[3, 3], [11, 12], [22, 22]])
    expect(changed.get('new page.md')).toEqual([[1, 3]])
  })

  it('takes added lines that look like headers for content', () => {
    expect([...parseDiff(diff).keys()]).toEqual(['pages/serum.md', 'new page.md', 'logo.png', 'café.md'])
  })

  it('leaves out deleted files and renames without changed lines', () => {
    const changed = parseDiff(diff)
    expect(changed.has('removed.md')).toBe(false)
    expect(changed.has('moved.md')).toBe(false)
  })

  it('marks every line of a changed binary file and unquotes quoted paths', () => {
    expect(parseDiff(diff).get('logo.png')).toBe('all')
    expect(parseDiff(diff).get('café.md')).toEqual([[1, 1]])
    expect(unquotePath('"tab\\there \\"quoted\\".md"')).toBe('tab\there "quoted".md')
    expect(unquotePath('plain.md')).toBe('plain.md')
  })

  it('reads nothing from an empty diff', () => {
    expect(parseDiff('').size).toBe(0)
  })
})

describe('touchesChange', () => {
  it('keeps a finding when any of its lines changed', () => {
    expect(touchesChange([[3, 3]], 2, 3)).toBe(true)
    expect(touchesChange([[3, 5]], 4)).toBe(true)
    expect(touchesChange([[3, 5]], 6, 7)).toBe(false)
    expect(touchesChange([[3, 5]], 1, 2)).toBe(false)
    expect(touchesChange('all', 100)).toBe(true)
  })
})

function message(line: number, overrides: Partial<LintMessage> = {}): LintMessage {
  return {ruleId: 'disease-claim', severity: 2, message: 'Unexpected', line, column: 1, endLine: line, endColumn: 5, source: 'claimlint', ...overrides}
}

function result(filePath: string, messages: LintMessage[]): LintResult {
  return {filePath, messages, suppressedMessages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
}

describe('keepChangedLines', () => {
  it('keeps findings on changed lines and recounts the result', () => {
    const kept = keepChangedLines(
      [result('/r/a.md', [message(1), message(3, {severity: 1, fix: {range: [0, 1], text: 'x'}}), message(7, {endLine: 8})])],
      new Map([['/r/a.md', [[3, 3], [8, 9]] as const]])
    )
    expect(kept[0]!.messages.map((m) => m.line)).toEqual([3, 7])
    expect(kept[0]).toMatchObject({errorCount: 1, warningCount: 1, fixableWarningCount: 1, fixableErrorCount: 0})
  })

  it('keeps messages about the whole file, which have no rule', () => {
    const fatal = message(1, {ruleId: null, fatal: true})
    const kept = keepChangedLines([result('/r/a.md', [fatal, message(1)])], new Map([['/r/a.md', [[5, 5]] as const]]))
    expect(kept[0]!.messages).toEqual([fatal])
    expect(kept[0]!.fatalErrorCount).toBe(1)
  })
})

describe('--changed-since arguments', () => {
  it('reads the ref and refuses it with --stdin or --baseline-write', () => {
    expect(parseArguments(['--changed-since', 'origin/main']).changedSince).toBe('origin/main')
    expect(() => parseArguments(['--changed-since', 'HEAD', '--stdin'])).toThrow('Unexpected --changed-since with --stdin, expected one of them')
    expect(() => parseArguments(['--changed-since', 'HEAD', '--baseline-write'])).toThrow('Unexpected --baseline-write with --changed-since, expected one of them')
    expect(() => parseArguments(['--changed-since='])).toThrow('Unexpected empty value for --changed-since')
  })

  it('reads --staged and refuses it with --fix', () => {
    expect(parseArguments(['--staged', 'a.md'])).toMatchObject({staged: true, patterns: ['a.md']})
    expect(() => parseArguments(['--staged', '--fix'])).toThrow('Unexpected --staged with --fix, expected one of them')
  })
})
