/**
 * A packet request: what to print, when, and whether as a draft. Kept apart from the maker so
 * the IPC contract can check requests without pulling in the layout engine.
 */
import { z } from 'zod'
import { isDateTime } from '../dates'
import { LANGUAGES, type Language } from '../i18n/languages'
import { isJsonData, isJsonObject, type JsonObject } from '../json'
import { TrainingReportRequestSchema, type TrainingReportRequest } from '../training/report/request'
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

/**
 * Whatever the packet machinery makes into a PDF (the desktop's packet jobs and IPC, the
 * browser's packet worker): a declaration's packet, or a trainee's one-page training report.
 */
export type PaperRequest = PacketRequest | TrainingReportRequest

/**
 * A paper request as it crosses a process boundary: a report is told apart by its `kind`, and
 * each kind is checked by its own schema, so a refusal names what is wrong with that kind of
 * request (a plain union would only say that the request is neither).
 */
export const PaperRequestSchema = z.custom<PaperRequest>().superRefine((value, ctx) => {
  const isReport = typeof value === 'object' && value !== null && 'kind' in value
  const schema = isReport ? TrainingReportRequestSchema : PacketRequestSchema
  const checked = schema.safeParse(value)
  if (checked.success) return
  for (const issue of checked.error.issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
  }
})

/** Pages drawn so far (the file is written after the last one). */
export type PacketProgress = (done: number, total: number) => void
