/**
 * The automatic backups, newest first, each checked as the list shows it (how many declarations
 * its header counts, or why it cannot be restored) and each restorable in place of the
 * workspace — after a confirmation, through the same path as a backup file. The safety backup
 * taken before every restore is among them, so a wrong restore can itself be undone.
 *
 * Rendered by the app and by the error screen (ErrorBoundary), so it needs nothing else of the
 * window; and by the restore dialog right after a replace, with the backup of the workspace as
 * it was just before first and marked, so that restore is undone in two clicks.
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../../components/Modal'
import { ProblemAlert } from '../../components/ProblemAlert'
import { platform } from '../../platform'
import type { AutoBackupEntry } from '../../platform/types'
import { useUi } from '../../state/ui-store'
import { isRefusal, openAutoBackup, type AutoBackupRefusal } from './auto-backup-open'
import { restoreVerified } from './restore-workspace'
import './auto-backups.css'
import { displayLocale, problemText } from '../../i18n'

export function AutoBackupsDialog() {
  const open = useUi((s) => s.autoBackupsOpen)
  return open ? <AutoBackups onClose={() => useUi.getState().setAutoBackupsOpen(false)} /> : null
}

/** A replace just done: how many declarations came, and the backup of the workspace before. */
export interface JustRestored {
  declarations: number
  /** the automatic backup's name, null when the list did not show it */
  kept: string | null
}

/** What the check of one backup found. */
type Check =
  | { state: 'checking' }
  | { state: 'ok'; declarations: number }
  | { state: 'empty' }
  | { state: 'damaged' | 'unreadable'; reason: string }

/** The check of each backup, by name. */
type Checks = Record<string, Check>

export function AutoBackups({ onClose, restored }: { onClose(): void; restored?: JustRestored }) {
  const { t } = useTranslation()
  const [entries, setEntries] = useState<AutoBackupEntry[] | null>(null)
  const [checks, setChecks] = useState<Checks>({})
  const [confirming, setConfirming] = useState<AutoBackupEntry | null>(null)
  const [restoring, setRestoring] = useState(false)
  const [problem, setProblem] = useState('')
  const kept = restored?.kept ?? null
  const check = (name: string, found: Check) => setChecks((all) => withCheck(all, name, found))
  const time = (entry: AutoBackupEntry) => new Date(entry.at).toLocaleString(displayLocale())

  // List, then check one backup after another (each in a worker of its own, let go at once).
  useEffect(() => {
    let current = true
    void (async () => {
      const listed = keptFirst(await platform.autoBackups.list().catch(() => []), kept)
      if (!current) return
      setEntries(listed)
      for (const entry of listed) {
        const found = await checkBackup(entry)
        if (!current) return
        setChecks((all) => withCheck(all, entry.name, found))
      }
    })()
    return () => {
      current = false
    }
  }, [kept])

  // Undoing the restore just done is the likely next step: once its backup checks out, Enter
  // starts it.
  const keptButton = useRef<HTMLButtonElement>(null)
  const keptReady = kept !== null && checks[kept]?.state === 'ok'
  useEffect(() => {
    if (keptReady) keptButton.current?.focus()
  }, [keptReady])

  const restore = async (entry: AutoBackupEntry) => {
    setRestoring(true)
    setProblem('')
    // Opened again: what is restored is what is verified now, not what the list saw.
    const opened = await openAutoBackup(entry)
    try {
      if (isRefusal(opened)) {
        const found = refusalCheck(opened)
        check(entry.name, found)
        setProblem(t('backup.refused', { name: time(entry), reason: found.reason }))
        return
      }
      const { counts } = await restoreVerified(opened, 'replace')
      useUi.getState().notify('success', t('backup.replaced', { count: counts.declarations }))
      onClose()
    } catch (error) {
      setProblem(t('backup.restoreFailed', { reason: problemText(error) }))
    } finally {
      if (!isRefusal(opened)) opened.close()
      setConfirming(null)
      setRestoring(false)
    }
  }

  const confirmed = confirming && checks[confirming.name]
  return (
    // A restore under way finishes (all or nothing) before the dialog can close.
    <Modal title={t('backup.auto.title')} onCancel={restoring ? () => {} : onClose}>
      {restored && (
        <p role="status" className="restore-outcome">
          {t('backup.replaced', { count: restored.declarations })}
          {entries?.some((entry) => entry.name === kept) && ` ${t('backup.auto.keptHint')}`}
        </p>
      )}
      <p>{t('backup.auto.intro')}</p>
      {entries === null ? (
        <p role="status">{t('backup.auto.listing')}</p>
      ) : entries.length === 0 ? (
        <p>{t('backup.auto.none')}</p>
      ) : (
        <ul className="auto-backups" aria-label={t('backup.auto.title')}>
          {entries.map((entry) => {
            const found = checks[entry.name] ?? { state: 'checking' }
            const before = entry.name === kept
            return (
              <li
                key={entry.name}
                className={`auto-backup auto-backup--${found.state}${before ? ' auto-backup--kept' : ''}`}
              >
                <span className="auto-backup-time">
                  {time(entry)}
                  {before && <em className="auto-backup-mark">{t('backup.auto.beforeRestore')}</em>}
                </span>
                <span className="auto-backup-state">
                  {found.state === 'checking'
                    ? t('backup.auto.checking')
                    : found.state === 'ok'
                      ? t('backup.auto.holds', { count: found.declarations })
                      : found.state === 'empty'
                        ? t('backup.auto.damaged', { reason: t('backup.auto.empty') })
                        : t(`backup.auto.${found.state}`, { reason: found.reason })}
                </span>
                <button
                  type="button"
                  ref={before ? keptButton : undefined}
                  disabled={found.state !== 'ok' || restoring || confirming !== null}
                  aria-label={t('backup.auto.restoreOne', { time: time(entry) })}
                  onClick={() => setConfirming(entry)}
                >
                  {t('backup.auto.restore')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <ProblemAlert problem={problem} />
      {confirming && confirmed?.state === 'ok' && (
        <div className="library-pending" role="group" aria-label={t('backup.auto.confirmTitle')}>
          <p>
            {t('backup.auto.confirm', {
              time: time(confirming),
              count: confirmed.declarations,
            })}
          </p>
          {restoring && <p role="status">{t('backup.restoring')}</p>}
          <div className="dialog-actions">
            <button type="button" disabled={restoring} onClick={() => setConfirming(null)}>
              {t('backup.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={restoring}
              onClick={() => void restore(confirming)}
            >
              {t('backup.restore')}
            </button>
          </div>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={restoring}>
          {t('backup.auto.close')}
        </button>
      </div>
    </Modal>
  )
}

/** The backup of the workspace before the restore just done first, the rest newest first. */
const keptFirst = (entries: AutoBackupEntry[], kept: string | null): AutoBackupEntry[] => [
  ...entries.filter((entry) => entry.name === kept),
  ...entries.filter((entry) => entry.name !== kept),
]

const withCheck = (all: Checks, name: string, found: Check): Checks => ({ ...all, [name]: found })

const refusalCheck = (refusal: AutoBackupRefusal): Check & { reason: string } =>
  'damaged' in refusal
    ? { state: 'damaged', reason: refusal.damaged }
    : { state: 'unreadable', reason: refusal.unreadable }

/** Opens the backup to see what it holds, and lets it go. */
async function checkBackup(entry: AutoBackupEntry): Promise<Check> {
  if (entry.bytes === 0) return { state: 'empty' }
  const opened = await openAutoBackup(entry)
  if (isRefusal(opened)) return refusalCheck(opened)
  opened.close()
  return { state: 'ok', declarations: opened.header.counts.declarations }
}
