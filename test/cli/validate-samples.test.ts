/**
 * `transitdesk validate` on each shared sample: expected.json's exit statuses and paths. In this
 * process (`main`); the command as a process is test/cli/process.test.ts.
 */
import { describe, expect, it } from 'vitest'
import type { RenderedReport } from '../../src/shared/validation/report'
import { expected, sampleNames } from '../unit/samples'
import {
  expectReportShape,
  expectUnreadable,
  findingLine,
  lines,
  paths,
  runMain,
  sample,
  statusLine,
  TIMEOUT,
  TODAY,
} from './helpers'

const readable = sampleNames.filter((name) => expected[name]?.exit !== 2)
const unreadable = sampleNames.filter((name) => expected[name]?.exit === 2)

describe('transitdesk validate: the shared samples', { timeout: TIMEOUT }, () => {
  it('has an expectation for every sample', () => {
    expect([...sampleNames].sort()).toEqual(Object.keys(expected).sort())
    expect(readable.length).toBeGreaterThan(0)
    expect(unreadable.length).toBeGreaterThan(0)
  })

  it.each(readable)(
    '%s: exit status and paths of expected.json, as JSON and as text',
    async (name) => {
      const outcome = expected[name]!
      const [json, text] = await Promise.all([
        runMain(['validate', sample(name), '--json', '--today', TODAY]),
        runMain(['validate', sample(name), '--today', TODAY]),
      ])
      expect(json.stderr).toBe('')
      expect(json.status).toBe(outcome.exit)
      const report = JSON.parse(json.stdout) as RenderedReport
      expectReportShape(report)
      if (outcome.exit === 0) expect(report.errors).toEqual([])
      for (const path of outcome.errors ?? []) expect(paths(report.errors)).toContain(path)
      for (const path of outcome.warnings ?? []) expect(paths(report.warnings)).toContain(path)

      // Text: one line per finding, `error  /path  rule  message`, then the summary.
      expect(text.stderr).toBe('')
      expect(text.status).toBe(outcome.exit)
      expect(lines(text.stdout)).toEqual([
        ...report.errors.map((finding) => findingLine('error', finding)),
        ...report.warnings.map((finding) => findingLine('warning', finding)),
        statusLine(report),
      ])
      for (const path of outcome.errors ?? []) {
        expect(text.stdout).toMatch(new RegExp(`^error {2}${path} {2}[a-z0-9.-]+ {2}\\S`, 'm'))
      }
      for (const path of outcome.warnings ?? []) {
        expect(text.stdout).toMatch(new RegExp(`^warning {2}${path} {2}[a-z0-9.-]+ {2}\\S`, 'm'))
      }
      expect(lines(text.stdout).at(-1)).toMatch(
        outcome.exit === 0
          ? /^valid: 0 errors, [0-9]+ warnings?$/
          : /^not valid: [1-9][0-9]* errors?, [0-9]+ warnings?$/,
      )
    },
  )

  it('--today is the day that counts: declared on 2026-02-06, not valid on 2026-02-04', async () => {
    const file = sample('national-karachi-kabul.json')
    const run = await runMain(['validate', file, '--json', '--today', '2026-02-04'])
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as RenderedReport
    expect(paths(report.errors)).toContain('/declarationDate')
  })

  it.each(unreadable)('%s: exit 2 with one line on stderr', async (name) => {
    const [text, json] = await Promise.all([
      runMain(['validate', sample(name), '--today', TODAY]),
      runMain(['validate', sample(name), '--json', '--today', TODAY]),
    ])
    expectUnreadable(text, name, /JSON/)
    expectUnreadable(json, name, /JSON/)
  })

  it('gives the same output on every run', async () => {
    const args = ['validate', ...sampleNames.map(sample), '--json', '--today', TODAY]
    const [first, second] = await Promise.all([runMain(args), runMain(args)])
    expect(second).toEqual(first)
  })
})
