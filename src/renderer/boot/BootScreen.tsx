/**
 * What the window shows while the database is upgraded after an update of the app (seconds for
 * a large workspace, once): what is happening, how far it got, and that nothing is lost. The
 * bar waits without a value where the upgrade does not count (another window runs it, or an
 * upgrade of a very old version).
 */
import { useEffect, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { upgradeProgress } from '../db/upgrade-progress'
import { displayLocale } from '../i18n'
import { mark } from '../perf'
import './boot.css'

export function BootScreen() {
  const { t } = useTranslation()
  const progress = useSyncExternalStore(upgradeProgress.subscribe, upgradeProgress.current)
  useEffect(() => mark('boot-screen'), [])
  const number = (n: number) => n.toLocaleString(displayLocale())
  return (
    <main className="boot-screen" aria-busy="true">
      <h1>{t('app.name')}</h1>
      <p className="boot-title">{t('boot.upgrading')}</p>
      {progress ? (
        <progress
          aria-labelledby="boot-progress"
          value={progress.done}
          max={Math.max(progress.total, 1)}
        />
      ) : (
        <progress aria-labelledby="boot-progress" />
      )}
      <p id="boot-progress" role="status">
        {progress &&
          t('boot.progress', { done: number(progress.done), total: number(progress.total) })}
      </p>
      <p className="hint">{t('boot.once')}</p>
    </main>
  )
}
