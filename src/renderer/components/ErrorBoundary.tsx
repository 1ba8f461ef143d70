/**
 * Whatever a stored row holds, the window never becomes a blank page: an error while rendering
 * is shown in one sentence, and the ways out stay within reach — the automatic backups, a
 * restore from a backup file, and Reload. The error screen is rendered in place of the whole
 * app (main.tsx), and the dialogs it opens are rendered here, not by the part that failed.
 */
import { Component, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { BackupDialogs } from '../features/backup/BackupDialogs'
import { useUi } from '../state/ui-store'
import { Notices } from './Notices'
import './error-screen.css'

interface Props {
  children: ReactNode
  /** What to show instead of the children once they have failed (default: the error screen). */
  fallback?: (error: Error) => ReactNode
}

interface State {
  error: Error | null
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return this.props.fallback ? this.props.fallback(error) : <ErrorScreen error={error} />
  }
}

/** The error in one sentence: its first line, without a closing full stop, not too long. */
export function errorSentence(error: Error): string {
  const line = (error.message || error.name || '')
    .split('\n')[0]!
    .trim()
    .replace(/[.。]+$/, '')
  return line.length > 300 ? `${line.slice(0, 299)}…` : line
}

function ErrorScreen({ error }: { error: Error }) {
  const { t } = useTranslation()
  // A dialog that fails in turn shows nothing, and opening one again tries it afresh.
  const [attempt, setAttempt] = useState(0)
  const open = (which: 'auto' | 'file') => {
    setAttempt((n) => n + 1)
    if (which === 'auto') useUi.getState().setAutoBackupsOpen(true)
    else useUi.getState().setRestoreOpen(true)
  }
  return (
    <main className="fatal error-screen">
      <h1>{t('app.name')}</h1>
      <p role="alert" className="error-screen-message">
        {t('app.crashed', { reason: errorSentence(error) })}
      </p>
      <p>{t('app.crashedHelp')}</p>
      <div className="error-screen-actions">
        <button type="button" className="primary" onClick={() => open('auto')}>
          {t('backup.autoMenu')}
        </button>
        <button type="button" onClick={() => open('file')}>
          {t('app.crashedRestoreFile')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
      <ErrorBoundary key={attempt} fallback={() => null}>
        <BackupDialogs />
        <Notices />
      </ErrorBoundary>
    </main>
  )
}
