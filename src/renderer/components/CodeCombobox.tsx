/**
 * A text input that suggests codes from a list as the user types (the ARIA 1.2 combobox
 * pattern): type a code directly, or a few letters of a name in English or Russian and pick.
 * ↓/↑ move through the suggestions, Enter picks, Escape closes; nothing opens on mere focus,
 * so tabbing through a form stays quiet.
 *
 * A known code shows its name beside it ("N380  Commercial invoice"), outside the input so the
 * value stays the code. The name is also the input's title and accessible description; in a
 * compact table cell (`.field--compact`) the stylesheet hides it from sight, and the tooltip
 * and screen readers carry it, so the cell stays narrow. An unknown code shows nothing: the
 * checks name what is wrong with it.
 */
import { useId, useMemo, useState, type InputHTMLAttributes } from 'react'
import type { CodeOption } from '../../shared/codes/code-lists'
import './code-combobox.css'

const SHOWN = 30

interface CodeComboboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'list'
> {
  value: string
  /** every keystroke: the text as typed (upper-cased when `upper`) */
  onType(text: string): void
  /** a suggestion was picked */
  onPick(code: string): void
  /** the suggestions for what is typed, best first: a known code typed in full comes first */
  suggest(typed: string): readonly CodeOption[]
  upper?: boolean
  /**
   * Whether ↓ opens the suggestions when they are closed. Off in tables, where the arrows
   * move between rows until the user starts typing.
   */
  openOnArrow?: boolean
}

export function CodeCombobox({
  value,
  onType,
  onPick,
  suggest,
  upper,
  openOnArrow = true,
  ...inputProps
}: CodeComboboxProps) {
  const listId = useId()
  const nameId = useId()
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [active, setActive] = useState(0)
  const options = useMemo(
    () => (open ? suggest(typed).slice(0, SHOWN) : []),
    [open, typed, suggest],
  )
  // A complete code needs no suggestions: nothing is left to pick.
  const complete = typed !== '' && options[0]?.code.toLowerCase() === typed.toLowerCase()
  const shown = open && options.length > 0 && !complete
  const optionId = (i: number) => `${listId}-${i}`
  const name = useMemo(() => {
    const first = value === '' ? undefined : suggest(value)[0]
    return first?.code === value ? first.name : undefined
  }, [value, suggest])
  const describedBy = [inputProps['aria-describedby'], name && nameId].filter(Boolean).join(' ')

  const pick = (option: CodeOption) => {
    onPick(option.code)
    setOpen(false)
  }

  return (
    <div className="combobox">
      <input
        {...inputProps}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown ? optionId(active) : undefined}
        aria-describedby={describedBy || undefined}
        title={name}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => {
          const target = e.currentTarget
          if (upper && target.value !== target.value.toUpperCase()) {
            // In place, so the caret stays where the user is typing.
            const { selectionStart, selectionEnd } = target
            target.value = target.value.toUpperCase()
            target.setSelectionRange(selectionStart, selectionEnd)
          }
          setTyped(target.value)
          setActive(0)
          setOpen(true)
          onType(target.value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            if (!open && (!openOnArrow || e.altKey)) return
            e.preventDefault()
            e.stopPropagation()
            if (!open) {
              setTyped('')
              setActive(0)
              setOpen(true)
              return
            }
            const step = e.key === 'ArrowDown' ? 1 : -1
            setActive((i) => Math.min(Math.max(0, i + step), Math.max(0, options.length - 1)))
          } else if (e.key === 'Enter' && shown && !e.ctrlKey && !e.metaKey) {
            e.preventDefault()
            e.stopPropagation()
            pick(options[active]!)
          } else if (e.key === 'Escape' && open) {
            // Close the suggestions only, not the dialog or panel around the field.
            e.preventDefault()
            e.stopPropagation()
            setOpen(false)
          }
        }}
        onBlur={(e) => {
          setOpen(false)
          inputProps.onBlur?.(e)
        }}
      />
      {name && (
        <span className="combobox-picked" id={nameId} title={name}>
          {name}
        </span>
      )}
      {shown && (
        <ul role="listbox" id={listId} className="combobox-list">
          {options.map((option, i) => (
            <li
              key={option.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // Keep the focus in the input: pick on mouse down, before the blur.
              onMouseDown={(e) => {
                e.preventDefault()
                pick(option)
              }}
            >
              <span className="combobox-code">{option.code}</span>
              <span className="combobox-name">
                {option.name}
                {option.otherNames.length > 0 && (
                  <span className="combobox-other"> · {option.otherNames.join(' · ')}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
