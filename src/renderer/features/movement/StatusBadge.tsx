/**
 * A movement's status as a badge, and the flag of goods released for transit that are due at
 * destination within two days or are overdue (the release's time limit).
 */
import { useTranslation } from 'react-i18next'
import { localDate } from '../../../shared/dates'
import { timeLimitState } from '../../../shared/movement/time-limit'
import './movement.css'

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation()
  return (
    <span className={`status status--${status}`} data-status={status}>
      {t(`code.movementStatus.${status}`, { defaultValue: status })}
    </span>
  )
}

export function TimeLimitFlag({ status, limitDate }: { status: string; limitDate: string }) {
  const { t } = useTranslation()
  const limit = timeLimitState(status, limitDate, localDate(new Date()))
  if (!limit) return null
  return (
    <span
      className={`time-limit time-limit--${limit.kind}`}
      data-limit={limit.kind}
      title={limitDate}
    >
      {t(`movement.limit.${limit.kind}`, { count: limit.days })}
    </span>
  )
}
