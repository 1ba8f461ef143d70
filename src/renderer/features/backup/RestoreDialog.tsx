/**
 * Restoring a workspace backup: the file is verified first (whole, unaltered, a format this
 * version reads), what it holds is shown, and before anything is replaced the current workspace
 * is saved as an automatic backup — so a wrong restore can itself be undone.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { decodeBackup, type BackupHeader, type BackupPayload } from '../../../shared/backup/format'
import { Modal } from '../../components/Modal'
import { mergeBackup, replaceWithBackup } from '../../db/backup'
import { database } from '../../db/workspace'
import { platform } from '../../platform'
import { measured } from '../../perf'
import { useUi } from '../../state/ui-store'
import { workspaceBackup } from './backup-commands'
import { ProblemAlert } from '../../components/ProblemAlert'

export function RestoreDialog() {
  const open = useUi((s) => s.restoreOpen)
  return open ? <Restore /> : null
}

interface Chosen {
  name: string
  header: BackupHeader
  payload: BackupPayload
}

/** Puts a verified backup in place (or merges it), after a safety backup of the current state. */
export async function restoreVerified(payload: BackupPayload, mode: 'replace' | 'merge') {
  if ((await database.declarations.count()) > 0)
    await platform.autoBackups.write(await workspaceBackup())
  useUi.getState().select(null)
  return measured('restore', () =>
    mode === 'replace' ? replaceWithBackup(database, payload) : mergeBackup(database, payload),
  )
}

function Restore() {
  const { t, i18n } = useTranslation()
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [mode, setMode] = useState<'replace' | 'merge'>('replace')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState(false)
  const close = () => useUi.getState().setRestoreOpen(false)

  const choose = async (file: File) => {
    setChosen(null)
    const decoded = await decodeBackup(new Uint8Array(await file.arrayBuffer()))
    if ('error' in decoded)
      return setProblem(t('backup.refused', { name: file.name, reason: decoded.error }))
    setProblem('')
    setChosen({ name: file.name, ...decoded })
  }

  const restore = async () => {
    if (!chosen) return
    setBusy(true)
    try {
      const counts = await restoreVerified(chosen.payload, mode)
      useUi.getState().notify('success', t(`backup.${mode}d`, { count: counts.declarations }))
      close()
    } catch (error) {
      setProblem(t('backup.restoreFailed', { reason: (error as Error).message }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title={t('backup.restoreTitle')} onCancel={close}>
      <p>{t('backup.restoreIntro')}</p>
      <input
        type="file"
        accept=".tdbackup,application/octet-stream"
        aria-label={t('backup.file')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          if (file) void choose(file)
        }}
      />
      <ProblemAlert problem={problem} />
      {chosen && (
        <div className="library-pending" role="group" aria-label={t('backup.holds')}>
          <p>
            {t('backup.summary', {
              name: chosen.name,
              time: new Date(chosen.header.createdAt).toLocaleString(i18n.language),
              declarations: chosen.header.counts.declarations,
              parties: chosen.header.counts.parties,
              goods: chosen.header.counts.goods,
              offices: chosen.header.counts.offices,
              versions: chosen.header.counts.versions,
            })}
          </p>
          <label>
            <input type="radio" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            {t('backup.replace')}
          </label>
          <label>
            <input type="radio" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            {t('backup.merge')}
          </label>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('backup.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!chosen || busy}
          onClick={() => void restore()}
        >
          {t('backup.restore')}
        </button>
      </div>
    </Modal>
  )
}
