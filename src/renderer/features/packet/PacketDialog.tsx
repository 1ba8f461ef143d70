/**
 * "Print packet": choose the papers, see whether the declaration is only good for a draft,
 * make the PDF in a worker (cancellable), then save it (desktop: a save dialog; browser: a
 * download).
 */
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localDate } from '../../../shared/dates'
import type { JsonObject } from '../../../shared/json'
import { PACKET_DOCUMENTS, type PacketDocumentId } from '../../../shared/packet/content'
import { defaultDocuments } from '../../../shared/packet/documents'
import { validateDeclaration } from '../../../shared/validation/validate'
import { Modal } from '../../components/Modal'
import { declarations } from '../../db/workspace'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { flushActiveSession } from '../editor/active-session'
import { PacketCancelled, startPacket, type PacketJob } from './packet-client'

export function PacketDialog() {
  const id = useUi((s) => s.packetFor)
  return id ? <PacketChooser key={id} id={id} /> : null
}

function PacketChooser({ id }: { id: string }) {
  const { t } = useTranslation()
  const close = () => useUi.getState().setPacketFor(null)
  const [declaration, setDeclaration] = useState<JsonObject | null>(null)
  const [chosen, setChosen] = useState<PacketDocumentId[]>([])
  const [errors, setErrors] = useState(0)
  const [job, setJob] = useState<PacketJob | null>(null)
  const [problem, setProblem] = useState('')
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    void flushActiveSession()
      .then(() => declarations.getDocument(id))
      .then((document) => {
        if (!document || !mounted.current) return
        setDeclaration(document)
        setChosen(defaultDocuments(document))
        setErrors(validateDeclaration(document, { today: localDate(new Date()) }).errors.length)
      })
    return () => {
      mounted.current = false
    }
  }, [id])

  const make = async () => {
    if (!declaration || chosen.length === 0) return
    setProgress(null)
    const started = startPacket(
      { declaration, documents: chosen, generatedAt: new Date().toISOString(), draft: errors > 0 },
      (done, total) => mounted.current && setProgress({ done, total }),
    )
    setJob(started)
    setProblem('')
    try {
      const pdf = await started.result
      const lrn = String(declaration.lrn || 'declaration').replace(/[^A-Za-z0-9._-]/g, '_')
      const name = `${lrn}-packet.pdf`
      if (await platform.savePacketPdf(name, pdf)) {
        useUi.getState().notify('success', t('packet.saved', { name }))
        close()
      }
    } catch (error) {
      if (!(error instanceof PacketCancelled) && mounted.current) {
        setProblem(t('packet.failed', { reason: (error as Error).message }))
      }
    } finally {
      if (mounted.current) setJob(null)
    }
  }

  const toggle = (document: PacketDocumentId, on: boolean) =>
    setChosen((list) => PACKET_DOCUMENTS.filter((d) => (d === document ? on : list.includes(d))))

  return (
    <Modal title={t('packet.title')} onCancel={() => (job ? job.cancel() : close())}>
      <p>{t('packet.intro')}</p>
      <fieldset className="packet-documents" disabled={!declaration || !!job}>
        {PACKET_DOCUMENTS.map((document) => (
          <label key={document}>
            <input
              type="checkbox"
              checked={chosen.includes(document)}
              onChange={(e) => toggle(document, e.currentTarget.checked)}
            />
            {t(`packet.document.${document}`)}
          </label>
        ))}
      </fieldset>
      {errors > 0 && (
        <p className="packet-draft" role="note">
          {t('packet.draftNotice', { count: errors })}
        </p>
      )}
      {chosen.length === 0 && <p className="packet-problem">{t('packet.nothingChosen')}</p>}
      {problem && (
        <p className="packet-problem" role="alert">
          {problem}
        </p>
      )}
      {job && (
        <div role="status" className="packet-progress">
          <span>
            {!progress
              ? t('packet.making')
              : progress.done < progress.total
                ? t('packet.progress', progress)
                : t('packet.writing', progress)}
          </span>
          <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />
        </div>
      )}
      <div className="dialog-actions">
        {job ? (
          <button type="button" onClick={() => job.cancel()}>
            {t('packet.cancel')}
          </button>
        ) : (
          <>
            <button type="button" onClick={close}>
              {t('packet.close')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={!declaration || chosen.length === 0}
              onClick={() => void make()}
            >
              {t(errors > 0 ? 'packet.makeDraft' : 'packet.make')}
            </button>
          </>
        )}
      </div>
    </Modal>
  )
}
