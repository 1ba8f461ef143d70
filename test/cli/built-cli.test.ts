/**
 * The built command line (out/cli, `npm run build`, vite.cli.config.ts) against the sources it
 * is made from: the same bytes for the same arguments — every paper of each procedure's packet,
 * the NCTS message, the validator's and the scoring's reports — run as a user runs it
 * (`node bin/transitdesk.mjs`, which prefers the build) beside `main` in this process (the
 * TypeScript sources). And the built folder needs nothing around it: copied elsewhere, it runs.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/io'
import { main } from '../../src/cli/main'

const ROOT = resolve(import.meta.dirname, '../..')
const BUILT = join(ROOT, 'out/cli/transitdesk.mjs')
const SAMPLES = join(ROOT, 'resources/samples')
const CASE = join(ROOT, 'src/shared/training/cases/tir-tashkent-almaty-textiles.tdcase.json')
const FIXED = ['--today', '2026-02-06']
const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' }

const dir = mkdtempSync(join(tmpdir(), 'transitdesk-built-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Outcome {
  status: number
  stdout: Buffer
  stderr: string
}

/** The built command, as a process (`node bin/transitdesk.mjs` or the built file itself). */
function built(args: string[], script = join(ROOT, 'bin/transitdesk.mjs')): Outcome {
  const run = spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    env: { ...process.env, ...ENGLISH, TRANSITDESK_CLI: '' },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr.toString() }
}

/** The sources, in this process. */
async function sources(args: string[]): Promise<Outcome> {
  const out: Buffer[] = []
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => void out.push(Buffer.from(text)),
    stderr: (text) => void (stderr += text),
    stdoutBytes: (bytes) => void out.push(Buffer.from(bytes)),
  }
  const status = await main([...args, '--lang', 'en'], io)
  return { status, stdout: Buffer.concat(out), stderr }
}

describe('the built command line', { timeout: 60_000 }, () => {
  it('is built (npm run build makes out/cli)', () => {
    expect(existsSync(BUILT), `${BUILT} is missing: run \`npm run build\` first`).toBe(true)
  })

  const procedures = readFileSyncNames()
  it.each(procedures)('prints the same packet bytes as the sources: %s', async (name) => {
    const args = [
      'packet',
      join(SAMPLES, name),
      '-o',
      '-',
      '--generated-at',
      '2026-02-04T10:00:00Z',
    ]
    const fromBuild = built([...args, ...FIXED])
    const fromSources = await sources([...args, ...FIXED])
    expect(fromBuild.stderr).toBe(fromSources.stderr)
    expect(fromBuild.status).toBe(0)
    expect(fromSources.status).toBe(0)
    expect(fromBuild.stdout.subarray(0, 5).toString()).toBe('%PDF-')
    expect(fromBuild.stdout.equals(fromSources.stdout)).toBe(true)
  })

  it('writes the same NCTS message and the same reports as the sources', async () => {
    const runs: string[][] = [
      [
        'xml',
        join(SAMPLES, 't1-poti-istanbul.json'),
        '-o',
        '-',
        '--prepared-at',
        '2026-02-04T10:00:00',
      ],
      ['validate', '--json', ...procedures.map((name) => join(SAMPLES, name))],
      ['score', '--json', CASE, answerOfCase()],
    ]
    for (const args of runs) {
      const fromBuild = built([...args, ...FIXED])
      const fromSources = await sources([...args, ...FIXED])
      expect(fromBuild.status, args[0]).toBe(fromSources.status)
      expect(fromBuild.stdout.toString(), args[0]).toBe(fromSources.stdout.toString())
      expect(fromBuild.stderr, args[0]).toBe(fromSources.stderr)
      expect(fromBuild.stdout.length, args[0]).toBeGreaterThan(100)
    }
  })

  it('runs from a copy of its folder, with no node_modules or sources around it', () => {
    const copy = join(dir, 'elsewhere')
    cpSync(join(ROOT, 'out/cli'), copy, { recursive: true })
    const pdf = join(dir, 'copy.pdf')
    const script = join(copy, 'transitdesk.mjs')
    const packet = built(
      ['packet', join(SAMPLES, 'national-karachi-kabul.json'), '-o', pdf, ...FIXED],
      script,
    )
    expect(packet.stderr).toBe('')
    expect(packet.status).toBe(0)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    const xml = built(
      ['xml', join(SAMPLES, 'tir-almaty-karachi.json'), '-o', '-', ...FIXED],
      script,
    )
    expect(xml.status).toBe(0)
    expect(xml.stdout.toString()).toContain('<ncts:CC015C')
  })
})

function readFileSyncNames(): string[] {
  return [
    'tir-almaty-karachi.json',
    'eaeu-minsk-almaty.json',
    't1-poti-istanbul.json',
    'national-karachi-kabul.json',
  ]
}

/** The case's model answer as a file: it scores 100. */
function answerOfCase(): string {
  const path = join(dir, 'answer.json')
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(CASE, 'utf8')).answer, null, 2))
  return path
}
