/**
 * Says, above the sections, why fields cannot be changed: the declaration is lodged (changes go
 * through an amendment), released (nothing changes but events), or an amendment is open and
 * only some elements may change.
 */
import { useTranslation } from 'react-i18next'
import type { EditMode } from '../../../shared/movement/locks'

export function LockBanner({ mode, onShowMovement }: { mode: EditMode; onShowMovement(): void }) {
  const { t } = useTranslation()
  if (mode.kind === 'open') return null
  const text =
    mode.kind === 'amending'
      ? t('movement.lock.amending', { context: mode.guaranteeOnly ? 'guarantee' : undefined })
      : t('movement.lock.locked', {
          status: t(`code.movementStatus.${mode.status}`),
          context: ['lodged', 'accepted'].includes(mode.status) ? 'beforeRelease' : undefined,
        })
  return (
    <p className={`lock-banner lock-banner--${mode.kind}`} role="status">
      <span>{text}</span>
      <button type="button" className="link" onClick={onShowMovement}>
        {t('movement.lock.show')}
      </button>
    </p>
  )
}
