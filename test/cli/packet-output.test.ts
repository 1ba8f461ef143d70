/**
 * Where `transitdesk packet` writes: never over its own input (whatever name the output gives
 * it), never over a device or a link to nothing, through a link, and to standard output with
 * `-o -`. The real command as a child process, on real files.
 */
import { execFile, execFileSync } from 'node:child_process'
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NO_STACK, REPO_ROOT, sample, TIMEOUT, TODAY, transitdesk } from './helpers'

const folder = () => mkdtempSync(join(tmpdir(), 'packet-output-'))

/** The input in `in/`, and `link/` a symbolic link to that folder. */
function inputWithLinkedFolder() {
  const root = folder()
  mkdirSync(join(root, 'in'))
  const input = join(root, 'in', 'decl.json')
  copyFileSync(sample('tir-almaty-karachi.json'), input)
  symlinkSync(join(root, 'in'), join(root, 'link'))
  return { root, input, original: readFileSync(input) }
}

const packet = (input: string, output: string) =>
  transitdesk(
    'packet',
    input,
    '-o',
    output,
    '--today',
    TODAY,
    '--generated-at',
    '2026-02-06T10:00:00Z',
  )

function expectRefused(
  run: { status: number | null; stdout: string; stderr: string },
  reason: RegExp,
) {
  expect(run.status).toBe(2)
  expect(run.stderr).toMatch(reason)
  expect(run.stderr).not.toMatch(NO_STACK)
}

describe('packet output', () => {
  it(
    'refuses to write over its input through a linked folder or a hard link',
    async () => {
      const { root, input, original } = inputWithLinkedFolder()
      linkSync(input, join(root, 'hard.json'))
      const [throughLink, hardLink, dotted] = await Promise.all([
        packet(input, join(root, 'link', 'decl.json')),
        packet(input, join(root, 'hard.json')),
        packet(input, join(root, 'link', '..', 'in', 'decl.json')),
      ])
      for (const run of [throughLink, hardLink, dotted])
        expectRefused(run, /replace the declaration file/)
      expect(readFileSync(input)).toEqual(original)
    },
    TIMEOUT,
  )

  it(
    'refuses a device and a link to nothing, in one line, leaving them as they were',
    async () => {
      const root = folder()
      symlinkSync(join(root, 'nowhere.pdf'), join(root, 'dangling.pdf'))
      const [device, dangling] = await Promise.all([
        packet(sample('tir-almaty-karachi.json'), '/dev/null'),
        packet(sample('tir-almaty-karachi.json'), join(root, 'dangling.pdf')),
      ])
      expectRefused(device, /“\/dev\/null” could not be written: it is a device, not a file/)
      expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true)
      expectRefused(dangling, /could not be written: it is a link to nothing/)
      expect(lstatSync(join(root, 'dangling.pdf')).isSymbolicLink()).toBe(true)
    },
    TIMEOUT,
  )

  it(
    'writes through a link to a PDF, and keeps the file’s permissions',
    async () => {
      const root = folder()
      const real = join(root, 'packet.pdf')
      writeFileSync(real, 'old')
      execFileSync('chmod', ['640', real])
      symlinkSync(real, join(root, 'latest.pdf'))
      const run = await packet(sample('tir-almaty-karachi.json'), join(root, 'latest.pdf'))
      expect(run.status).toBe(0)
      expect(lstatSync(join(root, 'latest.pdf')).isSymbolicLink()).toBe(true)
      expect(readFileSync(real).subarray(0, 5).toString()).toBe('%PDF-')
      expect(lstatSync(real).mode & 0o777).toBe(0o640)
    },
    TIMEOUT,
  )

  it(
    'writes the PDF to standard output with -o -, and nothing else there',
    async () => {
      const pdf = await new Promise<Buffer>((resolve, reject) =>
        execFile(
          process.execPath,
          [
            'bin/transitdesk.mjs',
            'packet',
            sample('tir-almaty-karachi.json'),
            '-o',
            '-',
            '--today',
            TODAY,
          ],
          { cwd: REPO_ROOT, encoding: 'buffer', timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        ),
      )
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      expect(pdf.subarray(-6).toString()).toMatch(/%%EOF\s*$/)
      const file = join(folder(), 'stdout.pdf')
      writeFileSync(file, pdf)
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(
        'KZ-ALA-2026-0117',
      )
    },
    TIMEOUT,
  )
})
