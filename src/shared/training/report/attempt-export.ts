/**
 * A finished attempt as the instructor gets it in a file: the case it was made on, the mode,
 * when it started and was handed in, how long it took, the hints shown, and the Result exactly
 * as case-format.md defines it (`score --json`). One JSON object, indented, UTF-8.
 */
import type { Pointer, Text } from '../case'
import type { ScoreResult } from '../score'

export type AttemptMode = 'practice' | 'exam'

/** What the report and the export need of an attempt (the trainee's own record has more). */
export interface FinishedAttempt {
  id: string
  caseId: string
  mode: AttemptMode
  /** ISO times */
  startedAt: string
  submittedAt: string
  timeTakenMs: number
  /** the pointers whose hint the trainee was shown */
  hints: readonly Pointer[]
  result: ScoreResult
}

/** The case as the export names it. */
export interface CaseIdentity {
  id: string
  title: Text
}

export interface AttemptExport {
  case: CaseIdentity
  mode: AttemptMode
  startedAt: string
  submittedAt: string
  timeTakenMs: number
  hints: Pointer[]
  result: ScoreResult
}

export function attemptExport(kase: CaseIdentity, attempt: FinishedAttempt): AttemptExport {
  return {
    case: { id: kase.id, title: kase.title },
    mode: attempt.mode,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    timeTakenMs: attempt.timeTakenMs,
    hints: [...attempt.hints],
    result: attempt.result,
  }
}

/** The export's file text: two-space indented JSON with a final line break. */
export function attemptExportText(kase: CaseIdentity, attempt: FinishedAttempt): string {
  return `${JSON.stringify(attemptExport(kase, attempt), null, 2)}\n`
}

/** "tir-almaty-karachi-attempt-2026-02-04T10-15.json": the case, and when it was handed in. */
export function attemptFileName(caseId: string, submittedAt: string, extension: string): string {
  const when = submittedAt
    .slice(0, 16)
    .replace(/:/g, '-')
    .replace(/[^0-9A-Za-z-]/g, '-')
  const safeId = caseId.replace(/[^a-z0-9-]/g, '-').slice(0, 64) || 'case'
  return `${safeId}-attempt-${when || 'undated'}.${extension}`
}
