/** The app bar's Backup menu, and the browser edition's reminder when the last backup is old. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { MenuButton } from '../../components/MenuButton'
import { database } from '../../db/workspace'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { backUpToFile, lastFileBackup, REMIND_AFTER_MS } from './backup-commands'
import { displayLocale } from '../../i18n'

export function BackupMenu() {
  const { t } = useTranslation()
  return (
    <MenuButton
      label={t('backup.menu')}
      items={[
        { label: t('backup.backUp'), run: () => void backUpToFile() },
        { label: t('backup.restoreMenu'), run: () => useUi.getState().setRestoreOpen(true) },
        { label: t('backup.autoMenu'), run: () => useUi.getState().setAutoBackupsOpen(true) },
      ]}
    />
  )
}

/** Browser edition only: its automatic backups live in the browser, so files matter more. */
export function BackupReminder() {
  const { t } = useTranslation()
  const lastFromState = useUi((s) => s.lastFileBackup)
  // Read outside render: whether to remind depends on the clock and the database.
  const remind = useLiveQuery(async () => {
    if (platform.edition !== 'web' || (await database.declarations.count()) === 0) return null
    const last = lastFromState ?? lastFileBackup()
    if (last && Date.now() - Date.parse(last) < REMIND_AFTER_MS) return null
    return { last }
  }, [lastFromState])
  if (!remind) return null
  const when = remind.last
    ? new Date(remind.last).toLocaleDateString(displayLocale())
    : t('backup.never')
  return (
    <button type="button" className="backup-reminder" onClick={() => void backUpToFile()}>
      {t('backup.remind', { when })}
    </button>
  )
}
