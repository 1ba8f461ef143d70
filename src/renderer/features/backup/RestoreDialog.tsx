/**
 * Restoring a workspace backup: the file is verified first (whole, unaltered, a format this
 * version reads), what it holds is shown, and before anything is replaced the current workspace
 * is saved as an automatic backup — so a wrong restore can itself be undone. After a replace,
 * the dialog becomes the Automatic backups list with that backup first and marked: putting the
 * workspace back is its Restore and the confirmation.
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import type { OpenedBackupFile } from '../../../shared/ipc/contract'
import { useUi } from '../../state/ui-store'
import { ProblemAlert } from '../../components/ProblemAlert'
import { openBackup, type OpenedBackup, type RestoreMode } from './opened-backup'
import { restoreVerified, type KeptWorkspace } from './restore-workspace'
import { AutoBackups } from './AutoBackupsDialog'
import { displayLocale, problemText } from '../../i18n'

export function RestoreDialog() {
  const open = useUi((s) => s.restoreOpen)
  return open ? <Restore /> : null
}

/** A file picked in the dialog, or handed over by the operating system (read or refused). */
type Choice = { name: string; bytes: Blob | Uint8Array } | { name: string; error: string }

interface Chosen {
  name: string
  backup: OpenedBackup
}

/** A replace done: how many declarations came, and where the workspace before it was kept. */
interface Replaced {
  declarations: number
  kept: KeptWorkspace
}

function Restore() {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [mode, setMode] = useState<RestoreMode>('replace')
  const [problem, setProblem] = useState('')
  const [busy, setBusy] = useState<'' | 'reading' | 'restoring'>('')
  const [replaced, setReplaced] = useState<Replaced | null>(null)
  const close = () => useUi.getState().setRestoreOpen(false)
  useEffect(() => () => chosen?.backup.close(), [chosen])
  // The file being read is the last one chosen, while the dialog is open; others are let go.
  const reading = useRef(0)
  useEffect(
    () => () => {
      reading.current = -1
    },
    [],
  )

  const choose = async (choice: Choice) => {
    const attempt = ++reading.current
    const { name } = choice
    setChosen(null)
    setReplaced(null)
    setProblem('')
    if ('error' in choice) return setProblem(t('backup.refused', { name, reason: choice.error }))
    setBusy('reading')
    const opened = await openBackup(choice.bytes)
    if (attempt !== reading.current) {
      if (!('error' in opened)) opened.close()
      return
    }
    setBusy('')
    if ('error' in opened) return setProblem(t('backup.refused', { name, reason: opened.error }))
    setChosen({ name, backup: opened })
  }

  // A backup double-clicked in the file manager opens the dialog with it already chosen. A restore
  // under way finishes first, with the backup it was given.
  const restoring = useRef(false)
  useEffect(() => {
    const take = (file: OpenedBackupFile | null) => {
      if (file && !restoring.current) void choose(file)
    }
    take(useUi.getState().restoreFile)
    return useUi.subscribe((state, previous) => {
      if (state.restoreFile !== previous.restoreFile) take(state.restoreFile)
    })
    // choose only sets this dialog's state; the subscription lives as long as the dialog.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const restore = async () => {
    if (!chosen) return
    setBusy('restoring')
    restoring.current = true
    try {
      const { counts, kept } = await restoreVerified(chosen.backup, mode)
      if (mode === 'replace' && kept) {
        setChosen(null)
        setReplaced({ declarations: counts.declarations, kept })
        return
      }
      useUi.getState().notify('success', t(`backup.${mode}d`, { count: counts.declarations }))
      close()
    } catch (error) {
      setProblem(t('backup.restoreFailed', { reason: problemText(error) }))
    } finally {
      restoring.current = false
      setBusy('')
    }
  }

  if (replaced?.kept.kind === 'auto')
    return (
      <AutoBackups
        onClose={close}
        restored={{ declarations: replaced.declarations, kept: replaced.kept.name }}
      />
    )
  const header = chosen?.backup.header
  return (
    // A restore under way finishes (all or nothing) before the dialog can close.
    <Modal title={t('backup.restoreTitle')} onCancel={busy === 'restoring' ? () => {} : close}>
      <p>{t('backup.restoreIntro')}</p>
      <input
        type="file"
        accept=".tdbackup,application/octet-stream"
        aria-label={t('backup.file')}
        disabled={busy === 'restoring'}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          if (file) void choose({ name: file.name, bytes: file })
        }}
      />
      <ProblemAlert problem={problem} />
      {replaced && (
        <p role="status" className="restore-outcome">
          {t('backup.replaced', { count: replaced.declarations })}{' '}
          {t('backup.keptFile', { name: replaced.kept.name })}
        </p>
      )}
      {busy && <p role="status">{t(busy === 'reading' ? 'backup.reading' : 'backup.restoring')}</p>}
      {chosen && header && (
        <div className="library-pending" role="group" aria-label={t('backup.holds')}>
          <p>
            {t('backup.summary', {
              name: chosen.name,
              time: new Date(header.createdAt).toLocaleString(displayLocale(), {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
              ...countPhrases(header.counts, t),
            })}
          </p>
          <label className="choice">
            <input type="radio" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            {t('backup.replace')}
          </label>
          <label className="choice">
            <input type="radio" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            {t('backup.merge')}
          </label>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close} disabled={busy === 'restoring'}>
          {t(replaced ? 'backup.auto.close' : 'backup.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!chosen || busy !== ''}
          onClick={() => void restore()}
        >
          {t('backup.restore')}
        </button>
      </div>
    </Modal>
  )
}

const COUNTED = ['declarations', 'versions', 'parties', 'goods', 'offices'] as const

/** "1 declaration", "3 saved versions" …: each count of the backup in its own plural form. */
function countPhrases(
  counts: Record<(typeof COUNTED)[number], number>,
  t: (key: string, options: { count: number }) => string,
): Record<string, string> {
  return Object.fromEntries(
    COUNTED.map((what) => [what, t(`backup.holdsCount.${what}`, { count: counts[what] })]),
  )
}
