/** The command line's usage errors: exit 2, the usage on stderr, never a stack trace. */
import { describe, expect, it } from 'vitest'
import type { RenderedReport } from '../../src/shared/validation/report'
import { expectReportShape, expectUsageError, runMain, sample, TIMEOUT } from './helpers'

describe('transitdesk: usage', { timeout: TIMEOUT }, () => {
  const file = sample('tir-almaty-karachi.json')

  it('a --today that is not a date YYYY-MM-DD is refused', async () => {
    const bad = ['2026-02-30', '2026-13-01', '04.02.2026', '2026-2-4', '2026-02-04T00:00', '']
    const runs = await Promise.all([
      ...bad.map((today) => runMain(['validate', file, '--today', today])),
      runMain(['validate', file, '--today']),
    ])
    for (const run of runs) expectUsageError(run, /--today/)
  })

  it('an unknown option, no file, an unknown or missing command', async () => {
    const [option, noFile, command, nothing] = await Promise.all([
      runMain(['validate', file, '--jsn']),
      runMain(['validate', '--json']),
      runMain(['check', file]),
      runMain([]),
    ])
    expectUsageError(option, /--jsn/)
    expectUsageError(noFile, /at least one FILE/)
    expectUsageError(command, /unknown command "check"/)
    expectUsageError(nothing, /no command/)
  })

  it('--help prints the usage on stdout with exit 0', async () => {
    const [general, validate] = await Promise.all([
      runMain(['--help']),
      runMain(['validate', '--help']),
    ])
    expect(general.status).toBe(0)
    expect(general.stdout).toContain('validate FILE.json')
    expect(validate.status).toBe(0)
    expect(validate.stdout).toContain('--today YYYY-MM-DD')
  })

  it('without --today, the local date is used', async () => {
    const run = await runMain(['validate', file, '--json'])
    expect([0, 1]).toContain(run.status)
    expectReportShape(JSON.parse(run.stdout) as RenderedReport)
  })
})
