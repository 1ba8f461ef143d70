import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { EditorSession } from './editor-session'

/** "Saved" / "Saving…" / the storage error in words, with a retry. */
export function SaveIndicator({ session }: { session: EditorSession }) {
  const { t } = useTranslation()
  const state = useSyncExternalStore(session.subscribe, session.getSaveState)
  if (state.kind === 'error') {
    return (
      <div className="save-state save-state--error" role="alert">
        <span>{state.message}</span>
        <button type="button" onClick={() => void session.retry()}>
          {t('editor.retrySave')}
        </button>
      </div>
    )
  }
  return (
    <div
      className={`save-state save-state--${state.kind}`}
      role="status"
      data-save-state={state.kind}
    >
      {t(`editor.saveState.${state.kind}`)}
    </div>
  )
}
