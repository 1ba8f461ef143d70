/**
 * What the instructor gets of a submitted attempt, from the result view: the one-page training
 * report (PDF), made off the window's thread on the packet's path (platform.makePacket) and then
 * saved (desktop) or downloaded (browser); and the attempt as JSON, through the same save-text
 * path as a declaration's export. Each reports its outcome as a notice and never throws.
 */
import type { Case, Pointer } from '../../../shared/training/case'
import type { ScoreResult } from '../../../shared/training/score'
import {
  attemptExportText,
  attemptFileName,
  type AttemptMode,
  type FinishedAttempt,
} from '../../../shared/training/report/attempt-export'
import { composeTrainingReport } from '../../../shared/training/report/compose-report'
import i18n, { currentLanguage, problemText, translate } from '../../i18n'
import { platform } from '../../platform'
import { PacketCancelled } from '../../platform/packet'
import { useUi } from '../../state/ui-store'

/** An attempt as the workspace keeps it: until it is submitted it has no result. */
export interface ReportableAttempt {
  id: string
  caseId: string
  mode: AttemptMode
  startedAt: string
  submittedAt?: string
  timeTakenMs?: number
  hints: readonly Pointer[]
  result?: ScoreResult
}

export interface ReportOptions {
  /** the trainee's name, printed when given */
  traineeName?: string
}

const notify = (tone: 'success' | 'error', text: string) => useUi.getState().notify(tone, text)

/**
 * Makes the attempt's training report and saves it (desktop: a save dialog) or downloads it
 * (browser). True when the file was written; false when cancelled or when it failed (said).
 */
export async function downloadAttemptReport(
  kase: Case,
  attempt: ReportableAttempt,
  options: ReportOptions = {},
): Promise<boolean> {
  const finished = finishedAttempt(attempt)
  if (!finished) return notSubmitted()
  try {
    const request = composeTrainingReport(kase, finished, {
      t: translate,
      language: currentLanguage(),
      generatedAt: new Date().toISOString(),
      ...(options.traineeName === undefined ? {} : { traineeName: options.traineeName }),
    })
    const made = await platform.makePacket(request).result
    try {
      const name = attemptFileName(kase.id, finished.submittedAt, 'pdf')
      // The edition's main action: "Save as…" on the desktop, "Download" in a browser.
      const done = await made.run(made.actions[0]!, name)
      if (done) notify('success', i18n.t('trainingReport.ui.saved', { name }))
      return done
    } finally {
      made.discard()
    }
  } catch (error) {
    if (error instanceof PacketCancelled) return false
    notify('error', i18n.t('trainingReport.ui.failed', { reason: problemText(error) }))
    return false
  }
}

/** Saves (desktop) or downloads (browser) the attempt as JSON; true when written. */
export async function exportAttemptJson(kase: Case, attempt: ReportableAttempt): Promise<boolean> {
  const finished = finishedAttempt(attempt)
  if (!finished) return notSubmitted()
  const name = attemptFileName(kase.id, finished.submittedAt, 'json')
  try {
    const saved = await platform.saveDeclarationFile(name, attemptExportText(kase, finished))
    if (saved) notify('success', i18n.t('trainingReport.ui.exported', { name }))
    return saved
  } catch (error) {
    notify('error', problemText(error))
    return false
  }
}

/** The attempt with what a report needs, or undefined before it is submitted. */
function finishedAttempt(attempt: ReportableAttempt): FinishedAttempt | undefined {
  if (!attempt.result) return undefined
  const submittedAt = attempt.submittedAt ?? attempt.startedAt
  const measured = Date.parse(submittedAt) - Date.parse(attempt.startedAt)
  return {
    id: attempt.id,
    caseId: attempt.caseId,
    mode: attempt.mode,
    startedAt: attempt.startedAt,
    submittedAt,
    timeTakenMs: attempt.timeTakenMs ?? (Number.isFinite(measured) ? Math.max(0, measured) : 0),
    hints: attempt.hints,
    result: attempt.result,
  }
}

function notSubmitted(): false {
  notify('error', i18n.t('trainingReport.ui.notSubmitted'))
  return false
}
