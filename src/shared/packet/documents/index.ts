/**
 * The packet's content: one PacketDocument per paper, in the order of PACKET_DOCUMENTS, built
 * by pure functions from a declaration (no layout here: layout/ draws these).
 *
 * The declaration is normally a valid file; a draft with errors (printed with the DRAFT
 * watermark) is read through `declarationView`, so missing or ill-typed elements give empty
 * boxes, never "undefined" or "NaN".
 */
import type { DeclarationFile } from '../../format/schema'
import type { JsonObject } from '../../json'
import { PACKET_DOCUMENTS, type PacketDocument, type PacketDocumentId } from '../content'
import { cmrDocument } from './cmr'
import { coverDocument, declarationDigest } from './cover'
import { declarationDocument } from './declaration'
import { invoiceDocument } from './invoice'
import { packingDocument } from './packing'
import { tadDocument } from './tad'
import { tirDocument } from './tir'
import { declarationView, type DeclarationView } from '../../model/view'

export { documentTitles } from './common'
export { coverQrPayload, declarationDigest } from './cover'
export { formsCount } from './declaration'
export { PRE_LODGEMENT } from './tad'
export { declarationTotals, type Totals } from './totals'
export { declarationView, type DeclarationView } from '../../model/view'

export interface BuildPacketOptions {
  /** the papers wanted (any order; printed in packet order); default: all that apply */
  documents?: readonly PacketDocumentId[]
  /** ISO time of generation, printed on the cover */
  generatedAt: string
}

/** The papers a packet holds by default: all, the TIR data sheet only for procedure TIR. */
export function defaultDocuments(declaration: DeclarationFile | JsonObject): PacketDocumentId[] {
  const tir = declarationView(declaration).procedure === 'TIR'
  return PACKET_DOCUMENTS.filter((id) => id !== 'tir' || tir)
}

export function buildPacketContent(
  declaration: DeclarationFile | JsonObject,
  options: BuildPacketOptions,
): PacketDocument[] {
  const view = declarationView(declaration)
  const wanted = new Set(options.documents ?? defaultDocuments(declaration))
  const ids = PACKET_DOCUMENTS.filter((id) => wanted.has(id))
  const build: Record<PacketDocumentId, (view: DeclarationView) => PacketDocument> = {
    cover: (v) =>
      coverDocument(v, declarationDigest(declaration), {
        documents: ids,
        generatedAt: options.generatedAt,
      }),
    declaration: declarationDocument,
    tad: tadDocument,
    tir: tirDocument,
    cmr: cmrDocument,
    invoice: invoiceDocument,
    packing: packingDocument,
  }
  return ids.map((id) => build[id](view))
}
