/**
 * The keyboard of a search box over a list of options (the HS finder, the pickers of saved
 * entries): ↓/↑ move the active option, Enter picks it. The box's keys stay its own — the
 * editor around it (the items table moves between rows on the arrows) never sees them — except
 * Escape, which closes the dialog.
 */
import { useCallback, useId, useState, type KeyboardEvent } from 'react'

export function useListSearch<T>(options: readonly T[], onPick: (option: T) => void) {
  const listId = useId()
  const [active, setActive] = useState(0)
  const optionId = (i: number) => `${listId}-${i}`
  const resetActive = useCallback(() => setActive(0), [])
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Escape') e.stopPropagation()
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((i) => Math.min(Math.max(0, i + step), Math.max(0, options.length - 1)))
    } else if (e.key === 'Enter' && options[active] !== undefined) {
      e.preventDefault()
      onPick(options[active])
    }
  }
  return {
    active,
    /** back to the first option (the options changed) */
    resetActive,
    optionId,
    /** the search box's combobox attributes and keys */
    inputProps: {
      role: 'combobox' as const,
      'aria-expanded': options.length > 0,
      'aria-controls': listId,
      'aria-activedescendant': options.length > 0 ? optionId(active) : undefined,
      onKeyDown,
    },
    listId,
  }
}
