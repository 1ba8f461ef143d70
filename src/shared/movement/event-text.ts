/**
 * An event's texts within what the format allows (declaration-format.md "Movement";
 * format/elements.ts: event.reference, event.detail, event.message, event.by).
 */

/** The longest each of an event's texts may be (declaration-format.md, elements.ts). */
export const EVENT_TEXT_LIMITS = { reference: 70, detail: 512, message: 35, by: 70 } as const

/**
 * Parts joined into one event detail within its 512 characters: parts that do not fit are
 * counted at the end (" … +12"), never cut mid-way or dropped unsaid.
 */
export function eventDetail(parts: readonly string[], separator = '; '): string {
  let detail = ''
  for (let i = 0; i < parts.length; i++) {
    const next = detail === '' ? parts[i]! : detail + separator + parts[i]!
    const rest = ` … +${parts.length - i}`
    if (next.length + (i < parts.length - 1 ? rest.length + 2 : 0) > EVENT_TEXT_LIMITS.detail) {
      return detail === '' ? rest.trim() : detail + rest
    }
    detail = next
  }
  return detail
}
