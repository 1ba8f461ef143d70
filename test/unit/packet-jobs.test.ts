/**
 * The desktop's packet jobs: real worker threads running the packet worker from its source,
 * progress, cancelling, and packets kept per window until discarded.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadPacketFonts } from '../../src/main/core/fonts'
import { PacketJobs } from '../../src/main/core/packet-jobs'
import { makePacketPdf, type PacketRequest } from '../../src/shared/packet/make'
import { generateDeclaration } from '../fixtures/generate'

const WORKER = new URL('../fixtures/packet-worker-loader.mjs', import.meta.url)
const request = (items: number, more: Partial<PacketRequest> = {}): PacketRequest => ({
  declaration: generateDeclaration(items),
  generatedAt: '2026-02-04T10:00:00Z',
  draft: false,
  ...more,
})
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

describe('PacketJobs', () => {
  it('makes in a worker thread the same bytes as in this thread, reporting progress', async () => {
    const jobs = new PacketJobs(WORKER)
    const progress: [number, number][] = []
    const outcome = await jobs.make(1, id(1), request(3, { documents: ['cover', 'cmr'] }), (d, t) =>
      progress.push([d, t]),
    )
    const here = await makePacketPdf(
      request(3, { documents: ['cover', 'cmr'] }),
      await loadPacketFonts(),
    )
    expect(outcome).toEqual({ status: 'done', byteLength: here.byteLength })
    expect(Buffer.from(jobs.pdf(1, id(1))!).equals(Buffer.from(here))).toBe(true)
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1])
    expect(progress.length).toBeGreaterThan(1)
    jobs.close()
  }, 60_000)

  it('cancels a large packet at once and keeps nothing of it', async () => {
    const jobs = new PacketJobs(WORKER)
    const made = jobs.make(7, id(2), request(999), (done) => {
      // Cancel once the worker has started drawing pages.
      if (done > 0) jobs.cancel(7, id(2))
    })
    await expect(made).resolves.toEqual({ status: 'cancelled' })
    expect(jobs.pdf(7, id(2))).toBeUndefined()
    expect(jobs.size).toBe(0)
    expect(jobs.cancel(7, id(2))).toBe(false)
    // The next packet gets a fresh worker.
    expect(jobs.workersStarted).toBe(1)
    await expect(jobs.make(7, id(3), request(1, { documents: ['cover'] }))).resolves.toMatchObject({
      status: 'done',
    })
    expect(jobs.workersStarted).toBe(2)
    jobs.close()
  }, 60_000)

  /**
   * A window's packets: one PacketJobs and its warm worker for these tests (a worker takes a
   * second to start); each test's packets go with its window at the end, so each starts empty.
   */
  describe('kept per window', () => {
    let jobs: PacketJobs
    beforeAll(() => {
      jobs = new PacketJobs(WORKER)
      jobs.prewarm()
    })
    afterEach(() => {
      for (const owner of [1, 2, 5, 6]) jobs.discardOwner(owner)
      expect(jobs.size).toBe(0)
    })
    afterAll(() => jobs.close())

    it('gives a packet only to the window that made it, until discarded', async () => {
      await jobs.make(1, id(3), request(1, { documents: ['cover'] }))
      expect(jobs.pdf(2, id(3))).toBeUndefined()
      expect(jobs.cancel(2, id(3))).toBe(false)
      jobs.discard(2, id(3))
      expect(jobs.pdf(1, id(3))).toBeDefined()
      jobs.discard(1, id(3))
      expect(jobs.pdf(1, id(3))).toBeUndefined()
      expect(jobs.size).toBe(0)
    }, 60_000)

    it('keeps the three newest packets of a window, and none once the window is gone', async () => {
      for (const n of [1, 2, 3, 4]) await jobs.make(5, id(n), request(1, { documents: ['cover'] }))
      await jobs.make(6, id(9), request(1, { documents: ['cover'] }))
      expect([1, 2, 3, 4].map((n) => jobs.pdf(5, id(n)) !== undefined)).toEqual([
        false,
        true,
        true,
        true,
      ])
      jobs.discardOwner(5)
      expect(jobs.size).toBe(1)
      expect(jobs.pdf(6, id(9))).toBeDefined()
    }, 60_000)

    it('answers a refused request with a message, and a reused job id too', async () => {
      const bad = { ...request(1), generatedAt: 'yesterday' }
      await expect(jobs.make(1, id(4), bad)).resolves.toEqual({
        status: 'failed',
        error: 'The packet request was not understood.',
      })
      await jobs.make(1, id(5), request(1, { documents: ['cover'] }))
      await expect(jobs.make(1, id(5), request(1))).resolves.toEqual({
        status: 'failed',
        error: 'This packet is already made.',
      })
    }, 60_000)
  })

  it('keeps one warm worker between packets', async () => {
    const jobs = new PacketJobs(WORKER)
    jobs.prewarm()
    const cover = request(1, { documents: ['cover'] })
    for (const n of [6, 7, 8, 9]) await jobs.make(1, id(n), cover)
    expect(jobs.workersStarted).toBe(1)
    // A refused request leaves the worker sound: it stays.
    await jobs.make(1, id(10), { ...cover, draft: 'yes' } as unknown as PacketRequest)
    await jobs.make(1, id(11), cover)
    expect(jobs.workersStarted).toBe(1)
    jobs.close()
  }, 60_000)
})
