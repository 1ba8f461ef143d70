/**
 * Running `transitdesk`: `runMain` calls `main(argv, io)` in this process, as most tests do (no
 * Node start, no compile); `runProcess` starts the real command, `node bin/transitdesk.mjs`, from
 * the repository root as a user runs it, for what only a process shows (test/cli/process.test.ts).
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, vi } from 'vitest'
import { main } from '../../src/cli/main'
import { oneLine } from '../../src/cli/output'
import type { RenderedFinding, RenderedReport } from '../../src/shared/validation/report'
import { SAMPLES_DIR } from '../unit/samples'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The day the samples' expected.json holds for. Not 2026-02-04 (packet.md's example): two
 * samples are declared on 2026-02-06 and one of them, national-karachi-kabul.json, must be
 * valid, which "declarationDate not after today" (validation.md) allows from 2026-02-06 on.
 */
export const TODAY = '2026-02-06'

/**
 * For a test that starts Node, makes packets, or loads a command (libxml2, the fonts) in this
 * process on first use: allow for a slow, busy machine.
 */
export const TIMEOUT = 60_000

/**
 * The locale of an English machine: without --lang, the command speaks the language of
 * LC_ALL, LC_MESSAGES or LANG, and these tests expect English whatever the machine's locale.
 */
export const ENGLISH_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' }

/** What a run of the command gives. */
export interface Run {
  status: number
  stdout: string
  stderr: string
  /** standard output as bytes (the PDF of `-o -`); `stdout` is the same decoded as UTF-8 */
  stdoutBytes: Buffer
}

/**
 * `transitdesk ARGV` as `main(argv, io)` in this process, its output kept in order as a caller
 * of the command sees it. `terminal`: standard output is a terminal.
 */
export async function runMain(
  argv: readonly string[],
  options: { terminal?: boolean } = {},
): Promise<Run> {
  // main reads the locale from process.env when the line has no --lang.
  for (const [name, value] of Object.entries(ENGLISH_LOCALE)) vi.stubEnv(name, value)
  const out: Buffer[] = []
  let stderr = ''
  const status = await main(argv, {
    stdout: (text) => void out.push(Buffer.from(text, 'utf8')),
    stderr: (text) => void (stderr += text),
    stdoutBytes: (bytes) => void out.push(Buffer.from(bytes)),
    stdoutIsTerminal: options.terminal === true,
  })
  const stdoutBytes = Buffer.concat(out)
  return { status, stdout: stdoutBytes.toString('utf8'), stderr, stdoutBytes }
}

/**
 * Starts `node bin/transitdesk.mjs ARGS` from the repository root, in English unless `env`
 * says otherwise (async: tests run it side by side). Exit status null (killed) rejects.
 */
export function runProcess(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    execFile(
      process.execPath,
      ['bin/transitdesk.mjs', ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...ENGLISH_LOCALE, ...options.env },
        encoding: 'buffer',
        timeout: TIMEOUT,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null
        if (status === null) reject(error)
        else {
          const text = stdout.toString('utf8')
          resolveRun({ status, stdout: text, stderr: stderr.toString('utf8'), stdoutBytes: stdout })
        }
      },
    )
  })
}

export const sample = (name: string) => join(SAMPLES_DIR, name)

/** The lines of a text that ends with a line break. */
export function lines(text: string): string[] {
  expect(text === '' || text.endsWith('\n')).toBe(true)
  return text.split('\n').slice(0, -1)
}

export const NO_STACK = /^\s*at /m

/** Exit 2 the way packet.md wants it: nothing on stdout, one line on stderr, no stack trace. */
export function expectUnreadable(run: Run, file: string, reason: RegExp) {
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  expect(lines(run.stderr)).toHaveLength(1)
  expect(run.stderr).toContain(file)
  expect(run.stderr).toMatch(reason)
  expect(run.stderr).not.toMatch(NO_STACK)
}

export function expectUsageError(run: Run, mention: string | RegExp) {
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr).toMatch(mention)
  expect(run.stderr).toContain('Usage: transitdesk')
  expect(run.stderr).not.toMatch(NO_STACK)
}

/** The report object of validation.md, "Report". */
export function expectReportShape(report: RenderedReport) {
  expect(Object.keys(report).sort()).toEqual(['errors', 'valid', 'warnings'])
  expect(report.valid).toBe(report.errors.length === 0)
  for (const finding of [...report.errors, ...report.warnings]) {
    expect(finding.rule).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
    expect(finding.path).toMatch(/^(\/.*)?$/)
    expect(typeof finding.message).toBe('string')
    expect(finding.message.length).toBeGreaterThan(0)
    if (finding.box !== undefined) expect(typeof finding.box).toBe('string')
  }
}

export const paths = (findings: RenderedFinding[]) => findings.map((finding) => finding.path)

/** `error  /path  rule  message`, the whole file shown as `(file)`, one line whatever the text. */
export function findingLine(severity: 'error' | 'warning', finding: RenderedFinding): string {
  const path = finding.path === '' ? '(file)' : finding.path
  return [severity, path, finding.rule, finding.message].map(oneLine).join('  ')
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

export function statusLine(report: RenderedReport): string {
  const counts = `${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')}`
  return `${report.valid ? 'valid' : 'not valid'}: ${counts}`
}

/**
 * `packet … -o -` beside `packet … -o FILE` (the same --generated-at): both succeed, standard
 * output carries byte for byte the file's PDF and nothing before or after it, and the one status
 * line goes to standard error.
 */
export function expectPdfOnStdout(piped: Run, written: Run, file: string) {
  expect(written.status).toBe(0)
  expect(piped.status).toBe(0)
  expect(piped.stdoutBytes.subarray(0, 5).toString()).toBe('%PDF-')
  expect(piped.stdoutBytes.equals(readFileSync(file))).toBe(true)
  expect(lines(piped.stderr)).toEqual([
    expect.stringMatching(/^wrote standard output \([0-9]+ KB\)$/),
  ])
}
