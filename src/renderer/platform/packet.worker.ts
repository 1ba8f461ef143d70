/**
 * The browser edition's packet worker: pdf-lib on a 999-item declaration takes about a second,
 * off the window's thread. The fonts are fetched once per worker and kept; the worker lives
 * for one packet (cancelling stops it).
 */
import boldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url'
import regularUrl from '../../../resources/fonts/DejaVuSans.ttf?url'
import { makePacketPdf, type PacketRequest } from '../../shared/packet/make'
import { serveRequests } from '../workers/worker-host'

export interface PacketProgressNote {
  done: number
  total: number
}

const fetchFont = async (url: string) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`the font ${url} could not be loaded (${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}

serveRequests<PacketRequest, Uint8Array, PacketProgressNote>(async (request, progress) => {
  const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)])
  const pdf = await makePacketPdf(request, { regular, bold }, (done, total) =>
    progress({ done, total }),
  )
  return { answer: pdf, transfer: [pdf.buffer as ArrayBuffer] }
})
