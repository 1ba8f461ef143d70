/**
 * When the workspace comes up empty but an automatic backup exists (the browser reset a damaged
 * database, or it was deleted), offer to restore the newest backup that verifies.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { database } from '../../db/workspace'
import { useUi } from '../../state/ui-store'
import { newestVerifiedBackup } from './auto-backup-open'
import type { OpenedBackup } from './opened-backup'
import { restoreVerified } from './restore-workspace'
import { displayLocale, problemText } from '../../i18n'

export function RestoreOffer() {
  const { t } = useTranslation()
  const [offer, setOffer] = useState<OpenedBackup | null>(null)
  const [restoring, setRestoring] = useState(false)

  useEffect(() => {
    let current = true
    void (async () => {
      if ((await database.declarations.count()) > 0) return
      const opened = await newestVerifiedBackup()
      if (!opened) return
      if (current && opened.header.counts.declarations > 0) setOffer(opened)
      else opened.close()
    })()
    return () => {
      current = false
    }
  }, [])

  if (!offer) return null
  const close = () => {
    offer.close()
    setOffer(null)
  }
  return (
    <Modal title={t('backup.offerTitle')} onCancel={restoring ? () => {} : close}>
      <p>
        {t('backup.offer', {
          time: new Date(offer.header.createdAt).toLocaleString(displayLocale()),
          count: offer.header.counts.declarations,
        })}
      </p>
      {restoring && <p role="status">{t('backup.restoring')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={close} disabled={restoring}>
          {t('backup.startEmpty')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={restoring}
          onClick={() => {
            setRestoring(true)
            restoreVerified(offer, 'replace')
              .then(({ counts }) =>
                useUi
                  .getState()
                  .notify('success', t('backup.replaced', { count: counts.declarations })),
              )
              .catch((error: Error) =>
                useUi
                  .getState()
                  .notify('error', t('backup.restoreFailed', { reason: problemText(error) })),
              )
              .finally(close)
          }}
        >
          {t('backup.restoreNewest')}
        </button>
      </div>
    </Modal>
  )
}
