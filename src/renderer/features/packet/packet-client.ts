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

export function startPacket(request: PacketRequest): PacketJob {
  const worker = new Worker(new URL('./packet.worker.ts', import.meta.url), { type: 'module' })
  let reject: (error: Error) => void = () => undefined
  const result = new Promise<Uint8Array>((resolve, fail) => {
    reject = fail
    worker.onmessage = (event: MessageEvent<PacketAnswer>) => {
      worker.terminate()
      if (event.data.ok) resolve(event.data.pdf)
      else fail(new Error(event.data.message))
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
