/**
 * The browser edition's packet worker: pdf-lib on a 999-item declaration takes about a second,
 * off the window's thread. The fonts are fetched once per worker and kept; the worker lives
 * for one packet (cancelling terminates it).
 */
import boldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url'
import regularUrl from '../../../resources/fonts/DejaVuSans.ttf?url'
import {
  makePacketPdf,
  type PacketRequest,
  type PacketWorkerAnswer,
} from '../../shared/packet/make'

const fetchFont = async (url: string) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`the font ${url} could not be loaded (${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}

self.onmessage = async (event: MessageEvent<PacketRequest>) => {
  const post = (answer: PacketWorkerAnswer, transfer: Transferable[] = []) =>
    self.postMessage(answer, { transfer })
  try {
    const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)])
    const pdf = await makePacketPdf(event.data, { regular, bold }, (done, total) =>
      post({ kind: 'progress', done, total }),
    )
    post({ kind: 'done', pdf }, [pdf.buffer as ArrayBuffer])
  } catch (error) {
    post({ kind: 'failed', message: (error as Error).message })
  }
}
