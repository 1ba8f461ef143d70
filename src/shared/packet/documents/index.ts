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
import { smgsDocument } from './smgs'
import { summaryDocument } from './summary'
import { tadDocument } from './tad'
import { tdDocument } from './td'
import { tirDocument } from './tir'
import { declarationView, type DeclarationView } from '../../model/view'
import { applicablePapers, defaultPapers, type PaperFacts } from '../papers'
import { paperWords } from '../languages'
import type { Language } from '../../i18n/languages'

export { documentTitles } from './common'
export { coverQrPayload, declarationDigest } from './cover'
export { formsCount } from './declaration'
export { PRE_LODGEMENT } from './tad'
export { declarationTotals, type Totals } from './totals'
export { declarationView, type DeclarationView } from '../../model/view'

export interface BuildPacketOptions {
  /** the papers wanted (any order; printed in packet order); default: those of the procedure */
  documents?: readonly PacketDocumentId[]
  /** ISO time of generation, printed on the cover */
  generatedAt: string
  /** the language of the cover sheet and the invoice (the other papers keep their regime's) */
  paperLanguage?: Language
}

/** The facts that decide which papers apply (papers.ts). */
export function paperFacts(declaration: DeclarationFile | JsonObject): PaperFacts {
  const view = declarationView(declaration)
  return { procedure: view.procedure, borderMode: view.transport.borderMode }
}

/** The papers a packet holds by default: those of the procedure and mode (corridor.md). */
export function defaultDocuments(declaration: DeclarationFile | JsonObject): PacketDocumentId[] {
  return defaultPapers(paperFacts(declaration))
}

/**
 * The packet's papers, in packet order. Papers named in `options.documents` that do not apply to
 * the procedure or the mode are left out: an officer would refuse them (the command line and the
 * print dialog never ask for them).
 */
export function buildPacketContent(
  declaration: DeclarationFile | JsonObject,
  options: BuildPacketOptions,
): PacketDocument[] {
  const view = declarationView(declaration)
  const applicable = new Set(applicablePapers(paperFacts(declaration)))
  const wanted = new Set(options.documents ?? defaultDocuments(declaration))
  const ids = PACKET_DOCUMENTS.filter((id) => wanted.has(id) && applicable.has(id))
  const words = paperWords(options.paperLanguage ?? 'en')
  const build: Record<PacketDocumentId, (view: DeclarationView) => PacketDocument> = {
    cover: (v) =>
      coverDocument(v, declarationDigest(declaration), {
        documents: ids,
        generatedAt: options.generatedAt,
        words,
      }),
    declaration: declarationDocument,
    tad: tadDocument,
    td: tdDocument,
    tir: tirDocument,
    summary: summaryDocument,
    cmr: cmrDocument,
    smgs: smgsDocument,
    invoice: (v) => invoiceDocument(v, words),
    packing: packingDocument,
  }
  return ids.map((id) => build[id](view))
}
