/**
 * The desktop's packets: made in a worker thread of the main process (the window never waits),
 * kept there under a job id; saving, printing and opening are main-process operations on it.
 */
import type { TransitDeskBridge } from '../../shared/ipc/contract'
import {
  PacketCancelled,
  type MadePacket,
  type PacketJob,
  type PacketProgress,
  type PaperRequest,
} from './packet'

export function makeDesktopPacket(
  bridge: TransitDeskBridge,
  request: PaperRequest,
  onProgress?: PacketProgress,
): PacketJob {
  const jobId = crypto.randomUUID()
  const stopListening = bridge.onPacketProgress((progress) => {
    if (progress.jobId === jobId) onProgress?.(progress.done, progress.total)
  })
  const result = bridge
    .makePacket({ jobId, request })
    .finally(stopListening)
    .then((outcome): MadePacket => {
      if (outcome.status === 'cancelled') throw new PacketCancelled()
      if (outcome.status === 'failed') throw new Error(outcome.error)
      return mainProcessPacket(bridge, jobId, outcome.byteLength)
    })
  return {
    result,
    cancel: () => void bridge.cancelPacket({ jobId }).catch(() => undefined),
  }
}

function mainProcessPacket(
  bridge: TransitDeskBridge,
  jobId: string,
  byteLength: number,
): MadePacket {
  return {
    byteLength,
    actions: ['saveAs', 'print', 'openInViewer'],
    async run(action, suggestedName) {
      if (action === 'saveAs') {
        const saved = await bridge.savePacket({ jobId, suggestedName })
        if (saved.error) throw new Error(saved.error)
        return saved.saved
      }
      const request = { jobId, suggestedName }
      const answer =
        action === 'print'
          ? await bridge.printPacket(request)
          : action === 'openInViewer'
            ? await bridge.openPacket(request)
            : { done: false, error: `The desktop edition cannot ${action}.` }
      if (answer.error) throw new Error(answer.error)
      return answer.done
    },
    discard: () => void bridge.discardPacket({ jobId }).catch(() => undefined),
  }
}
