/**
 * The papers beside the editor: the brief on top, then a tab per source paper (invoice, packing
 * list, CMR …), its Markdown tables rendered; once the attempt is submitted, its result.
 */
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../shared/training/case'
import { pickText } from '../../../shared/training/text'
import type { AttemptRow } from '../../db/training'
import { useLanguage } from '../../i18n'
import { Markdown } from './Markdown'
import { ResultView } from './ResultView'

type Pane = 'brief' | 'result' | number

export function SourcesPane({ kase, attempt }: { kase: Case; attempt: AttemptRow }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const submitted = attempt.submittedAt !== undefined
  const [pane, setPane] = useState<Pane>(submitted ? 'result' : 'brief')
  // Submitting shows the result (state adjusted while rendering, as React advises).
  const [wasSubmitted, setWasSubmitted] = useState(submitted)
  if (submitted !== wasSubmitted) {
    setWasSubmitted(submitted)
    if (submitted) setPane('result')
  }

  // A paper's tab says what kind of paper it is (numbered when there are two of a kind); its
  // title heads the paper and shows on the tab's tooltip.
  const panes: { id: Pane; label: string; title?: string }[] = [
    { id: 'brief', label: t('trainee.case.brief') },
    ...kase.sources.map((source, i) => {
      const kind = t(`trainee.sourceKind.${source.kind}`)
      const same = kase.sources.filter((s) => s.kind === source.kind)
      const label = same.length > 1 ? `${kind} ${same.indexOf(source) + 1}` : kind
      return { id: i, label, title: pickText(source.title, language) }
    }),
    ...(submitted ? [{ id: 'result' as const, label: t('trainee.result.title') }] : []),
  ]
  const onKey = (event: KeyboardEvent) => {
    const forward = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft'
    const step = event.key === forward ? 1 : event.key === backward ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const index = panes.findIndex((p) => p.id === pane)
    const next = panes[(index + step + panes.length) % panes.length]!
    setPane(next.id)
    document.getElementById(`source-tab-${next.id}`)?.focus()
  }

  return (
    <section className="attempt-sources" aria-label={t('trainee.attempt.papers')}>
      <div
        className="tabs"
        role="tablist"
        aria-label={t('trainee.attempt.papers')}
        onKeyDown={onKey}
      >
        {panes.map((p) => (
          <button
            key={p.id}
            id={`source-tab-${p.id}`}
            type="button"
            role="tab"
            aria-selected={p.id === pane}
            aria-controls="source-panel"
            tabIndex={p.id === pane ? 0 : -1}
            title={p.title}
            onClick={() => setPane(p.id)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div
        className="source-panel"
        id="source-panel"
        role="tabpanel"
        aria-labelledby={`source-tab-${pane}`}
        tabIndex={0}
      >
        {pane === 'result' ? (
          <ResultView kase={kase} attempt={attempt} />
        ) : pane === 'brief' ? (
          <>
            <h3>{pickText(kase.title, language)}</h3>
            <Markdown text={pickText(kase.brief, language)} />
          </>
        ) : (
          <SourceView kase={kase} index={pane} />
        )}
      </div>
    </section>
  )
}

function SourceView({ kase, index }: { kase: Case; index: number }) {
  const language = useLanguage()
  const source = kase.sources[index]
  if (!source) return null
  return (
    <>
      <h3 className="source-title">{pickText(source.title, language)}</h3>
      <Markdown text={pickText(source.content, language)} />
    </>
  )
}
