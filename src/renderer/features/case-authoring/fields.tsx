/** The authoring form's own small fields: a labelled text or Markdown input with its help line. */
import type { ReactNode } from 'react'

export function TextField({
  label,
  value,
  onChange,
  help,
  multiline,
  inputMode,
  maxLength,
  wide,
}: {
  label: string
  value: string
  onChange(value: string): void
  help?: string
  /** Markdown: a text area */
  multiline?: boolean
  inputMode?: 'numeric'
  maxLength?: number
  wide?: boolean
}) {
  return (
    <label className={wide ? 'field field--wide' : 'field'}>
      {label}
      {multiline ? (
        <textarea rows={4} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input
          type="text"
          value={value}
          {...(inputMode ? { inputMode } : {})}
          {...(maxLength ? { maxLength } : {})}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
      {help && <small className="field-help">{help}</small>}
    </label>
  )
}

/** A group of the form under its heading. */
export function Section({
  title,
  help,
  children,
}: {
  title: string
  help?: string
  children: ReactNode
}) {
  return (
    <fieldset className="case-author-section">
      <legend>{title}</legend>
      {help && <p className="field-help">{help}</p>}
      {children}
    </fieldset>
  )
}
