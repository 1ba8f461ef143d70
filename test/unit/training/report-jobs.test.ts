/**
 * The training report on the desktop's path: the main process's packet jobs hand the request to
 * a real worker thread running the packet worker from its source, which makes the same one-page
 * PDF as this thread — the report needs no path of its own.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { loadPacketFonts } from '../../../src/main/core/fonts'
import { PacketJobs } from '../../../src/main/core/packet-jobs'
import { translator } from '../../../src/main/core/translator'
import { makePaperPdf } from '../../../src/shared/packet/make'
import { composeTrainingReport } from '../../../src/shared/training/report/compose-report'
import { scoreAnswer } from '../../../src/shared/training/score'
import { answerWith, fixtureCase } from './builders'

const WORKER = new URL('../../fixtures/packet-worker-loader.mjs', import.meta.url)
const kase = fixtureCase()
const request = composeTrainingReport(
  kase,
  {
    id: 'a1',
    caseId: kase.id,
    mode: 'practice',
    startedAt: '2026-02-04T09:00:00Z',
    submittedAt: '2026-02-04T09:10:00Z',
    timeTakenMs: 600_000,
    hints: [],
    result: scoreAnswer(kase, answerWith(kase, { '/holder/name': 'Someone else' })),
  },
  { t: translator('kk'), language: 'kk', generatedAt: '2026-02-04T10:00:00Z' },
)

// One PacketJobs for both: a refused request leaves its worker sound (a worker takes a second).
const jobs = new PacketJobs(WORKER)
afterAll(() => jobs.close())

describe('the training report in the desktop’s packet jobs', () => {
  it('is made by the packet worker, byte for byte as here', async () => {
    const outcome = await jobs.make(1, '00000000-0000-4000-8000-000000000001', request)
    const here = await makePaperPdf(request, await loadPacketFonts())
    expect(outcome).toEqual({ status: 'done', byteLength: here.byteLength })
    const made = jobs.pdf(1, '00000000-0000-4000-8000-000000000001')!
    expect(Buffer.from(made).equals(Buffer.from(here))).toBe(true)
  }, 60_000)

  it('is refused by the worker when the request is not one it understands', async () => {
    const outcome = await jobs.make(1, '00000000-0000-4000-8000-000000000002', {
      ...request,
      missedCount: -1,
    })
    expect(outcome).toEqual({ status: 'failed', error: 'The packet request was not understood.' })
  }, 60_000)
})
