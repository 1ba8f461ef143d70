/** The window: app bar, the list on the left, the editor on the right, dialogs and notices. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { lazyPart } from './components/lazy-part'
import { MenuButton } from './components/MenuButton'
import { Notices } from './components/Notices'
import { declarations } from './db/workspace'
import { flushActiveSession, flushBeforeClose } from './features/editor/active-session'
import { EditorPage } from './features/editor/EditorPage'
import {
  importFiles,
  importFromPicker,
  newBlankDeclaration,
  newFromSample,
  runMenuCommand,
} from './features/workspace/commands'
import { ConflictDialog } from './features/workspace/ConflictDialog'
import { DeclarationList } from './features/workspace/DeclarationList'
import { ImportReport } from './features/workspace/ImportReport'
import { ListToolbar, TrashSwitch } from './features/workspace/ListToolbar'
import { SAMPLES } from './features/workspace/samples'
import { autoBackUp, startAutoBackups } from './features/backup/backup-commands'
import { BackupDialogs } from './features/backup/BackupDialogs'
import { BackupMenu, BackupReminder } from './features/backup/BackupMenu'
import { RestoreOffer } from './features/backup/RestoreOffer'
import { HistoryDialog } from './features/history/HistoryDialog'
import { checkReadiness } from './features/readiness/readiness-check'
import { LanguagePicker } from './features/language/LanguagePicker'
import { platform } from './platform'
import { useTraining } from './features/training/training-store'
// Trainee mode's styles come with the window's, in their place in the cascade; its code waits.
import './features/training/training.css'
import { readBrowserFile } from './platform/read-file'
import { useUi } from './state/ui-store'
import { currentLanguage, warmCatalogues } from './i18n'
import { formatLocalNumber } from '../shared/i18n/local-format'

/** How long after start the readiness check of stored declarations begins. */
const READINESS_CHECK_AFTER_MS = 1500
/** How long after start the other languages' catalogues load, in the background. */
const WARM_CATALOGUES_AFTER_MS = 3000

// Loaded when first shown (components/lazy-part.tsx); the two halves of trainee mode come in one.
const LibraryDialog = lazyPart(() =>
  import('./features/library/LibraryDialog').then((m) => m.LibraryDialog),
)
const PacketDialog = lazyPart(() =>
  import('./features/packet/PacketDialog').then((m) => m.PacketDialog),
)
const TrainingMain = lazyPart(() =>
  import('./features/training/TrainingView').then((m) => m.TrainingMain),
)
const TrainingSidebar = lazyPart(() =>
  import('./features/training/TrainingView').then((m) => m.TrainingSidebar),
)

export function App() {
  const { t } = useTranslation()
  const selectedId = useUi((s) => s.selectedId)
  const training = useTraining((s) => s.open)
  const [dragging, setDragging] = useState(false)

  useEffect(() => platform.onMenuCommand(runMenuCommand), [])
  useEffect(
    () => platform.onBackupOpened((file) => useUi.getState().setRestoreOpen(true, file)),
    [],
  )
  useEffect(
    () =>
      platform.onBeforeClose(async () => {
        const saved = await flushBeforeClose()
        // The desktop waits for this: a backup of the day's work on every quit.
        await autoBackUp()
        return saved
      }),
    [],
  )
  useEffect(() => startAutoBackups(), [])
  // Declarations not checked with today's rules (after an update of the app): once, in the
  // background, when the window has settled.
  useEffect(() => {
    const timer = setTimeout(() => void checkReadiness(), READINESS_CHECK_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  // The other languages, ready before anyone opens the picker.
  useEffect(() => {
    const timer = setTimeout(warmCatalogues, WARM_CATALOGUES_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  useEffect(() => {
    // Leaving the window writes the pending edit at once.
    const flush = () => void flushActiveSession()
    const onVisibility = () => document.visibilityState === 'hidden' && flush()
    window.addEventListener('blur', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('blur', flush)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [])

  const onDrop = async (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const files = [...event.dataTransfer.files]
    if (files.length > 0) await importFiles(await Promise.all(files.map(readBrowserFile)))
  }

  return (
    <div
      className="app"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <header className="app-bar">
        <h1>{t('app.name')}</h1>
        <NewMenu />
        <button type="button" onClick={() => void importFromPicker()} title="Ctrl+O">
          {t('actions.import')}
        </button>
        <BackupMenu />
        <button type="button" onClick={() => useUi.getState().setLibraryOpen('parties')}>
          {t('library.parties.title')}
        </button>
        <BackupReminder />
        <StorageBadge />
        <LanguagePicker />
      </header>
      <Sidebar />
      <main className="workspace">
        {training ? (
          <TrainingMain />
        ) : selectedId ? (
          <EditorPage key={selectedId} id={selectedId} />
        ) : (
          <div className="empty-workspace">
            <p>{t('workspace.empty')}</p>
            <p className="hint">{t('workspace.dropHint')}</p>
          </div>
        )}
      </main>
      {dragging && <div className="drop-overlay">{t('workspace.dropHere')}</div>}
      <Notices />
      <ConflictDialog />
      <ImportReport />
      <PacketDialogWhenOpen />
      <LibraryDialogWhenOpen />
      <HistoryDialog />
      <BackupDialogs />
      <RestoreOffer />
    </div>
  )
}

function PacketDialogWhenOpen() {
  const open = useUi((s) => s.packetFor !== null)
  return open ? <PacketDialog /> : null
}

function LibraryDialogWhenOpen() {
  const open = useUi((s) => s.libraryOpen !== null)
  return open ? <LibraryDialog /> : null
}

function NewMenu() {
  const { t } = useTranslation()
  return (
    <MenuButton
      label={t('actions.new')}
      items={[
        { label: t('actions.newBlank'), run: () => void newBlankDeclaration() },
        ...SAMPLES.map((sample) => ({
          label: t(`samples.${sample.id}`),
          run: () => void newFromSample(sample.id),
        })),
      ]}
    />
  )
}

function StorageBadge() {
  const { t } = useTranslation()
  const storage = useUi((s) => s.storage)
  if (!storage) return null
  const usage =
    storage.usage !== undefined
      ? t('storage.megabytes', {
          size: formatLocalNumber(storage.usage / 1e6, currentLanguage(), { fractionDigits: 1 }),
        })
      : ''
  return (
    <span
      className={storage.persisted ? 'storage storage--kept' : 'storage storage--best-effort'}
      title={t(storage.persisted ? 'storage.persistedHelp' : 'storage.bestEffortHelp')}
    >
      {t(storage.persisted ? 'storage.persisted' : 'storage.bestEffort')} {usage}
    </span>
  )
}

/**
 * The view switch, search and filters, and the list (or, in the training view, the case
 * library); the counts are read once for all of them.
 */
function Sidebar() {
  const counts = useLiveQuery(() => declarations.counts(), [])
  const training = useTraining((s) => s.open)
  return (
    <aside className="sidebar">
      <TrashSwitch counts={counts} />
      {training ? (
        <TrainingSidebar />
      ) : (
        <>
          <ListToolbar counts={counts} />
          <DeclarationList />
        </>
      )}
    </aside>
  )
}
