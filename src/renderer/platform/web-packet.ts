/** The browser edition's packets: made in a web worker, kept as a blob, downloaded or opened. */
import { WorkerClient, WorkerError } from '../workers/worker-client'
import {
  PacketCancelled,
  type MadePacket,
  type PacketJob,
  type PacketProgress,
  type PaperRequest,
} from './packet'
import type { PacketProgressNote } from './packet.worker'
import { WordedError } from '../../shared/worded-error'

/** How long an opened packet's blob URL stays valid after the dialog closes (the tab loads it). */
const OPENED_URL_LIFETIME_MS = 60_000

/** One worker per packet: cancelling stops it at once, and nothing of it stays behind. */
export function makeWebPacket(request: PaperRequest, onProgress?: PacketProgress): PacketJob {
  const client = new WorkerClient<PaperRequest, Uint8Array, PacketProgressNote>({
    start: () =>
      new Worker(new URL('./packet.worker.ts', import.meta.url), {
        type: 'module',
        name: 'packet',
      }),
  })
  const result = client
    .request(request, { onProgress: ({ done, total }) => onProgress?.(done, total) })
    .then(
      (pdf) => blobPacket(pdf),
      (error: unknown) => {
        if (error instanceof WorkerError && error.problem === 'aborted') throw new PacketCancelled()
        throw (error as Error).message ? error : new WordedError('problem.packetFailed')
      },
    )
    .finally(() => client.stop('the packet is made'))
  return { result, cancel: () => client.stop() }
}

function blobPacket(pdf: Uint8Array): MadePacket {
  const blob = new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })
  const urls: string[] = []
  const urlOf = () => {
    const url = URL.createObjectURL(blob)
    urls.push(url)
    return url
  }
  return {
    byteLength: pdf.byteLength,
    actions: ['download', 'openForPrinting'],
    async run(action, suggestedName) {
      if (action === 'download') {
        const link = document.createElement('a')
        link.href = urlOf()
        link.download = suggestedName
        link.click()
        return true
      }
      if (action === 'openForPrinting') {
        // The browser's own PDF viewer, in a new tab, prints it.
        if (!window.open(urlOf(), '_blank')) {
          throw new WordedError('problem.popupBlocked')
        }
        return true
      }
      throw new WordedError('problem.notInBrowser')
    },
    discard() {
      const opened = urls.splice(0)
      setTimeout(() => opened.forEach((url) => URL.revokeObjectURL(url)), OPENED_URL_LIFETIME_MS)
    },
  }
}
