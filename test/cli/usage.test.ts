/** The command line's usage errors: exit 2, the usage on stderr, never a stack trace. */
import { describe, expect, it } from 'vitest'
import type { RenderedReport } from '../../src/shared/validation/report'
import { expectReportShape, expectUsageError, sample, TIMEOUT, transitdesk } from './helpers'

describe.concurrent('transitdesk: usage', () => {
  const file = sample('tir-almaty-karachi.json')

  it(
    'a --today that is not a date YYYY-MM-DD is refused',
    async () => {
      const bad = ['2026-02-30', '2026-13-01', '04.02.2026', '2026-2-4', '2026-02-04T00:00', '']
      const runs = await Promise.all([
        ...bad.map((today) => transitdesk('validate', file, '--today', today)),
        transitdesk('validate', file, '--today'),
      ])
      for (const run of runs) expectUsageError(run, /--today/)
    },
    TIMEOUT,
  )

  it(
    'an unknown option, no file, an unknown or missing command',
    async () => {
      const [option, noFile, command, nothing] = await Promise.all([
        transitdesk('validate', file, '--jsn'),
        transitdesk('validate', '--json'),
        transitdesk('check', file),
        transitdesk(),
      ])
      expectUsageError(option, /--jsn/)
      expectUsageError(noFile, /at least one FILE/)
      expectUsageError(command, /unknown command "check"/)
      expectUsageError(nothing, /no command/)
    },
    TIMEOUT,
  )

  it(
    '--help prints the usage on stdout with exit 0',
    async () => {
      const [general, validate] = await Promise.all([
        transitdesk('--help'),
        transitdesk('validate', '--help'),
      ])
      expect(general.status).toBe(0)
      expect(general.stdout).toContain('validate FILE.json')
      expect(validate.status).toBe(0)
      expect(validate.stdout).toContain('--today YYYY-MM-DD')
    },
    TIMEOUT,
  )

  it(
    'without --today, the local date is used',
    async () => {
      const run = await transitdesk('validate', file, '--json')
      expect([0, 1]).toContain(run.status)
      expectReportShape(JSON.parse(run.stdout) as RenderedReport)
    },
    TIMEOUT,
  )
})
