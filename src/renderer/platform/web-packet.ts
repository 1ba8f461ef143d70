/** The browser edition's packets: made in a web worker, kept as a blob, downloaded or opened. */
import type { PacketWorkerAnswer } from '../../shared/packet/make'
import {
  PacketCancelled,
  type MadePacket,
  type PacketJob,
  type PacketProgress,
  type PacketRequest,
} from './packet'

/** How long an opened packet's blob URL stays valid after the dialog closes (the tab loads it). */
const OPENED_URL_LIFETIME_MS = 60_000

export function makeWebPacket(request: PacketRequest, onProgress?: PacketProgress): PacketJob {
  const worker = new Worker(new URL('./packet.worker.ts', import.meta.url), { type: 'module' })
  let reject: (error: Error) => void = () => undefined
  const result = new Promise<MadePacket>((resolve, fail) => {
    reject = fail
    worker.onmessage = (event: MessageEvent<PacketWorkerAnswer>) => {
      const answer = event.data
      if (answer.kind === 'progress') return onProgress?.(answer.done, answer.total)
      worker.terminate()
      if (answer.kind === 'done') resolve(blobPacket(answer.pdf))
      else fail(new Error(answer.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      fail(new Error(event.message || 'The packet could not be made.'))
    }
  })
  worker.postMessage(request)
  return {
    result,
    cancel() {
      worker.terminate()
      reject(new PacketCancelled())
    },
  }
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
          throw new Error('The browser blocked the new tab: allow pop-ups for TransitDesk.')
        }
        return true
      }
      throw new Error(`The browser edition cannot ${action}.`)
    },
    discard() {
      const opened = urls.splice(0)
      setTimeout(() => opened.forEach((url) => URL.revokeObjectURL(url)), OPENED_URL_LIFETIME_MS)
    },
  }
}
