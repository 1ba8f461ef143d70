import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useUi, type Notice } from '../state/ui-store'

/** Short messages in the corner. Errors stay until dismissed; the rest fade after 6 s. */
export function Notices() {
  const notices = useUi((s) => s.notices)
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <NoticeView key={n.id} notice={n} />
      ))}
    </div>
  )
}

function NoticeView({ notice }: { notice: Notice }) {
  const { t } = useTranslation()
  const dismiss = useUi((s) => s.dismiss)
  useEffect(() => {
    if (notice.tone === 'error') return
    const timer = setTimeout(() => dismiss(notice.id), 6000)
    return () => clearTimeout(timer)
  }, [notice, dismiss])
  return (
    <div
      className={`notice notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      <button type="button" aria-label={t('notice.dismiss')} onClick={() => dismiss(notice.id)}>
        ✕
      </button>
    </div>
  )
}
