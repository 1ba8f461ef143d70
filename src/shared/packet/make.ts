/**
 * One packet request, made into one PDF: the same function in every place that makes packets
 * (the desktop's main-process worker, the browser's web worker, the command line). The workers
 * take any paper request (makePaperPdf): a training report is made on the same path.
 */
import { buildPacketContent, declarationView } from './documents'
import { renderPacket } from './layout'
import type { PdfFonts } from './layout/pdf-adapter'
import { isTrainingReportRequest } from '../training/report/request'
import { makeTrainingReportPdf } from '../training/report/render'
import type { PacketProgress, PacketRequest, PaperRequest } from './request'

export {
  PacketRequestSchema,
  PaperRequestSchema,
  type PacketProgress,
  type PacketRequest,
  type PaperRequest,
} from './request'

/** A packet or a training report, as the request says. */
export function makePaperPdf(
  request: PaperRequest,
  fonts: PdfFonts,
  onProgress?: PacketProgress,
): Promise<Uint8Array> {
  if (isTrainingReportRequest(request)) return makeTrainingReportPdf(request, fonts)
  return makePacketPdf(request, fonts, onProgress)
}

export async function makePacketPdf(
  request: PacketRequest,
  fonts: PdfFonts,
  onProgress?: PacketProgress,
): Promise<Uint8Array> {
  const { declaration, documents, generatedAt, draft, paperLanguage } = request
  const content = buildPacketContent(declaration, {
    ...(documents === undefined ? {} : { documents }),
    ...(paperLanguage === undefined ? {} : { paperLanguage }),
    generatedAt,
  })
  return renderPacket(content, {
    documents: documents ?? [],
    generatedAt,
    draft,
    lrn: declarationView(declaration).lrn,
    fonts,
    ...(onProgress ? { onProgress } : {}),
  })
}

/** What a packet worker (web or Node) sends back: progress, then the PDF or why it failed. */
export type PacketWorkerAnswer =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; pdf: Uint8Array }
  | { kind: 'failed'; message: string }
