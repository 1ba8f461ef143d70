/**
 * A made packet: its size, and what the edition can do with it (save, print, open …). Every
 * action leaves the dialog open, saying what it did: a packet just downloaded or saved is
 * often the one to print next. Only Close (or Escape) lets the packet go.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MadePacket, PacketAction } from '../../platform/packet'
import { problemText } from '../../i18n'

export function PacketReady({
  packet,
  fileName,
  onClose,
  onBusy,
}: {
  packet: MadePacket
  fileName: string
  onClose(): void
  /** an action is running: the rest of the dialog must not discard the packet meanwhile */
  onBusy(busy: boolean): void
}) {
  const { t } = useTranslation()
  const [busy, setBusyState] = useState(false)
  const setBusy = (value: boolean) => {
    setBusyState(value)
    onBusy(value)
  }
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null)
  const size = `${Math.max(1, Math.round(packet.byteLength / 1024))} KB`

  // Called straight from the click: the browser opens a tab only within it.
  const run = (action: PacketAction) => {
    setBusy(true)
    setStatus(null)
    packet
      .run(action, fileName)
      .then((done) => {
        if (done)
          setStatus({ text: t(`packet.done.${action}`, { name: fileName }), problem: false })
      })
      .catch((error: unknown) => setStatus({ text: problemText(error), problem: true }))
      .finally(() => setBusy(false))
  }

  return (
    <>
      <p role="status" className="packet-ready">
        {t('packet.ready', { size })}
      </p>
      {status && (
        <p
          className={status.problem ? 'packet-problem' : 'packet-done'}
          role={status.problem ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          {t('packet.close')}
        </button>
        {packet.actions.map((action, index) => (
          <button
            key={action}
            type="button"
            className={index === 0 ? 'primary' : undefined}
            disabled={busy}
            onClick={() => run(action)}
          >
            {t(`packet.action.${action}`)}
          </button>
        ))}
      </div>
    </>
  )
}
