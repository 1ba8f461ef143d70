/**
 * The commodity code (box 33): typed directly (6 digits, or a national 8/10), or found with the
 * HS finder — the magnifier button beside it, or F4 in the input. One finder serves the whole
 * editor (HsFinderHost), so a table row scrolling away cannot take it along.
 */
import { useMayChange } from '../movement/edit-mode'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { toPointer, type JsonPath } from '../../../shared/json'
import { lazyPart } from '../../components/lazy-part'
import { useUi } from '../../state/ui-store'
// The finder's styles come with the window's, in their place in the cascade; only its code waits.
import '../codes/hs-finder.css'
import { TextField } from './fields'
import { fieldId, useSession } from './session-context'

export const HsCodeField = memo(function HsCodeField({
  path,
  compact,
}: {
  path: JsonPath
  compact?: boolean
}) {
  const { t } = useTranslation()
  const editable = useMayChange(path)
  const open = () => editable && useUi.getState().setHsFinderFor(path)
  return (
    <div
      className="field-with-action"
      onKeyDown={(e) => {
        if (e.key === 'F4' && (e.target as HTMLElement).id === fieldId(path)) {
          e.preventDefault()
          open()
        }
      }}
    >
      <TextField path={path} element="item.hsCode" compact={compact} />
      <button
        type="button"
        className={compact ? 'icon-button hs-finder-button' : 'hs-finder-button'}
        disabled={!editable}
        aria-label={t('hsFinder.open')}
        title={`${t('hsFinder.open')} (F4)`}
        onClick={open}
      >
        <MagnifierIcon />
        {!compact && t('hsFinder.open')}
      </button>
    </div>
  )
})

/**
 * A magnifying glass, drawn rather than typed: the bundled fonts have no such glyph, and an
 * emoji would look different on every computer. It tells the finder apart from the row's ⋯.
 */
function MagnifierIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M10 10l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  )
}

// With the nomenclature's descriptions (0.9 MB): loaded the first time the finder opens.
const HsFinder = lazyPart(() => import('../codes/HsFinder').then((m) => m.HsFinder))

/** The editor's HS finder, open while the UI state names a commodity code field. */
export function HsFinderHost() {
  const session = useSession()
  const path = useUi((s) => s.hsFinderFor)
  if (!path) return null
  const value = session.valueAt(path)
  const close = () => {
    useUi.getState().setHsFinderFor(null)
    useUi.getState().requestFocus(toPointer(path))
  }
  return (
    <HsFinder
      key={toPointer(path)}
      initialQuery={typeof value === 'string' ? value : ''}
      onCancel={close}
      onPick={(code) => {
        session.set(path, code)
        close()
      }}
    />
  )
}
