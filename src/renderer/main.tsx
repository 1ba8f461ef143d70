import './zod-without-eval'
// First of the window's own modules: it starts loading the remembered language's words.
import i18n, { currentLanguage, startLanguage } from './i18n'
// Next: it starts opening the database, unless that upgrades it (then the boot screen goes first).
import { openDatabase, upgrading } from './boot/open-database'
import { StrictMode, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { BootScreen } from './boot/BootScreen'
import { startWindow, type Stage } from './boot/start-window'
import { ErrorBoundary } from './components/ErrorBoundary'
import { describeStorageError } from './db/storage-errors'
import { requestPersistentStorage } from './db/workspace'
import { mark } from './perf'
import { platform } from './platform'
import { useUi } from './state/ui-store'
import './fonts.css'
import './styles.css'

mark('main')
const root = createRoot(document.getElementById('root')!)

/** Resolves once the next frame has been painted. */
const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/** Shows a stage of the start (boot/start-window.ts) in place of the last; resolves once painted. */
function show(stage: Stage): Promise<void> {
  // Rendered at once, not at React's next turn: the boot screen must be on screen before the
  // upgrade's work takes the processor.
  flushSync(() => root.render(stageView(stage)))
  return afterPaint()
}

function stageView(stage: Stage): ReactNode {
  if (stage === 'upgrade') return <BootScreen />
  if (stage === 'app')
    return (
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>
    )
  return (
    <div className="fatal" role="alert">
      <h1>{i18n.t('app.name')}</h1>
      <p>{describeStorageError(stage.failed).message}</p>
    </div>
  )
}

// Until the words are there the window shows index.html's frame, without words; then every
// screen speaks the user's language, even the storage error (startLanguage never fails). The
// first screen does not wait for the database; an upgrade shows the boot screen.
i18n.on('languageChanged', () => platform.languageShown(currentLanguage()))
const words = startLanguage(() => platform.preferredLanguages())
void startWindow({ words, upgradePending: upgrading, open: openDatabase, show })
  .then(async (open) => open && useUi.setState({ storage: await requestPersistentStorage() }))
  .catch(() => undefined) // the status bar then says nothing about storage
