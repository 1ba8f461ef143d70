/**
 * The "Hint" beside a field of a practice attempt (fields.tsx puts it in every field's frame;
 * outside trainee mode it renders nothing). It shows the case's explanation of the box and
 * records the hint on the attempt: the box then counts as missed, and the button's tooltip says
 * so before the trainee asks.
 */
import { createContext, useContext, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { JsonPath } from '../../../shared/json'
import type { Pointer } from '../../../shared/training/case'
import { problemText } from '../../i18n'
import { useUi } from '../../state/ui-store'

export interface TrainingHints {
  /** hints may be asked for now (a practice attempt not yet submitted) */
  enabled: boolean
  /** the pointers whose explanation was shown */
  hinted: readonly Pointer[]
  /** the explanation a field at `path` offers, if any */
  targetOf(path: JsonPath): { pointer: Pointer; text: string } | null
  /** the weight a hint at `pointer` costs */
  costOf(pointer: Pointer): number
  ask(pointer: Pointer): Promise<void>
}

/** The attempt's hints; null outside trainee mode. */
export const TrainingContext = createContext<TrainingHints | null>(null)

export function HintButton({ path, compact }: { path: JsonPath; compact?: boolean }) {
  const hints = useContext(TrainingContext)
  if (!hints?.enabled) return null
  return <Hint path={path} hints={hints} compact={compact} />
}

function Hint({
  path,
  hints,
  compact,
}: {
  path: JsonPath
  hints: TrainingHints
  compact?: boolean
}) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  // The explanation is open where it was asked for; elsewhere (a box under the same element)
  // "Hint shown" opens it.
  const [open, setOpen] = useState(false)
  const target = hints.targetOf(path)
  if (target === null) return null
  const shown = hints.hinted.includes(target.pointer)
  const ask = () => {
    setBusy(true)
    hints
      .ask(target.pointer)
      .then(() => setOpen(true))
      .catch((error: unknown) => useUi.getState().notify('error', problemText(error)))
      .finally(() => setBusy(false))
  }
  const cost = t('trainee.hint.cost', { count: hints.costOf(target.pointer) })
  const classes = compact ? 'hint-button hint-button--compact' : 'hint-button'
  if (!shown) {
    return (
      <button
        type="button"
        className={classes}
        title={cost}
        aria-label={`${t('trainee.hint.ask')} — ${cost}`}
        data-hint={target.pointer}
        disabled={busy}
        onClick={ask}
      >
        {compact ? '?' : t('trainee.hint.ask')}
      </button>
    )
  }
  return (
    <>
      <button
        type="button"
        className={`${classes} hint-button--shown`}
        aria-expanded={open}
        aria-label={t('trainee.hint.shown')}
        title={target.text}
        data-hint={target.pointer}
        onClick={() => setOpen(!open)}
      >
        {compact ? '✓' : t('trainee.hint.shown')}
      </button>
      {open && (
        <p className="hint-text" role="note" data-hint-text={target.pointer}>
          {target.text}
        </p>
      )}
    </>
  )
}
