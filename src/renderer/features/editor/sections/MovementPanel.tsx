/**
 * Where the declaration stands with customs (`movement`), as the file carries it: its status and
 * the events recorded, read-only. The movement's lifecycle records them; here they are shown so
 * that a colleague's file says what happened to it.
 */
import { useTranslation } from 'react-i18next'
import { movementView } from '../../../../shared/model/view'
import { useValue } from '../session-context'
import { displayLocale } from '../../../i18n'

export function MovementPanel() {
  const { t } = useTranslation()
  const movement = useValue(['movement'])
  const { status, events } = movementView(movement)
  const when = (at: string) => {
    const date = new Date(at)
    return Number.isNaN(date.getTime())
      ? at
      : date.toLocaleString(displayLocale(), { dateStyle: 'medium', timeStyle: 'short' })
  }
  return (
    <fieldset className="group movement" data-path="/movement">
      <legend>{t('element.movement.label')}</legend>
      <p className="movement-status">
        {movement === undefined || movement === null
          ? t('movement.none')
          : t('movement.status', {
              status: t(`code.movementStatus.${status}`, { defaultValue: status }),
            })}
      </p>
      {events.length > 0 && (
        <table className="movement-events">
          <caption className="visually-hidden">{t('movement.events')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('movement.at')}</th>
              <th scope="col">{t('movement.event')}</th>
              <th scope="col">{t('movement.reference')}</th>
              <th scope="col">{t('movement.detail')}</th>
              <th scope="col">{t('movement.message')}</th>
              <th scope="col">{t('movement.by')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, i) => (
              <tr key={i}>
                <td>{when(event.at)}</td>
                <td>{t(`code.eventType.${event.type}`, { defaultValue: event.type })}</td>
                <td dir="ltr">{event.reference}</td>
                <td dir="auto">{event.detail}</td>
                <td dir="ltr">{event.message}</td>
                <td dir="auto">{event.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <small className="field-help">{t('element.movement.help')}</small>
    </fieldset>
  )
}
