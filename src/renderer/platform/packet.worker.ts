/**
 * The browser edition's packet worker: pdf-lib on a 999-item declaration takes about a second,
 * off the window's thread. It makes training reports the same way (makePaperPdf). The fonts (DejaVu Sans and Noto Naskh Arabic, regular and bold) are
 * fetched once per worker and kept; the worker lives for one packet (cancelling stops it).
 */
import sansBoldUrl from '../../../resources/fonts/DejaVuSans-Bold.ttf?url'
import sansRegularUrl from '../../../resources/fonts/DejaVuSans.ttf?url'
import naskhBoldUrl from '../../../resources/fonts/NotoNaskhArabic-Bold.ttf?url'
import naskhRegularUrl from '../../../resources/fonts/NotoNaskhArabic-Regular.ttf?url'
import { makePaperPdf, type PaperRequest } from '../../shared/packet/make'
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

serveRequests<PaperRequest, Uint8Array, PacketProgressNote>(async (request, progress) => {
  const [sansRegular, sansBold, naskhRegular, naskhBold] = await Promise.all(
    [sansRegularUrl, sansBoldUrl, naskhRegularUrl, naskhBoldUrl].map(fetchFont),
  )
  const fonts = {
    sans: { regular: sansRegular!, bold: sansBold! },
    naskh: { regular: naskhRegular!, bold: naskhBold! },
  }
  const pdf = await makePaperPdf(request, fonts, (done, total) => progress({ done, total }))
  return { answer: pdf, transfer: [pdf.buffer as ArrayBuffer] }
})
