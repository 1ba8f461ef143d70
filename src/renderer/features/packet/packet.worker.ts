/**
 * Builds the declaration packet off the window's thread (pdf-lib on a 999-item declaration
 * takes about a second). The fonts are fetched once per worker and kept.
 */
import boldUrl from '../../../../resources/fonts/DejaVuSans-Bold.ttf?url'
import regularUrl from '../../../../resources/fonts/DejaVuSans.ttf?url'
import type { JsonObject } from '../../../shared/json'
import { buildPacketContent } from '../../../shared/packet/documents'
import type { PacketDocumentId } from '../../../shared/packet/content'
import { renderPacket } from '../../../shared/packet/layout'

export interface PacketRequest {
  declaration: JsonObject
  documents: PacketDocumentId[]
  generatedAt: string
  draft: boolean
}

export type PacketAnswer =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; pdf: Uint8Array }
  | { kind: 'failed'; message: string }

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null
const fetchFont = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer())

self.onmessage = async (event: MessageEvent<PacketRequest>) => {
  const { declaration, documents, generatedAt, draft } = event.data
  try {
    fonts ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(([regular, bold]) => ({
      regular,
      bold,
    }))
    const content = buildPacketContent(declaration, { documents, generatedAt })
    const pdf = await renderPacket(content, {
      documents,
      generatedAt,
      draft,
      lrn: typeof declaration.lrn === 'string' ? declaration.lrn : '',
      fonts: await fonts,
      onProgress: (done, total) =>
        self.postMessage({ kind: 'progress', done, total } satisfies PacketAnswer),
    })
    const answer: PacketAnswer = { kind: 'done', pdf }
    self.postMessage(answer, { transfer: [pdf.buffer] })
  } catch (error) {
    fonts = null
    const answer: PacketAnswer = { kind: 'failed', message: (error as Error).message }
    self.postMessage(answer)
  }
}
