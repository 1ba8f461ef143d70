/** `transitdesk validate` with several files: one report each, the worst exit status. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { RenderedReport } from '../../src/shared/validation/report'
import { expected, sampleNames } from '../unit/samples'
import {
  expectReportShape,
  lines,
  NO_STACK,
  paths,
  runMain,
  sample,
  TIMEOUT,
  TODAY,
} from './helpers'

type Entry = { file: string; report: RenderedReport } | { file: string; unreadable: string }

const withExit = (exit: number) => sampleNames.filter((name) => expected[name]!.exit === exit)

describe('transitdesk validate: several files', { timeout: TIMEOUT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'transitdesk-cli-several-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('--json prints one entry per file, in order, and exits with the worst status', async () => {
    const files = sampleNames.map(sample)
    const run = await runMain(['validate', ...files, '--json', '--today', TODAY])
    expect(run.status).toBe(2)
    const entries = JSON.parse(run.stdout) as Entry[]
    expect(entries.map((entry) => entry.file)).toEqual(files)
    entries.forEach((entry, index) => {
      const name = sampleNames[index]!
      const outcome = expected[name]!
      if ('unreadable' in entry) {
        expect(outcome.exit).toBe(2)
        expect(Object.keys(entry).sort()).toEqual(['file', 'unreadable'])
        expect(entry.unreadable).toContain(name)
      } else {
        expect(Object.keys(entry).sort()).toEqual(['file', 'report'])
        expectReportShape(entry.report)
        expect(entry.report.valid).toBe(outcome.exit === 0)
        for (const path of outcome.errors ?? []) expect(paths(entry.report.errors)).toContain(path)
        for (const path of outcome.warnings ?? []) {
          expect(paths(entry.report.warnings)).toContain(path)
        }
      }
    })
    // Each unreadable file is also named on stderr, one line each.
    expect(lines(run.stderr)).toHaveLength(withExit(2).length)
    expect(run.stderr).not.toMatch(NO_STACK)
  })

  it('exits 0 when all are valid, 1 when the worst file has errors', async () => {
    const valid = withExit(0).map(sample)
    const invalid = withExit(1).map(sample)
    const runs = await Promise.all([
      runMain(['validate', ...valid, '--json', '--today', TODAY]),
      runMain(['validate', ...valid, ...invalid, '--today', TODAY]),
      runMain(['validate', invalid[0]!, valid[0]!, '--json', '--today', TODAY]),
    ])
    expect(runs.map((run) => run.status)).toEqual([0, 1, 1])
    expect(runs.map((run) => run.stderr)).toEqual(['', '', ''])
  })

  it('the same file twice gives two entries', async () => {
    const file = sample(withExit(0)[0]!)
    const run = await runMain(['validate', file, file, '--json', '--today', TODAY])
    const entries = JSON.parse(run.stdout) as Entry[]
    expect(entries).toHaveLength(2)
    expect(entries[0]).toEqual(entries[1])
  })

  it('text output: a header per file, its findings and status, then a summary', async () => {
    const missing = join(dir, 'missing.json')
    const names = ['bad-hs-code.json', 'national-karachi-kabul.json']
    const files = [...names.map(sample), missing]
    const run = await runMain(['validate', ...files, '--today', TODAY])
    expect(run.status).toBe(2)
    expect(lines(run.stderr)).toHaveLength(1)
    expect(run.stderr).toContain(missing)
    expect(run.stderr).not.toMatch(NO_STACK)

    const out = lines(run.stdout)
    const [hs, national, gone] = files.map((file) => out.indexOf(`${file}:`))
    expect(hs).toBe(0)
    expect(national).toBeGreaterThan(hs!)
    expect(gone).toBeGreaterThan(national!)

    const hsLines = out.slice(hs! + 1, national)
    expect(hsLines).toContainEqual(
      expect.stringMatching(/^error {2}\/consignments\/0\/items\/1\/hsCode {2}[a-z0-9.-]+ {2}\S/),
    )
    expect(hsLines.at(-1)).toMatch(/^not valid: [1-9][0-9]* errors?, [0-9]+ warnings?$/)
    const nationalLines = out.slice(national! + 1, gone)
    expect(nationalLines).toContainEqual(
      expect.stringMatching(/^warning {2}\/invoice\/incoterm\/rule {2}[a-z0-9.-]+ {2}\S/),
    )
    expect(nationalLines.at(-1)).toMatch(/^valid: 0 errors, [1-9][0-9]* warnings?$/)
    for (const line of [...hsLines.slice(0, -1), ...nationalLines.slice(0, -1)]) {
      expect(line).toMatch(/^(error|warning) {2}\S+ {2}[a-z0-9.-]+ {2}\S/)
    }
    expect(out.slice(gone! + 1)).toEqual([
      'unreadable',
      expect.stringMatching(
        /^3 files: 1 valid, 1 not valid, 1 unreadable; [1-9][0-9]* errors?, [1-9][0-9]* warnings?$/,
      ),
    ])
  })
})
