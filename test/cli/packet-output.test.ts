/**
 * Where `transitdesk packet` writes: never over its own input (whatever name the output gives
 * it), never over a device, a pipe or a link to nothing, through a link, and to standard output
 * with `-o -`. `main` in this process, on real files; the PDF on a real process's standard
 * output is test/cli/process.test.ts.
 *
 * Root may replace /dev/null by a file: the file system is guarded here (nothing is ever renamed
 * into /dev), and the devices written to are nodes of the test's own, made with mknod in the
 * test folder (the same device as /dev/null); only a user who cannot make one — and so cannot
 * replace /dev/null either — is given /dev/null.
 */
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import {
  expectPdfOnStdout,
  expectUsageError,
  lines,
  NO_STACK,
  runMain,
  sample,
  TIMEOUT,
  TODAY,
  type Run,
} from './helpers'

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...real,
    rename: async (...args: Parameters<typeof real.rename>) => {
      const to = String(args[1])
      if (to.startsWith('/dev/')) {
        throw Object.assign(new Error(`test guard: no rename into ${to}`), { code: 'EPERM' })
      }
      return real.rename(...args)
    },
  }
})

const GENERATED_AT = '2026-02-06T10:00:00Z'
const VALID = sample('tir-almaty-karachi.json')

const root = mkdtempSync(join(tmpdir(), 'transitdesk-packet-output-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let folders = 0
const folder = () => mkdtempSync(join(root, `case-${++folders}-`))

/** The input in `in/`, and `link/` a symbolic link to that folder. */
function inputWithLinkedFolder() {
  const base = folder()
  mkdirSync(join(base, 'in'))
  const input = join(base, 'in', 'decl.json')
  copyFileSync(VALID, input)
  symlinkSync(join(base, 'in'), join(base, 'link'))
  return { base, input, original: readFileSync(input) }
}

const args = (input: string, output: string, ...more: string[]) => [
  'packet',
  input,
  '-o',
  output,
  '--today',
  TODAY,
  '--generated-at',
  GENERATED_AT,
  ...more,
]

const packet = (input: string, output: string, ...more: string[]) =>
  runMain(args(input, output, ...more))

/** A device node of our own where root can make one; otherwise /dev/null, which we cannot harm. */
function privateDevice(base: string): string {
  const node = join(base, 'null')
  try {
    execFileSync('mknod', [node, 'c', '1', '3'], { stdio: 'ignore' })
    return node
  } catch {
    return '/dev/null'
  }
}

/** Exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectOneLine(run: Run, line: string) {
  expect(run.status).toBe(2)
  expect(run.stdout).toBe('')
  expect(lines(run.stderr)).toEqual([line])
  expect(run.stderr).not.toMatch(NO_STACK)
}

const notRegular = (path: string, kind: string) =>
  `“${path}” is not a regular file (${kind}): choose a file to write.`

describe('packet output', { timeout: TIMEOUT }, () => {
  it('refuses to write over its input through a linked folder, a link, a hard link or `..`', async () => {
    const { base, input, original } = inputWithLinkedFolder()
    linkSync(input, join(base, 'hard.json'))
    symlinkSync(input, join(base, 'decl-link.json'))
    const runs = await Promise.all([
      packet(input, join(base, 'link', 'decl.json')),
      packet(input, join(base, 'hard.json')),
      packet(input, join(base, 'decl-link.json')),
      packet(input, join(base, 'link', '..', 'in', 'decl.json')),
      packet(join(base, 'link', 'decl.json'), input),
    ])
    for (const run of runs) {
      expectUsageError(run, /^transitdesk packet: the output would replace the declaration file/)
    }
    expect(readFileSync(input).equals(original)).toBe(true)
    expect(readFileSync(join(base, 'hard.json')).equals(original)).toBe(true)
    expect(lstatSync(join(base, 'link')).isSymbolicLink()).toBe(true)
    expect(lstatSync(join(base, 'decl-link.json')).isSymbolicLink()).toBe(true)
    expect(readdirSync(join(base, 'in'))).toEqual(['decl.json'])
  })

  it('writes a new PDF into a linked folder beside its input', async () => {
    const { base, input, original } = inputWithLinkedFolder()
    const run = await packet(input, join(base, 'link', 'decl.pdf'))
    expect(run.status).toBe(0)
    expect(
      readFileSync(join(base, 'in', 'decl.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    expect(readFileSync(input).equals(original)).toBe(true)
    expect(readdirSync(join(base, 'in')).sort()).toEqual(['decl.json', 'decl.pdf'])
  })

  it('refuses a device, a pipe and a link to nothing in one line, before making the PDF', async () => {
    const base = folder()
    const device = privateDevice(base)
    const before = lstatSync(device)
    const pipe = join(base, 'pipe.pdf')
    execFileSync('mkfifo', [pipe])
    const dangling = join(base, 'dangling.pdf')
    symlinkSync(join(base, 'nowhere.pdf'), dangling)
    const [toDevice, toPipe, toDangling, invalidToDevice] = await Promise.all([
      packet(VALID, device),
      packet(VALID, pipe),
      packet(VALID, dangling),
      // A declaration with errors: the output is refused first (exit 2, not 1).
      packet(sample('bad-hs-code.json'), device),
    ])
    expectOneLine(toDevice, notRegular(device, 'a device'))
    expectOneLine(toPipe, notRegular(pipe, 'a pipe'))
    expectOneLine(toDangling, `“${dangling}” is a link to nothing: choose a file to write.`)
    expectOneLine(invalidToDevice, notRegular(device, 'a device'))

    const after = lstatSync(device)
    expect(after.isCharacterDevice()).toBe(true)
    expect([after.ino, after.rdev]).toEqual([before.ino, before.rdev])
    expect(lstatSync(pipe).isFIFO()).toBe(true)
    expect(readlinkSync(dangling)).toBe(join(base, 'nowhere.pdf'))
    const left = readdirSync(base).sort()
    expect(left).toEqual(
      ['dangling.pdf', device === '/dev/null' ? [] : ['null'], 'pipe.pdf'].flat(),
    )
  })

  it('refuses -o /dev/null itself in one line', async () => {
    const before = lstatSync('/dev/null')
    const run = await packet(VALID, '/dev/null')
    expectOneLine(run, notRegular('/dev/null', 'a device'))
    expect(run.stdoutBytes.byteLength).toBe(0)
    const after = lstatSync('/dev/null')
    expect(after.isCharacterDevice()).toBe(true)
    expect([after.ino, after.rdev]).toEqual([before.ino, before.rdev])
  })

  it('writes through a link to a PDF, and keeps the file’s permissions', async () => {
    const base = folder()
    const real = join(base, 'packet.pdf')
    writeFileSync(real, 'old')
    execFileSync('chmod', ['640', real])
    symlinkSync(real, join(base, 'latest.pdf'))
    const run = await packet(VALID, join(base, 'latest.pdf'))
    expect(run.status).toBe(0)
    expect(lstatSync(join(base, 'latest.pdf')).isSymbolicLink()).toBe(true)
    expect(readFileSync(real).subarray(0, 5).toString()).toBe('%PDF-')
    expect(lstatSync(real).mode & 0o7777).toBe(0o640)
    expect(readdirSync(base).sort()).toEqual(['latest.pdf', 'packet.pdf'])
  })

  it('-o - writes the very PDF -o FILE writes, nothing else on stdout, its line on stderr', async () => {
    const file = join(folder(), 'packet.pdf')
    const [piped, written] = await Promise.all([packet(VALID, '-'), packet(VALID, file)])
    expectPdfOnStdout(piped, written, file)
  })

  it('-o - with a declaration that has errors: exit 1, the findings on stderr, stdout empty', async () => {
    const run = await packet(sample('bad-hs-code.json'), '-')
    expect(run.status).toBe(1)
    expect(run.stdoutBytes.byteLength).toBe(0)
    const said = lines(run.stderr)
    expect(said.length).toBeGreaterThan(1)
    expect(said.slice(0, -1).every((line) => /^(error|warning) {2}/.test(line))).toBe(true)
    expect(said.at(-1)).toMatch(/nothing written/)
  })

  it('-o - refuses a terminal as standard output', async () => {
    const run = await runMain(args(VALID, '-'), { terminal: true })
    expect(run.status).toBe(2)
    expect(run.stdoutBytes.byteLength).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^transitdesk packet: -o - writes PDF bytes/)
  })
})
