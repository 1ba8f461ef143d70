/**
 * The simulated customs office at work on an open attempt: whenever the trainee's declaration
 * reaches an act of the holder (lodged from the Submit button or the Movement tab, an amendment
 * lodged, a cancellation requested, arrival), the office answers it (shared/training/
 * simulated-office.ts) and its replies are recorded on the attempt's movement.
 *
 * The attempt is scored once, when its movement has settled — rejected, released (or further),
 * cancelled or not released, nothing awaiting an answer — so that a trainee who must answer
 * customs (an amendment after "guarantee not valid", a cancellation) is scored on the
 * declaration as they left it with customs; an exam whose time is up is scored as it stands.
 * A rejected declaration lodged again is not scored again: the result showed the answer.
 */
import type { JsonObject } from '../../../shared/json'
import { declarationView } from '../../../shared/model/view'
import { movementState } from '../../../shared/movement/movement-state'
import type { MovementStatus } from '../../../shared/movement/steps'
import { actToAnswer, answerAct } from '../../../shared/training/simulated-office'
import { currentLanguage, problemText, translate } from '../../i18n'
import { useUi } from '../../state/ui-store'
import type { OpenedAttempt } from './open-attempt'

const SETTLED: readonly MovementStatus[] = [
  'rejected',
  'released',
  'arrived',
  'discharged',
  'cancelled',
  'notReleased',
]

/** Whether customs have answered all there is and wait for nothing from the trainee. */
export function hasSettled(document: JsonObject): boolean {
  const state = movementState(declarationView(document).movement)
  return (
    SETTLED.includes(state.status) &&
    !state.amendmentPending &&
    !state.cancellationPending &&
    actToAnswer(document) === null
  )
}

const eventCount = (document: JsonObject) => declarationView(document).movement.events.length

/**
 * Answers the holder's acts on `opened` as they come, until the returned function is called.
 * An act is answered once: a case step the movement refuses is said, not tried again.
 */
export function answerActs(opened: OpenedAttempt): () => void {
  const { session, kase } = opened
  let stopped = false
  let busy = false
  /** how many events the movement had when the office last answered (or let an act be) */
  let answeredAt = -1

  const answer = async () => {
    try {
      const reply = answerAct(kase, session.getDocument(), {
        at: new Date(),
        t: translate,
        language: currentLanguage(),
        seed: opened.id,
      })
      if (stopped) return
      if (reply.replies.length > 0) session.record(reply.document)
      for (const refused of reply.refused) {
        useUi.getState().notify('error', problemText(refused.reason))
      }
      await session.flush()
      if (hasSettled(session.getDocument()) || opened.timeIsUp()) await opened.finish()
    } catch (error) {
      useUi.getState().notify('error', problemText(error))
    }
  }

  const check = () => {
    if (busy || stopped) return
    const document = session.getDocument()
    if (eventCount(document) === answeredAt || actToAnswer(document) === null) return
    answeredAt = eventCount(document)
    busy = true
    // After the act's own recording has finished (the Movement tab flushes it first).
    setTimeout(() => {
      void answer().finally(() => {
        busy = false
        answeredAt = eventCount(session.getDocument())
        check()
      })
    }, 0)
  }

  const unsubscribe = session.subscribe(check)
  // An act left unanswered when the attempt was closed is answered on opening; a movement
  // that settled without a score (the window closed in between) is scored.
  check()
  const document = session.getDocument()
  if (!opened.getAttempt().result && eventCount(document) > 0 && hasSettled(document)) {
    void opened
      .finish()
      .catch((error: unknown) => useUi.getState().notify('error', problemText(error)))
  }
  return () => {
    stopped = true
    unsubscribe()
  }
}
