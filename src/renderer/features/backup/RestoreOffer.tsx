/**
 * When the workspace comes up empty but an automatic backup exists (the browser reset a damaged
 * database, or it was deleted), offer to restore the newest backup.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { decodeBackup, type BackupHeader, type BackupPayload } from '../../../shared/backup/format'
import { Modal } from '../../components/Modal'
import { database } from '../../db/workspace'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { restoreVerified } from './RestoreDialog'

export function RestoreOffer() {
  const { t, i18n } = useTranslation()
  const [offer, setOffer] = useState<{ header: BackupHeader; payload: BackupPayload } | null>(null)

  useEffect(() => {
    let current = true
    void (async () => {
      if ((await database.declarations.count()) > 0) return
      const newest = await platform.autoBackups.newest().catch(() => null)
      if (!newest || !current) return
      const decoded = await decodeBackup(newest.bytes)
      if ('error' in decoded || decoded.payload.declarations.length === 0) return
      if (current) setOffer(decoded)
    })()
    return () => {
      current = false
    }
  }, [])

  if (!offer) return null
  const close = () => setOffer(null)
  return (
    <Modal title={t('backup.offerTitle')} onCancel={close}>
      <p>
        {t('backup.offer', {
          time: new Date(offer.header.createdAt).toLocaleString(i18n.language),
          count: offer.header.counts.declarations,
        })}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('backup.startEmpty')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() =>
            void restoreVerified(offer.payload, 'replace').then((counts) => {
              useUi
                .getState()
                .notify('success', t('backup.replaced', { count: counts.declarations }))
              close()
            })
          }
        >
          {t('backup.restoreNewest')}
        </button>
      </div>
    </Modal>
  )
}
