/**
 * An attempt opened in the editor: the same editor session a declaration has (undo, autosave
 * debounced with a maximum wait, flush on blur and close), saving into the attempt's own record
 * — never into the workspace's declarations. Beside it the attempt's hints and its submission:
 * the trainee lodges the declaration with the simulated customs office, the office answers each
 * of the holder's acts on the Movement tab (office.ts), and the attempt is scored once the
 * movement has settled (or the trainee finishes, or an exam's time is up).
 */
import { withFollowUps } from '../../../shared/model/follow-ups'
import { recordEvent } from '../../../shared/movement/record-event'
import type { Case, Pointer } from '../../../shared/training/case'
import { scoreAnswer } from '../../../shared/training/score'
import { describeStorageError } from '../../db/storage-errors'
import type { AttemptRow } from '../../db/training'
import { currentLanguage, problemText } from '../../i18n'
import { useUi } from '../../state/ui-store'
import { EditorSession } from '../editor/editor-session'
import type { OpenedEditor } from '../editor/open-editor'
import { answerActs } from './office'
import { training } from './repository'

export interface OpenedAttempt extends OpenedEditor {
  readonly kase: Case
  /** the attempt's record as it is now (hints, submission, result) */
  getAttempt(): AttemptRow
  /** subscribes to changes of the record (not of the declaration: that is the session's) */
  subscribeAttempt(listener: () => void): () => void
  /** records that the trainee was shown the explanation at `pointer` (practice) */
  showHint(pointer: Pointer): Promise<void>
  /** lodges the declaration with the simulated office (false, with the reason said, if it may not be) */
  lodge(): boolean
  /** scores the declaration as it stands now, if the attempt has no result yet */
  finish(): Promise<void>
  /** an exam whose time limit has passed */
  timeIsUp(): boolean
}

export async function openAttempt(attemptId: string): Promise<OpenedAttempt | 'missing'> {
  const row = await training.attempt(attemptId)
  const kase = row && (await training.getCase(row.caseId))
  if (!row || !kase) return 'missing'
  let attempt = row
  const listeners = new Set<() => void>()
  const setAttempt = (next: AttemptRow) => {
    attempt = next
    for (const listener of listeners) listener()
  }

  const session = new EditorSession(row.document, {
    save: (document) => training.saveDocument(attemptId, document),
    describeError: (error) => describeStorageError(error).message,
    followUps: withFollowUps,
  })

  const opened: OpenedAttempt = {
    id: attemptId,
    session,
    kase,
    getAttempt: () => attempt,
    subscribeAttempt(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async showHint(pointer) {
      const hints = await training.addHint(attemptId, pointer)
      setAttempt({ ...attempt, hints })
    },
    lodge() {
      try {
        const lodged = recordEvent(session.getDocument(), {
          type: 'lodged',
          at: new Date().toISOString(),
        })
        session.record(lodged)
      } catch (error) {
        useUi.getState().notify('error', problemText(error))
        return false
      }
      // Customs' answer shows on the Movement tab.
      useUi.getState().setSection('movement')
      return true
    },
    async finish() {
      if (attempt.result) return
      await session.flush()
      // Scored with the hints shown so far, as the declaration stands (amendments included);
      // the number customs gave is theirs, not the trainee's.
      const document = session.getDocument()
      const { mrn: _mrn, ...declared } = document
      const result = scoreAnswer(kase, kase.answer.mrn === undefined ? declared : document, {
        hints: attempt.hints,
        language: currentLanguage(),
      })
      const at = new Date()
      setAttempt(await training.submit(attemptId, { at, document, result }))
    },
    timeIsUp() {
      const minutes = kase.timeLimitMinutes
      if (attempt.mode !== 'exam' || minutes === undefined) return false
      return Date.now() >= Date.parse(attempt.startedAt) + minutes * 60_000
    },
    async showStored() {
      const stored = await training.attempt(attemptId)
      if (stored) session.reset(stored.document)
    },
    // Nobody else writes an attempt, so there is never a conflict to keep one's edits from.
    keepMineAsCopy: async () => undefined,
    close() {
      stopAnswering()
      void session.flush().finally(() => session.dispose())
    },
  }
  const stopAnswering = answerActs(opened)
  return opened
}
