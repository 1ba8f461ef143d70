/**
 * The desktop edition's packet client against a fake bridge: progress of its own job only,
 * cancelled and failed outcomes, and the main-process operations behind each action.
 */
import { describe, expect, it, vi } from 'vitest'
import type { PacketProgressEvent, TransitDeskBridge } from '../../src/shared/ipc/contract'
import { makeDesktopPacket } from '../../src/renderer/platform/desktop-packet'
import { PacketCancelled } from '../../src/renderer/platform/packet'

const request = { declaration: { lrn: 'KZ-1' }, generatedAt: '2026-02-04T10:00:00Z', draft: false }

function fakeBridge(outcome: Awaited<ReturnType<TransitDeskBridge['makePacket']>>) {
  const listeners = new Set<(progress: PacketProgressEvent) => void>()
  const bridge = {
    onPacketProgress: vi.fn((listener: (progress: PacketProgressEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }),
    makePacket: vi.fn(async ({ jobId }: { jobId: string }) => {
      for (const listener of listeners) {
        listener({ jobId: 'someone-else', done: 1, total: 9 })
        listener({ jobId, done: 5, total: 10 })
      }
      return outcome
    }),
    cancelPacket: vi.fn(async () => ({})),
    savePacket: vi.fn(async () => ({ saved: true, fileName: '/home/u/KZ-1-packet.pdf' })),
    printPacket: vi.fn(async () => ({ done: true })),
    openPacket: vi.fn(async () => ({ done: false, error: 'No PDF viewer could open the packet.' })),
    discardPacket: vi.fn(async () => ({})),
  }
  return { bridge: bridge as unknown as TransitDeskBridge, fake: bridge, listeners }
}

describe('desktop packets', () => {
  it('reports its own progress and runs each action as a main-process operation', async () => {
    const { bridge, fake, listeners } = fakeBridge({ status: 'done', byteLength: 52_000 })
    const progress = vi.fn()
    const job = makeDesktopPacket(bridge, request, progress)
    const packet = await job.result
    expect(progress.mock.calls).toEqual([[5, 10]])
    expect(listeners.size).toBe(0)
    const jobId = fake.makePacket.mock.calls[0]![0].jobId
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/)
    expect(packet.byteLength).toBe(52_000)
    expect(packet.actions).toEqual(['saveAs', 'print', 'openInViewer'])

    await expect(packet.run('saveAs', 'KZ-1-packet.pdf')).resolves.toBe(true)
    expect(fake.savePacket).toHaveBeenCalledWith({ jobId, suggestedName: 'KZ-1-packet.pdf' })
    await expect(packet.run('print', 'KZ-1-packet.pdf')).resolves.toBe(true)
    expect(fake.printPacket).toHaveBeenCalledWith({ jobId, suggestedName: 'KZ-1-packet.pdf' })
    await expect(packet.run('openInViewer', 'KZ-1-packet.pdf')).rejects.toThrow(
      'No PDF viewer could open the packet.',
    )
    packet.discard()
    expect(fake.discardPacket).toHaveBeenCalledWith({ jobId })
  })

  it('turns a cancelled packet into PacketCancelled and forwards the cancel', async () => {
    const { bridge, fake } = fakeBridge({ status: 'cancelled' })
    const job = makeDesktopPacket(bridge, request)
    job.cancel()
    await expect(job.result).rejects.toBeInstanceOf(PacketCancelled)
    expect(fake.cancelPacket).toHaveBeenCalledWith({
      jobId: fake.makePacket.mock.calls[0]![0].jobId,
    })
  })

  it('turns a failure into an Error with the main process’s words', async () => {
    const { bridge, listeners } = fakeBridge({ status: 'failed', error: 'The disk is full.' })
    await expect(makeDesktopPacket(bridge, request).result).rejects.toThrow('The disk is full.')
    expect(listeners.size).toBe(0)
  })
})
