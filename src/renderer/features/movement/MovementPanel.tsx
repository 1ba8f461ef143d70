/**
 * The movement tab: where the declaration stands with customs, the steps that may be recorded
 * now (and only those), the amendment, customs' reply files, the NCTS declaration message, and
 * the timeline of what happened — who, when, reference, note.
 */
import { useMemo, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { movementView } from '../../../shared/model/view'
import { mayAmend } from '../../../shared/movement/locks'
import { possibleEvents, type PossibleEvent } from '../../../shared/movement/record-event'
import { STEPS } from '../../../shared/movement/steps'
import { ie015Procedure } from '../../../shared/ncts/ie015'
import { Modal } from '../../components/Modal'
import { useUi } from '../../state/ui-store'
import type { EditorSession } from '../editor/editor-session'
import { EventDialog } from './EventDialog'
import { MovementTimeline } from './MovementTimeline'
import {
  discardAmendment,
  errorsNow,
  exportIe015,
  lodgeAmendment,
  receiveReplies,
  recordOnSession,
  startAmendment,
} from './movement-commands'
import { StatusBadge, TimeLimitFlag } from './StatusBadge'
import type { OpenMovement } from './use-movement'

interface Props {
  id: string
  session: EditorSession
  movement: OpenMovement
  /**
   * Customs' answers come from the simulated office (a training attempt): the trainee records
   * only their own acts, and reads no reply files.
   */
  simulatedCustoms?: boolean
}

export function MovementPanel({ id, session, movement, simulatedCustoms = false }: Props) {
  const { t } = useTranslation()
  const document = useSyncExternalStore(session.subscribe, session.getDocument)
  const view = useMemo(() => movementView(document.movement), [document.movement])
  const possible = useMemo(() => possibleEvents(document), [document])
  const [recording, setRecording] = useState<PossibleEvent | null>(null)
  const [discarding, setDiscarding] = useState(false)
  const { state, amending } = movement
  const nctsMessages = ie015Procedure(String(document.procedure ?? ''))

  const choose = (event: PossibleEvent) => {
    const errors = event.type === 'lodged' ? errorsNow(document) : 0
    if (errors > 0) {
      return useUi.getState().notify('error', t('movement.lodgeErrors', { count: errors }))
    }
    setRecording(event)
  }
  // While an amendment is open it is lodged or discarded before anything else is recorded;
  // "Lodge the amendment" stands with the amendment.
  const actions = amending ? [] : possible.filter((event) => event.type !== 'amendmentLodged')
  const holderSteps = actions.filter((event) => STEPS[event.type].by === 'holder')
  const customsSteps = simulatedCustoms
    ? []
    : actions.filter((event) => STEPS[event.type].by === 'customs')

  return (
    <div className="movement-panel" data-status={state.status}>
      <section className="group movement-summary" aria-labelledby="movement-heading">
        <h3 id="movement-heading">{t('movement.heading')}</h3>
        <p className="movement-status">
          <StatusBadge status={state.status} />
          <TimeLimitFlag status={state.status} limitDate={String(document.limitDate ?? '')} />
          {document.mrn ? (
            <span className="movement-mrn" dir="ltr">
              {String(document.mrn)}
            </span>
          ) : null}
        </p>
        <p className="field-help">{t(`movement.explain.${state.status}`)}</p>
        {state.amendmentPending && <p className="note">{t('movement.pending.amendment')}</p>}
        {state.cancellationPending && <p className="note">{t('movement.pending.cancellation')}</p>}
        {state.guaranteeInvalid && (
          <p className="note note--warning">{t('movement.pending.guarantee')}</p>
        )}
      </section>

      {mayAmend(state) && (
        <section className="group movement-amendment" aria-labelledby="amendment-heading">
          <h3 id="amendment-heading">{t('movement.amendment.heading')}</h3>
          <p className="field-help">
            {t(amending ? 'movement.amendment.open' : 'movement.amendment.explain', {
              context: state.guaranteeInvalid ? 'guarantee' : undefined,
            })}
          </p>
          <div className="button-row">
            {amending ? (
              <>
                <button
                  type="button"
                  className="primary"
                  onClick={() => setRecording({ type: 'amendmentLodged' })}
                >
                  {t('movement.amendment.lodge')}
                </button>
                <button type="button" onClick={() => setDiscarding(true)}>
                  {t('movement.amendment.discard')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => void startAmendment(id, session)}>
                {t('movement.amendment.start')}
              </button>
            )}
          </div>
        </section>
      )}

      <section className="group movement-actions" aria-labelledby="actions-heading">
        <h3 id="actions-heading">{t('movement.actions')}</h3>
        {amending ? (
          <p className="field-help">{t('movement.amendment.first')}</p>
        ) : (
          actions.length === 0 && <p className="field-help">{t('movement.nothingNow')}</p>
        )}
        {holderSteps.length > 0 && (
          <StepButtons label={t('movement.yourSteps')} steps={holderSteps} onChoose={choose} />
        )}
        {customsSteps.length > 0 && (
          <StepButtons label={t('movement.customsSteps')} steps={customsSteps} onChoose={choose} />
        )}
        {nctsMessages && (
          <div className="button-row">
            {!amending && !simulatedCustoms && (
              <button type="button" onClick={() => void receiveReplies(id, session)}>
                {t('movement.readReply')}
              </button>
            )}
            <button type="button" onClick={() => void exportIe015(session)}>
              {t('movement.exportXml')}
            </button>
          </div>
        )}
      </section>

      <MovementTimeline events={view.events} />

      {recording && (
        <EventDialog
          possible={recording}
          document={document}
          onCancel={() => setRecording(null)}
          onRecord={async (event, release) => {
            const recorded =
              event.type === 'amendmentLodged'
                ? await lodgeAmendment(id, session, event)
                : await recordOnSession(id, session, event, release)
            if (recorded) setRecording(null)
          }}
        />
      )}
      {discarding && (
        <Modal title={t('movement.amendment.discard')} onCancel={() => setDiscarding(false)}>
          <p>{t('movement.amendment.confirmDiscard')}</p>
          <div className="dialog-buttons">
            <button type="button" onClick={() => setDiscarding(false)}>
              {t('movement.amendment.keep')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setDiscarding(false)
                void discardAmendment(id, session)
              }}
            >
              {t('movement.amendment.discard')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  )
}

function StepButtons({
  label,
  steps,
  onChoose,
}: {
  label: string
  steps: PossibleEvent[]
  onChoose(event: PossibleEvent): void
}) {
  const { t } = useTranslation()
  return (
    <div className="button-row" role="group" aria-label={label}>
      <span className="button-row-label" aria-hidden="true">
        {label}
      </span>
      {steps.map((event) => (
        <button
          key={event.type}
          type="button"
          data-event={event.type}
          onClick={() => onChoose(event)}
        >
          {t(`movement.action.${event.type}`)}
        </button>
      ))}
    </div>
  )
}
