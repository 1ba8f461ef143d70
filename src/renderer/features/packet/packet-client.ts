/** Starts a packet in its own worker; cancelling ends the worker, and with it the work. */
import type { PacketAnswer, PacketRequest } from './packet.worker'

export interface PacketJob {
  result: Promise<Uint8Array>
  cancel(): void
}

export class PacketCancelled extends Error {
  constructor() {
    super('The packet was cancelled.')
  }
}

/** Pages drawn so far (the file is written after the last one). */
export type PacketProgress = (done: number, total: number) => void

export function startPacket(request: PacketRequest, onProgress?: PacketProgress): PacketJob {
  const worker = new Worker(new URL('./packet.worker.ts', import.meta.url), { type: 'module' })
  let reject: (error: Error) => void = () => undefined
  const result = new Promise<Uint8Array>((resolve, fail) => {
    reject = fail
    worker.onmessage = (event: MessageEvent<PacketAnswer>) => {
      const answer = event.data
      if (answer.kind === 'progress') return onProgress?.(answer.done, answer.total)
      worker.terminate()
      if (answer.kind === 'done') resolve(answer.pdf)
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
