/** A made packet: its size, and what the edition can do with it (save, print, open …). */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MadePacket, PacketAction } from '../../platform/packet'
import { useUi } from '../../state/ui-store'
import { problemText } from '../../i18n'

/** Actions after which the dialog has done its job and closes. */
const FINISHING: readonly PacketAction[] = ['saveAs', 'download']

export function PacketReady({
  packet,
  fileName,
  onDone,
  onBusy,
}: {
  packet: MadePacket
  fileName: string
  onDone(): void
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
        if (!done) return
        if (FINISHING.includes(action)) {
          useUi.getState().notify('success', t(`packet.done.${action}`, { name: fileName }))
          onDone()
        } else {
          setStatus({ text: t(`packet.done.${action}`, { name: fileName }), problem: false })
        }
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
        <button type="button" onClick={onDone} disabled={busy}>
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
