/**
 * A training case, `transitdesk.case/1` (case-format.md): one exercise for a customs trainee —
 * a brief, the source papers a forwarder would hold, the model answer, how the answer is scored
 * and why each box is what it is. These types mirror the file: what the file leaves out stays
 * out (defaults are applied where they are used), so a case read and written again is the same.
 */
import type { MovementEventType } from '../movement/steps'
import type { Procedure } from '../format/constants'
import type { JsonObject } from '../json'

export const CASE_FORMAT = 'transitdesk.case/1'

/** The largest case file read, as for a declaration file: a case carries one, with its papers. */
export const MAX_CASE_FILE_BYTES = 16 * 1024 * 1024

export const CASE_ID_PATTERN = /^[a-z0-9-]{1,64}$/

export const CASE_LEVELS = [1, 2, 3] as const
/** 1 beginner, 2 practitioner, 3 expert */
export type CaseLevel = (typeof CASE_LEVELS)[number]

export const SOURCE_KINDS = [
  'invoice',
  'packing',
  'cmr',
  'smgs',
  'carnet',
  'contract',
  'letter',
  'note',
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const CASE_LIMITS = {
  sources: 20,
  timeLimitMinutes: { min: 1, max: 600 },
  passMark: { min: 0, max: 100 },
  /** the characters of a title (a case's, a source's, a reference's) in each language */
  title: 200,
} as const

/** The pass mark when the case names none. */
export const DEFAULT_PASS_MARK = 80

/** A text in one language, or in several: `{ "en": "…", "ru": "…" }` (text.ts picks one). */
export type Text = string | Readonly<Record<string, string>>

/** An RFC 6901 JSON Pointer into the model answer ("/consignments/0/items/1/hsCode"). */
export type Pointer = string

export interface CaseSource {
  kind: SourceKind
  title: Text
  /** Markdown, tables allowed */
  content: Text
}

export interface Scoring {
  /** 0–100; DEFAULT_PASS_MARK when absent */
  passMark?: number
  /** elements left out of the scoring, with everything under them */
  ignore?: Pointer[]
  /** elements that must match for the attempt to pass, whatever its score */
  critical?: Pointer[]
  /** weights above 0; a weight on a pointer applies to every leaf under it (default 1) */
  weights?: Record<Pointer, number>
}

/** A customs reply the trainee's act calls for (element `errors` of an IE056 rejection). */
export interface StepError {
  /** where in the trainee's declaration */
  path: Pointer
  /** the NCTS functional error code ("12", "14" …) */
  code?: string
}

/**
 * A scripted reply of the simulated customs office: when the trainee's declaration reaches
 * `after` (the holder's own act), the office answers with `event`.
 */
export interface CustomsStep {
  after: MovementEventType
  event: MovementEventType
  /** the NCTS message the reply stands for ("IE056") */
  message?: string
  detail?: Text
  errors?: StepError[]
}

export interface CaseReference {
  title: Text
  url?: string
}

export interface Case {
  format: typeof CASE_FORMAT
  id: string
  title: Text
  level: CaseLevel
  procedure: Procedure
  /** the task, in plain words (Markdown) */
  brief: Text
  sources: CaseSource[]
  /** the declaration the trainee starts from; absent = blank */
  start?: JsonObject
  /** the model answer: a valid `transitdesk.declaration/1` object */
  answer: JsonObject
  scoring?: Scoring
  /** why the answer's element at each pointer is what it is */
  explanations?: Record<Pointer, Text>
  customs?: CustomsStep[]
  /** the exam's time limit */
  timeLimitMinutes?: number
  references?: CaseReference[]
}
