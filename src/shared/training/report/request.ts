/**
 * The request for a training report's PDF, as it crosses a process boundary (the desktop's IPC
 * and packet worker, the browser's web worker): every word already in the reader's language,
 * composed in the window where the catalogue is (compose-report.ts), so the worker that draws
 * the page needs no catalogue. Kept apart from the paper so the IPC contract can check requests
 * without pulling in the layout engine.
 */
import { z } from 'zod'
import { isDateTime } from '../../dates'
import { LANGUAGES, type Language } from '../../i18n/languages'

export const TRAINING_REPORT = 'trainingReport'

/** The placeholder of `words.more` that the paper replaces with how many misses it left out. */
export const MORE_PLACEHOLDER = '{{number}}'

/** At most this many misses travel with a request: far more than one page holds. */
export const MAX_LISTED_MISSES = 120

/** The words of the page, in the reader's language. */
export interface TrainingReportWords {
  /** "Training report — not a customs document" */
  title: string
  /** the small print under the title */
  notice: string
  /** the title of the table of misses */
  missed: string
  element: string
  expected: string
  given: string
  critical: string
  explanation: string
  /** what a critical miss's row says in the critical column */
  criticalMark: string
  /** printed instead of the table when nothing was missed */
  none: string
  /** "and {{number}} more — see the JSON export" (MORE_PLACEHOLDER is replaced) */
  more: string
  /** the footer: when it was made, by what */
  footer: string
}

/** A fact of the attempt as printed: "Time taken" "12:05". */
export interface TrainingReportFact {
  label: string
  value: string
  /** takes the whole width (the case's title) */
  wide?: boolean
}

/** One missed box, worded. */
export interface TrainingReportMiss {
  /** "Net mass (kg) · goods item 2" */
  element: string
  /** "SAD 38 · TIR 11"; empty when no box prints it */
  boxes: string
  expected: string
  given: string
  critical: boolean
  /** the case's explanation (the paper shortens it to fit); empty when it has none */
  explanation: string
}

export interface TrainingReportRequest {
  kind: typeof TRAINING_REPORT
  /** ISO time: the PDF's date, and the footer's */
  generatedAt: string
  language: Language
  words: TrainingReportWords
  /** "Passed — 86 of 100, pass mark 80" */
  verdict: string
  passed: boolean
  facts: TrainingReportFact[]
  /** the first misses in document order (at most MAX_LISTED_MISSES) */
  misses: TrainingReportMiss[]
  /** how many boxes were missed in all */
  missedCount: number
}

const line = (max: number) => z.string().max(max)

const WordsSchema = z
  .object({
    title: line(200).min(1),
    notice: line(1000),
    missed: line(200),
    element: line(100),
    expected: line(100),
    given: line(100),
    critical: line(100),
    explanation: line(100),
    criticalMark: line(100),
    none: line(500),
    more: line(500),
    footer: line(500),
  })
  .strict()

const MissSchema = z
  .object({
    element: line(500),
    boxes: line(100),
    expected: line(2000),
    given: line(2000),
    critical: z.boolean(),
    explanation: line(4000),
  })
  .strict()

/** The request as it crosses a process boundary: checked, not trusted. */
export const TrainingReportRequestSchema = z
  .object({
    kind: z.literal(TRAINING_REPORT),
    generatedAt: z.string().refine(isDateTime),
    language: z.enum(LANGUAGES),
    words: WordsSchema,
    verdict: line(500),
    passed: z.boolean(),
    facts: z
      .array(
        z.object({ label: line(200), value: line(1000), wide: z.boolean().optional() }).strict(),
      )
      .max(20),
    misses: z.array(MissSchema).max(MAX_LISTED_MISSES),
    missedCount: z.number().int().min(0),
  })
  .strict()
  .refine((r) => r.missedCount >= r.misses.length, 'missedCount counts every listed miss')

/** Whether a paper request (a packet's or a report's) is a training report's. */
export function isTrainingReportRequest(value: object): value is TrainingReportRequest {
  return 'kind' in value && value.kind === TRAINING_REPORT
}
