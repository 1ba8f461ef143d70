/**
 * The restore and Automatic backups dialogs, for the app and its error screen: each loaded the
 * first time it opens (components/lazy-part.tsx), with the backup reading and restoring code.
 */
import { lazyPart } from '../../components/lazy-part'
import { useUi } from '../../state/ui-store'
// The dialogs' styles come with the window's, in their place in the cascade; only code waits.
import './auto-backups.css'

const RestoreDialog = lazyPart(() => import('./RestoreDialog').then((m) => m.RestoreDialog))
const AutoBackupsDialog = lazyPart(() =>
  import('./AutoBackupsDialog').then((m) => m.AutoBackupsDialog),
)

export function BackupDialogs() {
  const restoring = useUi((s) => s.restoreOpen)
  const autoBackups = useUi((s) => s.autoBackupsOpen)
  return (
    <>
      {restoring && <RestoreDialog />}
      {autoBackups && <AutoBackupsDialog />}
    </>
  )
}
