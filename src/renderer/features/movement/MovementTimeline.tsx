/** What happened to the movement, oldest first: when, what, reference, note, message, who. */
import { useTranslation } from 'react-i18next'
import type { MovementView } from '../../../shared/model/view'
import { displayLocale } from '../../i18n'

export function MovementTimeline({ events }: { events: MovementView['events'] }) {
  const { t } = useTranslation()
  const when = (at: string) => {
    const date = new Date(at)
    return Number.isNaN(date.getTime())
      ? at
      : date.toLocaleString(displayLocale(), { dateStyle: 'medium', timeStyle: 'short' })
  }
  return (
    <section className="group movement-timeline" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t('movement.events')}</h3>
      {events.length === 0 ? (
        <p className="field-help">{t('movement.none')}</p>
      ) : (
        <table className="movement-events">
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
              <tr key={i} data-event={event.type}>
                <td>
                  <time dateTime={event.at}>{when(event.at)}</time>
                </td>
                <td>{t(`code.eventType.${event.type}`, { defaultValue: event.type })}</td>
                <td dir="ltr">{event.reference}</td>
                <td dir="auto" className="event-detail">
                  {event.detail}
                </td>
                <td dir="ltr">{event.message}</td>
                <td dir="auto">{event.by === 'customs' ? t('movement.byCustoms') : event.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
