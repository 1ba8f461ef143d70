/**
 * The declaration editor: sections in the order traders think (TIR-EPD: general and guarantee →
 * itinerary and offices → parties → transport and seals → consignments and items → documents
 * and invoice), autosaved, with undo and redo.
 */
import {
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import { useUi, type EditorSectionId, EDITOR_SECTIONS } from '../../state/ui-store'
import { DeclarationActions } from '../workspace/DeclarationActions'
import { getActiveEditor, setActiveEditor } from './active-session'
import type { EditorSession } from './editor-session'
import { openEditor, type OpenedEditor } from './open-editor'
import { FindingsStore } from '../validation/findings-store'
import { IssuesPanel } from '../validation/IssuesPanel'
import { useFocusRequests } from '../validation/useFocusRequests'
import { useLiveValidation } from '../validation/useLiveValidation'
import { useSectionCounts, type SectionCount } from '../validation/section-counts'
import { SaveIndicator } from './SaveIndicator'
import { LibraryPickerHost } from '../library/LibraryPickers'
import { HsFinderHost } from './HsCodeField'
import { DocumentsSection } from './sections/DocumentsSection'
import { GeneralSection } from './sections/GeneralSection'
import { GoodsSection } from './sections/GoodsSection'
import { ItinerarySection } from './sections/ItinerarySection'
import { PartiesSection } from './sections/PartiesSection'
import { TransportSection } from './sections/TransportSection'
import { FindingsContext, SessionContext, useValue } from './session-context'
import { problemText } from '../../i18n'
import { lazyPart } from '../../components/lazy-part'
import { EditModeContext } from '../movement/edit-mode'
import { LockBanner } from '../movement/LockBanner'
import { StatusBadge, TimeLimitFlag } from '../movement/StatusBadge'
import { useMovement } from '../movement/use-movement'
import './editor-aids.css'

// The Movement tab, with the full validator and the NCTS message writer it lodges with: loaded
// the first time the tab opens (components/lazy-part.tsx).
const MovementPanel = lazyPart(() =>
  import('../movement/MovementPanel').then((m) => m.MovementPanel),
)

const SECTION_VIEWS: Record<Exclude<EditorSectionId, 'movement'>, () => React.JSX.Element> = {
  general: GeneralSection,
  itinerary: ItinerarySection,
  parties: PartiesSection,
  transport: TransportSection,
  goods: GoodsSection,
  documents: DocumentsSection,
}

/** A stored document that cannot be read (damaged bytes): said, never a blank editor. */
interface Unreadable {
  unreadable: string
}

export function EditorPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const [editor, setEditor] = useState<OpenedEditor | 'missing' | Unreadable | null>(null)

  useEffect(() => {
    let cancelled = false
    let opened: OpenedEditor | null = null
    void openEditor(id).then(
      (result) => {
        if (cancelled) {
          if (result !== 'missing') result.close()
          return
        }
        if (result !== 'missing') {
          opened = result
          setActiveEditor(result)
        }
        setEditor(result)
      },
      (error: unknown) => {
        if (!cancelled) setEditor({ unreadable: problemText(error) })
      },
    )
    return () => {
      cancelled = true
      if (!opened) return
      if (getActiveEditor() === opened) setActiveEditor(null)
      opened.close()
    }
  }, [id])

  if (editor === null) return <div className="editor editor--loading">{t('editor.loading')}</div>
  if (editor === 'missing')
    return <div className="editor editor--missing">{t('editor.missing')}</div>
  if ('unreadable' in editor)
    return (
      <div className="editor editor--missing" role="alert">
        {t('editor.unreadable', { reason: editor.unreadable })}
      </div>
    )
  return (
    <SessionContext.Provider value={editor.session}>
      <Editor id={id} editor={editor} />
    </SessionContext.Provider>
  )
}

/**
 * A training attempt in the editor (features/training): its own actions in the header instead
 * of the declaration's; an exam's findings stay in a store that shows nothing until it is
 * submitted, and its issues panel is not shown until then.
 */
export interface AttemptFrame {
  actions: ReactNode
  findings: FindingsStore
  showIssues: boolean
}

export function Editor({
  id,
  editor,
  attempt,
}: {
  id: string
  editor: OpenedEditor
  attempt?: AttemptFrame
}) {
  const { t } = useTranslation()
  const { session } = editor
  const ownFindings = useMemo(() => new FindingsStore(), [])
  const findings = attempt?.findings ?? ownFindings
  useLiveValidation(id, session, findings, attempt !== undefined)
  useFocusRequests()
  const section = useUi((s) => s.section)
  const setSection = useUi((s) => s.setSection)
  const lrn = useValue(['lrn'])
  const limitDate = useValue(['limitDate'])
  const movement = useMovement(id, session)
  const counts = useSectionCounts(findings)

  // Alt+1 … Alt+6 open the sections from anywhere in the window while a declaration is open.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      // event.code, not key: on macOS Option+1 types "¡".
      const n = Number(/^Digit([1-9])$/.exec(event.code)?.[1])
      if (
        !event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        !(n >= 1 && n <= EDITOR_SECTIONS.length)
      )
        return
      event.preventDefault()
      setSection(EDITOR_SECTIONS[n - 1]!)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [setSection])
  const onTabKey = (event: KeyboardEvent) => {
    const index = EDITOR_SECTIONS.indexOf(section)
    // The tabs run from the reading start: in a right-to-left page → goes back.
    const forward = document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft'
    const step = event.key === forward ? 1 : event.key === backward ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = EDITOR_SECTIONS[(index + step + EDITOR_SECTIONS.length) % EDITOR_SECTIONS.length]!
    setSection(next)
    document.getElementById(`tab-${next}`)?.focus()
  }

  return (
    <FindingsContext.Provider value={findings}>
      <EditModeContext.Provider value={movement.mode}>
        <section className="editor" aria-label={t('editor.title', { lrn: String(lrn ?? '') })}>
          <div className="editor-top">
            <header className="editor-header">
              <h2>{typeof lrn === 'string' && lrn ? lrn : t('editor.noLrn')}</h2>
              <StatusBadge status={movement.state.status} />
              <TimeLimitFlag status={movement.state.status} limitDate={String(limitDate ?? '')} />
              <SaveIndicator editor={editor} />
              <div className="toolbar">
                <UndoRedo session={session} />
                {attempt ? attempt.actions : <DeclarationActions id={id} />}
              </div>
            </header>
            <LockBanner mode={movement.mode} onShowMovement={() => setSection('movement')} />
            {(attempt?.showIssues ?? true) && <IssuesPanel store={findings} />}
            <div
              className="tabs"
              role="tablist"
              aria-label={t('editor.sections')}
              onKeyDown={onTabKey}
            >
              {EDITOR_SECTIONS.map((s, i) => (
                <button
                  key={s}
                  id={`tab-${s}`}
                  type="button"
                  role="tab"
                  aria-selected={s === section}
                  aria-controls="editor-panel"
                  tabIndex={s === section ? 0 : -1}
                  title={`Alt+${i + 1}`}
                  onClick={() => setSection(s)}
                >
                  <span className="tab-label">{t(`editor.section.${s}`)}</span>
                  <TabCount count={counts[s]} />
                </button>
              ))}
            </div>
          </div>
          <div
            className="editor-panel"
            id="editor-panel"
            role="tabpanel"
            aria-labelledby={`tab-${section}`}
          >
            {section === 'movement' ? (
              <MovementPanel
                id={id}
                session={session}
                movement={movement}
                simulatedCustoms={attempt !== undefined}
              />
            ) : (
              <SectionView section={section} />
            )}
          </div>
          <HsFinderHost />
          <LibraryPickerHost />
        </section>
      </EditModeContext.Provider>
    </FindingsContext.Provider>
  )
}

/** A tab's findings: its error count, or a warning mark when it has warnings only. */
function TabCount({ count }: { count: SectionCount }) {
  const { t } = useTranslation()
  if (count.errors > 0)
    return (
      <span
        className="tab-count tab-count--error"
        title={t('editor.tabErrors', { count: count.errors })}
      >
        <span aria-hidden="true">{count.errors}</span>
        <span className="visually-hidden">{t('editor.tabErrors', { count: count.errors })}</span>
      </span>
    )
  if (count.warnings > 0)
    return (
      <span
        className="tab-count tab-count--warning"
        title={t('editor.tabWarnings', { count: count.warnings })}
      >
        <span aria-hidden="true">!</span>
        <span className="visually-hidden">
          {t('editor.tabWarnings', { count: count.warnings })}
        </span>
      </span>
    )
  return null
}

function SectionView({ section }: { section: Exclude<EditorSectionId, 'movement'> }) {
  const View = SECTION_VIEWS[section]
  return <View />
}

/** Undo and redo; re-renders only when either becomes possible or impossible. */
function UndoRedo({ session }: { session: EditorSession }) {
  const { t } = useTranslation()
  const state = useSyncExternalStore(
    session.subscribe,
    () => `${session.canUndo}|${session.canRedo}`,
  )
  const [canUndo, canRedo] = state.split('|').map((flag) => flag === 'true')
  return (
    <>
      <button type="button" onClick={() => session.undo()} disabled={!canUndo} title="Ctrl+Z">
        {t('editor.undo')}
      </button>
      <button type="button" onClick={() => session.redo()} disabled={!canRedo} title="Ctrl+Y">
        {t('editor.redo')}
      </button>
    </>
  )
}
