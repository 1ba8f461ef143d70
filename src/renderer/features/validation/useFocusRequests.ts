import { useEffect } from 'react'
import { useUi } from '../../state/ui-store'
import { pointerAndParents } from './jump'

/** Frames to wait for the exact field (a section or an item row may still be rendering). */
const EXACT_FRAMES = 8

/**
 * Focuses the field a jump asked for once it is on screen; when the element has no input of
 * its own (a missing list, a whole party), the nearest enclosing element that has one.
 *
 * A request yields to the user: if, while the field is still rendering, the focus has gone to
 * another field (a click into the LRN of a declaration just made), the user types there, and
 * the focus is not taken away mid-word.
 */
export function useFocusRequests(): void {
  const request = useUi((s) => s.focusRequest)
  useEffect(() => {
    if (!request) return
    const before = document.activeElement
    let frame = 0
    let handle = 0
    const focus = (element: Element | null): boolean => {
      const target = element?.matches('input, select, textarea, button')
        ? element
        : element?.querySelector('input, select, textarea, button')
      if (!(target instanceof HTMLElement)) return false
      target.scrollIntoView({ block: 'center' })
      target.focus()
      return true
    }
    const attempt = () => {
      const now = document.activeElement
      if (now !== before && now?.matches('input, select, textarea')) return
      const candidates =
        frame < EXACT_FRAMES ? [request.pointer] : pointerAndParents(request.pointer)
      for (const pointer of candidates) {
        if (focus(document.getElementById('field:' + pointer))) return
        if (focus(document.querySelector(`[data-path="${CSS.escape(pointer)}"]`))) return
      }
      if (frame++ < EXACT_FRAMES + 2) handle = requestAnimationFrame(attempt)
    }
    handle = requestAnimationFrame(attempt)
    return () => cancelAnimationFrame(handle)
  }, [request])
}
