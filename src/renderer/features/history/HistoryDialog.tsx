/**
 * The open declaration's history: every saved version with its time and what it changed, any
 * of them restorable. Restoring is an edit like any other — saved as a new version, undoable —
 * so going back never loses what came after.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { describePointer } from '../../../shared/validation/describe'
import { Modal } from '../../components/Modal'
import { documentAtVersion, listVersions } from '../../db/history'
import { database } from '../../db/workspace'
import { useUi } from '../../state/ui-store'
import { getActiveSession } from '../editor/active-session'
import { displayLocale } from '../../i18n'

export function HistoryDialog() {
  const id = useUi((s) => s.historyFor)
  return id ? <History id={id} /> : null
}

function History({ id }: { id: string }) {
  const { t } = useTranslation()
  const versions = useLiveQuery(() => listVersions(database, id), [id])
  const close = () => useUi.getState().setHistoryFor(null)
  const time = (iso: string) =>
    new Date(iso).toLocaleString(displayLocale(), { dateStyle: 'medium', timeStyle: 'medium' })

  const restore = async (seq: number, at: string | null) => {
    const session = getActiveSession()
    const document = await documentAtVersion(database, id, seq)
    if (!session || !document) return
    // A version's content, never its movement: what happened with customs stays recorded.
    const now = session.getDocument()
    const { movement: _movement, mrn: _mrn, ...content } = document
    const restored = session.update(() => ({
      ...content,
      ...(now.movement ? { movement: now.movement } : {}),
      ...(now.mrn ? { mrn: now.mrn } : {}),
    }))
    if (!restored) {
      useUi.getState().notify('error', t('history.locked'))
      return
    }
    useUi
      .getState()
      .notify(
        'success',
        at ? t('history.restored', { time: time(at) }) : t('history.restoredFirst'),
      )
    close()
  }

  return (
    <Modal title={t('history.title')} onCancel={close}>
      <p>{t('history.intro')}</p>
      <ol className="history-list" aria-label={t('history.title')}>
        {versions?.map((version, index) => (
          <li key={version.seq}>
            <span className="history-time">{time(version.at)}</span>
            <span className="history-what">
              {t('history.changed', {
                places: version.places.map((p) => describePointer(p, t)).join('; '),
                count: version.changed - version.places.length,
              })}
            </span>
            {index === 0 ? (
              <span className="history-current">{t('history.current')}</span>
            ) : (
              <button type="button" onClick={() => void restore(version.seq, version.at)}>
                {t('history.restore')}
              </button>
            )}
          </li>
        ))}
        {versions && versions.length > 0 && (
          <li>
            <span className="history-time">{t('history.first')}</span>
            <span className="history-what" />
            <button type="button" onClick={() => void restore(0, null)}>
              {t('history.restore')}
            </button>
          </li>
        )}
      </ol>
      {versions?.length === 0 && <p role="status">{t('history.none')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('history.close')}
        </button>
      </div>
    </Modal>
  )
}
