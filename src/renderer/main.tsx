import './zod-without-eval'
// First of the window's own modules: it starts loading the remembered language's words.
import i18n, { currentLanguage, startLanguage } from './i18n'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import { describeStorageError } from './db/storage-errors'
import { database, requestPersistentStorage } from './db/workspace'
import { platform } from './platform'
import { useUi } from './state/ui-store'
import './fonts.css'
import './styles.css'

const root = createRoot(document.getElementById('root')!)

// The words and the database load side by side; nothing is shown before the words are there,
// so even the storage error below is told in the user's language (startLanguage never fails).
i18n.on('languageChanged', () => platform.languageShown(currentLanguage()))
const words = startLanguage(() => platform.preferredLanguages())

Promise.all([words, database.open()])
  .then(() => {
    root.render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    )
    void requestPersistentStorage()
      .then((storage) => useUi.setState({ storage }))
      .catch(() => undefined)
  })
  .catch(async (error: unknown) => {
    // Without the database nothing can be shown or saved: say so plainly, change nothing.
    await words
    root.render(
      <div className="fatal" role="alert">
        <h1>{i18n.t('app.name')}</h1>
        <p>{describeStorageError(error).message}</p>
      </div>,
    )
  })
