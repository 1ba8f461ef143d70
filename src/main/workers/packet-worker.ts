/**
 * The desktop's packet worker: a Node worker thread of the main process, so neither the window
 * nor the main process's event loop waits while pdf-lib draws a 999-item packet. Electron-free:
 * tests run it in plain Node.
 *
 * Loading pdf-lib and fontkit and first parsing the fonts take most of a second, so a worker
 * starts warm (modules loaded, fonts read, one tiny packet drawn) and then makes packets one
 * at a time for as long as it lives; cancelling a packet terminates its worker.
 */
import { parentPort } from 'node:worker_threads'
import { describeFsError } from '../core/files'
// A worker has no reader's language: its rare failures are told in English.
import { englishText } from '../../shared/i18n/en/english-text'
import { loadPacketFonts } from '../core/fonts'
import {
  makePacketPdf,
  makePaperPdf,
  PaperRequestSchema,
  type PacketWorkerAnswer,
} from '../../shared/packet/make'

const port = parentPort
if (!port) throw new Error('packet-worker runs as a worker thread')

const post = (answer: PacketWorkerAnswer, transfer: ArrayBuffer[] = []) =>
  port.postMessage(answer, transfer)

const fonts = loadPacketFonts().catch((error: unknown) => {
  throw new Error(englishText('cli.fontsUnreadable', { reason: describeFsError(error) }))
})
const warm = fonts
  .then((loaded) =>
    makePacketPdf(
      { declaration: {}, documents: ['cover'], generatedAt: '2026-01-01T00:00:00Z', draft: true },
      loaded,
    ),
  )
  .catch(() => undefined)

/** Requests are handled in turn: each waits for the one before (and for the warm-up). */
let queue: Promise<unknown> = warm

port.on('message', (message: unknown) => {
  queue = queue.then(() => answer(message))
})

async function answer(message: unknown): Promise<void> {
  const request = PaperRequestSchema.safeParse(message)
  if (!request.success) {
    return post({ kind: 'failed', message: 'The packet request was not understood.' })
  }
  try {
    const pdf = await makePaperPdf(request.data, await fonts, (done, total) =>
      post({ kind: 'progress', done, total }),
    )
    post({ kind: 'done', pdf }, [pdf.buffer as ArrayBuffer])
  } catch (error) {
    post({ kind: 'failed', message: (error as Error).message })
  }
}
