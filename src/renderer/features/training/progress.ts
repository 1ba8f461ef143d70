/**
 * A trainee's progress, read from the attempts: per case (attempts, submitted, best score,
 * passed) and per regime (cases done and passed of the cases of each procedure).
 */
import { PROCEDURES } from '../../../shared/format/constants'
import type { Case } from '../../../shared/training/case'
import type { AttemptRow } from '../../db/training'

export interface CaseProgress {
  attempts: number
  /** attempts submitted (scored) */
  submitted: number
  /** the best score of a submitted attempt */
  best?: number
  /** an attempt passed */
  passed: boolean
}

export interface RegimeProgress {
  procedure: string
  cases: number
  /** cases with a submitted attempt */
  done: number
  /** cases with a passed attempt */
  passed: number
}

const NONE: CaseProgress = { attempts: 0, submitted: 0, passed: false }

export function caseProgress(attempts: readonly AttemptRow[]): Map<string, CaseProgress> {
  const progress = new Map<string, CaseProgress>()
  for (const attempt of attempts) {
    const so = progress.get(attempt.caseId) ?? NONE
    const score = attempt.result?.score
    progress.set(attempt.caseId, {
      attempts: so.attempts + 1,
      submitted: so.submitted + (attempt.result ? 1 : 0),
      best: score === undefined ? so.best : Math.max(score, so.best ?? 0),
      passed: so.passed || attempt.result?.passed === true,
    })
  }
  return progress
}

export const progressOf = (progress: Map<string, CaseProgress>, caseId: string): CaseProgress =>
  progress.get(caseId) ?? NONE

/** Each procedure that has cases, in the format's order. */
export function regimeProgress(
  cases: readonly Case[],
  progress: Map<string, CaseProgress>,
): RegimeProgress[] {
  return PROCEDURES.map((procedure) => {
    const of = cases.filter((kase) => kase.procedure === procedure)
    return {
      procedure,
      cases: of.length,
      done: of.filter((kase) => progressOf(progress, kase.id).submitted > 0).length,
      passed: of.filter((kase) => progressOf(progress, kase.id).passed).length,
    }
  }).filter((regime) => regime.cases > 0)
}
