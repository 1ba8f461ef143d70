import { useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useUi } from '../../state/ui-store'
import type { OpenedEditor } from './open-editor'
import { problemText } from '../../i18n'

/**
 * "Saved" / "Saving…" / the storage error in words, with a retry; and when another window
 * saved this declaration meanwhile, the two ways on: show theirs, or keep mine as a copy.
 */
export function SaveIndicator({ editor }: { editor: OpenedEditor }) {
  const { t } = useTranslation()
  const { session } = editor
  const state = useSyncExternalStore(session.subscribe, session.getSaveState)
  const [busy, setBusy] = useState(false)
  if (state.kind === 'conflict') {
    const keepMine = () => {
      setBusy(true)
      editor
        .keepMineAsCopy()
        .catch((error: Error) =>
          useUi
            .getState()
            .notify('error', t('editor.conflict.failed', { reason: problemText(error) })),
        )
        .finally(() => setBusy(false))
    }
    return (
      <div className="save-state save-state--error" role="alert" data-save-state="conflict">
        <span>{t('editor.conflict.message')}</span>
        <button type="button" disabled={busy} onClick={() => void editor.showStored()}>
          {t('editor.conflict.showTheirs')}
        </button>
        <button type="button" disabled={busy} onClick={keepMine}>
          {t('editor.conflict.keepMine')}
        </button>
      </div>
    )
  }
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
