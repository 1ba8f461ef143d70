import './zod-without-eval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import { describeStorageError } from './db/storage-errors'
import { database, requestPersistentStorage } from './db/workspace'
import i18n from './i18n'
import { useUi } from './state/ui-store'
import './styles.css'

const root = createRoot(document.getElementById('root')!)

database
  .open()
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
  .catch((error: unknown) => {
    // Without the database nothing can be shown or saved: say so plainly, change nothing.
    root.render(
      <div className="fatal" role="alert">
        <h1>{i18n.t('app.name')}</h1>
        <p>{describeStorageError(error).message}</p>
      </div>,
    )
  })
