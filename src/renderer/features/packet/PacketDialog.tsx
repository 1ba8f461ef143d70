/**
 * "Print packet": choose the papers, see whether the declaration is only good for a draft, make
 * the PDF off the window's thread (with progress; cancellable), then save, print or open it —
 * what the edition offers (platform/packet.ts), as many times as needed until Close.
 */
import { useEffect, useRef, useState } from 'react'
import { LANGUAGE_INFO } from '../../../shared/i18n/languages'
import { useTranslation } from 'react-i18next'
import i18n, { useLanguage, problemText } from '../../i18n'
import { localDate } from '../../../shared/dates'
import type { JsonObject } from '../../../shared/json'
import type { PacketDocumentId } from '../../../shared/packet/content'
import { applicablePapers, defaultPapers, type PaperFacts } from '../../../shared/packet/papers'
import { declarationView } from '../../../shared/model/view'
import { validateDeclaration } from '../../../shared/validation/validate'
import { Modal } from '../../components/Modal'
import { declarations } from '../../db/workspace'
import { platform } from '../../platform'
import { PacketCancelled, type MadePacket, type PacketJob } from '../../platform/packet'
import { useUi } from '../../state/ui-store'
import { flushActiveSession } from '../editor/active-session'
import { PacketReady } from './PacketReady'
import { ProblemAlert } from '../../components/ProblemAlert'

export function PacketDialog() {
  const id = useUi((s) => s.packetFor)
  return id ? <PacketChooser key={id} id={id} /> : null
}

/** Where the dialog is: choosing papers, making the PDF, or holding a made one. */
type Stage =
  | { kind: 'choosing' }
  | { kind: 'making'; job: PacketJob; progress: { done: number; total: number } | null }
  | { kind: 'ready'; packet: MadePacket }

function PacketChooser({ id }: { id: string }) {
  const { t } = useTranslation()
  const [declaration, setDeclaration] = useState<JsonObject | null>(null)
  const [chosen, setChosen] = useState<PacketDocumentId[]>([])
  // Only the papers of the procedure and mode: an officer would refuse the others.
  const [offered, setOffered] = useState<PacketDocumentId[]>([])
  const [errors, setErrors] = useState(0)
  const [stage, setStage] = useState<Stage>({ kind: 'choosing' })
  const [problem, setProblem] = useState('')
  const [acting, setActing] = useState(false)
  const language = useLanguage()
  // The cover sheet and the invoice in the window's language, when the user asks (English by default).
  const [inMyLanguage, setInMyLanguage] = useState(false)
  const mounted = useRef(true)
  const made = useRef<MadePacket | null>(null)
  const running = useRef<PacketJob | null>(null)

  const forgetMade = () => {
    made.current?.discard()
    made.current = null
  }
  const close = () => {
    forgetMade()
    useUi.getState().setPacketFor(null)
  }

  useEffect(() => {
    mounted.current = true
    platform.preparePacket()
    void flushActiveSession()
      .then(() => declarations.getDocument(id))
      .then((document) => {
        if (!document || !mounted.current) return
        setDeclaration(document)
        const view = declarationView(document)
        const facts: PaperFacts = {
          procedure: view.procedure,
          borderMode: view.transport.borderMode,
        }
        setOffered(applicablePapers(facts))
        setChosen(defaultPapers(facts))
        setErrors(validateDeclaration(document, { today: localDate(new Date()) }).errors.length)
      })
      .catch((error: unknown) => {
        if (!mounted.current) return
        useUi
          .getState()
          .notify('error', i18n.t('editor.unreadable', { reason: problemText(error) }))
        useUi.getState().setPacketFor(null)
      })
    return () => {
      mounted.current = false
      // Closed while making: stop the work, do not let it finish for nobody.
      running.current?.cancel()
      forgetMade()
    }
  }, [id])

  const make = async () => {
    if (!declaration || chosen.length === 0) return
    const request = {
      declaration,
      documents: chosen,
      generatedAt: new Date().toISOString(),
      draft: errors > 0,
      ...(inMyLanguage && language !== 'en' ? { paperLanguage: language } : {}),
    }
    const job = platform.makePacket(request, (done, total) => {
      if (mounted.current)
        setStage((s) => (s.kind === 'making' ? { ...s, progress: { done, total } } : s))
    })
    running.current = job
    setStage({ kind: 'making', job, progress: null })
    setProblem('')
    try {
      const packet = await job.result.finally(() => (running.current = null))
      if (!mounted.current) return packet.discard()
      made.current = packet
      setStage({ kind: 'ready', packet })
    } catch (error) {
      if (!mounted.current) return
      if (!(error instanceof PacketCancelled))
        setProblem(t('packet.failed', { reason: problemText(error) }))
      setStage({ kind: 'choosing' })
    }
  }

  // Another choice of papers makes another packet.
  const toggle = (document: PacketDocumentId, on: boolean) => {
    forgetMade()
    setStage({ kind: 'choosing' })
    setChosen((list) => offered.filter((d) => (d === document ? on : list.includes(d))))
  }

  const lrn = String(declaration?.lrn || 'declaration').replace(/[^A-Za-z0-9._-]/g, '_')
  const making = stage.kind === 'making' ? stage : null
  // Escape cancels the making, or closes — not while the packet is being saved or opened.
  const escape = () => {
    if (making) making.job.cancel()
    else if (!acting) close()
  }

  return (
    <Modal title={t('packet.title')} onCancel={escape}>
      <p>{t('packet.intro')}</p>
      <fieldset className="packet-documents" disabled={!declaration || !!making || acting}>
        {offered.map((document) => (
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
      {language !== 'en' && (chosen.includes('cover') || chosen.includes('invoice')) && (
        <label className="packet-language">
          <input
            type="checkbox"
            checked={inMyLanguage}
            disabled={!!making || acting}
            onChange={(e) => {
              forgetMade()
              setStage({ kind: 'choosing' })
              setInMyLanguage(e.currentTarget.checked)
            }}
          />
          {t('packet.paperLanguage', { language: LANGUAGE_INFO[language].nativeName })}
        </label>
      )}
      {declaration && !offered.includes('cmr') && !offered.includes('smgs') && (
        <p role="note">{t('packet.noTransportPaper')}</p>
      )}
      {errors > 0 && (
        <p className="packet-draft" role="note">
          {t('packet.draftNotice', { count: errors })}
        </p>
      )}
      {chosen.length === 0 && <p className="packet-problem">{t('packet.nothingChosen')}</p>}
      <ProblemAlert problem={problem} />
      {making && (
        <div role="status" className="packet-progress">
          <span>
            {!making.progress
              ? t('packet.making')
              : making.progress.done < making.progress.total
                ? t('packet.progress', making.progress)
                : t('packet.writing', making.progress)}
          </span>
          <progress max={making.progress?.total ?? 1} value={making.progress?.done ?? 0} />
        </div>
      )}
      {stage.kind === 'ready' ? (
        <PacketReady
          packet={stage.packet}
          fileName={`${lrn}-packet.pdf`}
          onClose={close}
          onBusy={setActing}
        />
      ) : (
        <div className="dialog-actions">
          {making ? (
            <button type="button" onClick={() => making.job.cancel()}>
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
      )}
    </Modal>
  )
}
