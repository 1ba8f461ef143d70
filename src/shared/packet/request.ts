/**
 * A packet request: what to print, when, and whether as a draft. Kept apart from the maker so
 * the IPC contract can check requests without pulling in the layout engine.
 */
import { z } from 'zod'
import { isDateTime } from '../dates'
import { LANGUAGES, type Language } from '../i18n/languages'
import { isJsonData, isJsonObject, type JsonObject } from '../json'
import { PACKET_DOCUMENTS, type PacketDocumentId } from './content'

export interface PacketRequest {
  declaration: JsonObject
  /** the papers, in any order (the packet keeps packet.md's order); omitted: the defaults */
  documents?: PacketDocumentId[]
  /** ISO time written as the creation date and printed on the cover */
  generatedAt: string
  /** the declaration has errors: every page carries the DRAFT watermark */
  draft: boolean
  /** the language of the cover sheet and the invoice; omitted: English */
  paperLanguage?: Language
}

/** The request as it crosses a process boundary (IPC, worker messages): checked, not trusted. */
export const PacketRequestSchema = z
  .object({
    declaration: z.custom<JsonObject>(
      (value) => isJsonObject(value) && isJsonData(value),
      'the declaration must be JSON data',
    ),
    documents: z.array(z.enum(PACKET_DOCUMENTS)).min(1).max(PACKET_DOCUMENTS.length).optional(),
    generatedAt: z.string().refine(isDateTime),
    draft: z.boolean(),
    paperLanguage: z.enum(LANGUAGES).optional(),
  })
  .strict()

/** Pages drawn so far (the file is written after the last one). */
export type PacketProgress = (done: number, total: number) => void
