/**
 * The command as a process, `node bin/transitdesk.mjs …` from the repository root (the built
 * command line when `npm run build` has made one, the sources through tsx otherwise): what
 * `main` in this process cannot show. The process's exit status, the PDF on a real standard
 * output, a pipe closed early (`… | head`), the language of the environment's locale, libxml2's
 * WebAssembly loaded through the entry, and `npx transitdesk`. Every other test of the command
 * line calls `main` in this process (runMain), which starts no Node and compiles nothing.
 */
import { execFile, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import type { JsonObject } from '../../src/shared/json'
import { recordEvent } from '../../src/shared/movement/record-event'
import { makeReply } from '../fixtures/ncts-replies'
import { FIXTURE_CASE, fixtureJson } from '../unit/training/builders'
import { sampleText } from '../unit/samples'
import {
  ENGLISH_LOCALE,
  expectPdfOnStdout,
  expectUnreadable,
  expectUsageError,
  lines,
  NO_STACK,
  REPO_ROOT,
  runProcess,
  sample,
  TIMEOUT,
  TODAY,
} from './helpers'

const root = mkdtempSync(join(tmpdir(), 'transitdesk-process-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const VALID = sample('tir-almaty-karachi.json')
const packetArgs = (output: string) => [
  'packet',
  VALID,
  '-o',
  output,
  '--today',
  TODAY,
  '--generated-at',
  '2026-02-04T10:00:00Z',
]

describe.concurrent('transitdesk as a process', { timeout: TIMEOUT }, () => {
  it('exits with the status main gives: 0 valid, 1 not valid or not passed, 2 unreadable or usage', async () => {
    const wrongAnswer = join(root, 'wrong-answer.json')
    const answer = fixtureJson().answer
    answer.guarantee.reference = 'XZ81234568'
    writeFileSync(wrongAnswer, JSON.stringify(answer))
    const [valid, notPassed, unreadable, usage] = await Promise.all([
      runProcess(['validate', VALID, '--today', TODAY]),
      runProcess(['score', FIXTURE_CASE, wrongAnswer, '--today', TODAY]),
      runProcess(['validate', sample('unreadable-not-json.json'), '--today', TODAY]),
      runProcess(['check', VALID]),
    ])
    expect(valid.stderr).toBe('')
    expect(valid.status).toBe(0)
    expect(lines(valid.stdout).at(-1)).toMatch(/^valid: 0 errors, /)
    expect(notPassed.status).toBe(1)
    expect(notPassed.stdout).toMatch(/^score \d+ of 100 \(pass mark 80\): not passed/)
    expectUnreadable(unreadable, 'unreadable-not-json.json', /not valid JSON/)
    expectUsageError(usage, /unknown command "check"/)
  })

  it('-o - puts the very PDF -o FILE writes on standard output, and nothing else', async () => {
    const file = join(root, 'packet.pdf')
    const [piped, written] = await Promise.all([
      runProcess(packetArgs('-')),
      runProcess(packetArgs(file)),
    ])
    expectPdfOnStdout(piped, written, file)
    const text = execFileSync('pdftotext', ['-', '-'], { input: piped.stdoutBytes })
    expect(text.toString('utf8')).toContain('KZ-ALA-2026-0117')
  })

  it('stops quietly when its reader goes away (`… | head`): exit 0, no stack trace', async () => {
    const child = spawn(process.execPath, ['bin/transitdesk.mjs', ...packetArgs('-')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...ENGLISH_LOCALE },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // The reader closes before the first byte: every write to standard output fails (EPIPE).
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')))
    const [status, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child.on('close', (code, killedBy) => resolve([code, killedBy])),
    )
    expect(signal).toBeNull()
    expect(stderr).not.toMatch(NO_STACK)
    expect(stderr).not.toMatch(/EPIPE/)
    expect(status).toBe(0)
  })

  it('speaks the language of LANG when no --lang is given', async () => {
    const run = await runProcess(['validate', sample('bad-hs-code.json'), '--today', TODAY], {
      env: { LANG: 'ru_RU.UTF-8' },
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^есть ошибки: 1 ошибка, /m)
  })

  it('loads libxml2 through bin/transitdesk.mjs: a reply checked against its schema', async () => {
    const lodged = recordEvent(JSON.parse(sampleText('t1-poti-istanbul.json')) as JsonObject, {
      type: 'lodged',
      at: '2026-02-05T09:00:00+04:00',
    })
    const file = join(root, 'lodged.json')
    writeFileSync(file, JSON.stringify(lodged, null, 2))
    const reply = join(root, 'reply.xml')
    writeFileSync(reply, makeReply('CC928C', { lrn: 'GE-PTI-2026-0058' }))
    const run = await runProcess(['receive', file, reply, '-o', file, '--today', TODAY])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const movement = (JSON.parse(readFileSync(file, 'utf8')) as { movement: { events: [] } })
      .movement
    expect(movement.events.at(-1)).toMatchObject({ type: 'acknowledged', message: 'CC928C' })
  })

  it('runs as `npx transitdesk` from the repository root', async () => {
    const args = ['--no-install', 'transitdesk', 'validate', VALID, '--json', '--today', TODAY]
    const { stdout, stderr } = await promisify(execFile)('npx', args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...ENGLISH_LOCALE },
      encoding: 'utf8',
      timeout: TIMEOUT,
    })
    expect(stderr).toBe('')
    expect(JSON.parse(stdout)).toHaveProperty('valid', true)
  })
})
