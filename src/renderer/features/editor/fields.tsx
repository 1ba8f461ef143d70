/**
 * The editor's inputs. Each is bound to one path of the document, labelled with its element's
 * name and SAD/TIR box, and explained by a one-line help text. Clearing an input removes the
 * element; a value of the wrong type from an imported file is shown as it is, never dropped.
 */
import { useMayChange } from '../movement/edit-mode'
import { memo, useCallback, useState, type ChangeEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { codeOptions, searchCodeOptions, type CodeListId } from '../../../shared/codes/code-lists'
import { boxCaption, type ElementId, maxLengthOf } from '../../../shared/format/elements'
import { jsonEqual, toPointer, type JsonPath } from '../../../shared/json'
import { findingText } from '../../../shared/validation/finding-text'
import {
  formatLocalDate,
  formatNumberForInput,
  parseLocalDate,
  parseLocalNumber,
} from '../../../shared/i18n/local-format'
import type { Language } from '../../../shared/i18n/languages'
import { CodeCombobox } from '../../components/CodeCombobox'
import { codeNaming, useLanguage } from '../../i18n'
import { fieldId, findingsId, useFindings, useSession, useValue } from './session-context'
import { HintButton } from '../training/HintButton'

interface FrameProps {
  path: JsonPath
  element: ElementId
  children: ReactNode
  /** hide the label visually (table cells); it stays for screen readers */
  compact?: boolean
}

export function FieldFrame({ path, element, children, compact }: FrameProps) {
  const { t } = useTranslation()
  const caption = boxCaption(element)
  const findings = useFindings(path)
  const editable = useMayChange(path)
  const worst = findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.length
      ? 'warning'
      : ''
  const classes = ['field', compact && 'field--compact', worst && `field--${worst}`].filter(Boolean)
  return (
    <div
      className={classes.join(' ')}
      data-path={toPointer(path)}
      title={
        compact && findings.length ? findings.map((f) => findingText(f, t)).join('\n') : undefined
      }
    >
      <label htmlFor={fieldId(path)} className={compact ? 'visually-hidden' : undefined}>
        {t(`element.${element}.label`)}
        {caption && <span className="box-caption">{caption}</span>}
      </label>
      {/* Trainee mode: the box's hint in a practice attempt (nothing elsewhere). */}
      <HintButton path={path} compact={compact} />
      {/* A disabled fieldset makes whatever control the field has read-only, with its value shown. */}
      <fieldset className="field-lock" disabled={!editable}>
        {children}
      </fieldset>
      {findings.length > 0 && (
        <ul className={compact ? 'findings visually-hidden' : 'findings'} id={findingsId(path)}>
          {findings.map((f, i) => (
            <li key={i} className={`finding finding--${f.severity}`} data-rule={f.rule}>
              {findingText(f, t)}
            </li>
          ))}
        </ul>
      )}
      {!compact && <small className="field-help">{t(`element.${element}.help`)}</small>}
    </div>
  )
}

/** aria attributes of an input whose field has findings. */
function useInvalidProps(path: JsonPath) {
  const findings = useFindings(path)
  if (findings.length === 0) return {}
  return {
    'aria-invalid': findings.some((f) => f.severity === 'error'),
    'aria-describedby': findingsId(path),
  }
}

export function displayText(value: unknown): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

interface TextFieldProps {
  path: JsonPath
  element: ElementId
  /** codes are upper case by format rule */
  upper?: boolean
  multiline?: boolean
  placeholder?: string
  compact?: boolean
  list?: string
}

export const TextField = memo(function TextField(props: TextFieldProps) {
  const { path, element, upper, multiline, placeholder, compact, list } = props
  const session = useSession()
  const value = useValue(path)
  const { t } = useTranslation()
  const onChange = (target: HTMLInputElement | HTMLTextAreaElement) => {
    if (upper && target.value !== target.value.toUpperCase()) {
      // Change the DOM value in place so the caret stays where the user is typing.
      const { selectionStart, selectionEnd } = target
      target.value = target.value.toUpperCase()
      target.setSelectionRange(selectionStart, selectionEnd)
    }
    // An emptied entry of a list stays as "" (arrays never hold null); elsewhere it is removed.
    const inList = typeof path[path.length - 1] === 'number'
    session.set(path, target.value === '' && !inList ? undefined : target.value)
  }
  const invalid = useInvalidProps(path)
  const common = {
    ...invalid,
    id: fieldId(path),
    value: displayText(value),
    maxLength: maxLengthOf(element),
    placeholder,
    spellCheck: !upper,
    'aria-label': compact ? t(`element.${element}.label`) : undefined,
  }
  return (
    <FieldFrame path={path} element={element} compact={compact}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.currentTarget)} />
      ) : (
        <input {...common} type="text" list={list} onChange={(e) => onChange(e.currentTarget)} />
      )}
    </FieldFrame>
  )
})

/**
 * An input that shows the stored value the language's way and reads what is typed back into
 * it: while typing, the text stays as typed ("12.50", "12,", "4.2.") as long as it still means
 * the stored value; leaving the field shows the stored value again.
 */
function useTypedValue(
  path: JsonPath,
  show: (value: unknown, language: Language) => string,
  read: (text: string, language: Language) => unknown,
) {
  const session = useSession()
  const value = useValue(path)
  const language = useLanguage()
  const [draft, setDraft] = useState<{ text: string; means: unknown } | null>(null)
  return {
    value: draft && jsonEqual(draft.means, value) ? draft.text : show(value, language),
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const text = event.currentTarget.value
      const means = read(text, language)
      setDraft({ text, means })
      session.set(path, means)
    },
    onBlur: () => setDraft(null),
  }
}

const showNumber = (value: unknown, language: Language) =>
  typeof value === 'number' && Number.isFinite(value)
    ? formatNumberForInput(value, language)
    : displayText(value)

interface NumberFieldProps {
  path: JsonPath
  element: ElementId
  compact?: boolean
  /** 'decimal' for masses and money, 'numeric' for counts */
  mode?: 'decimal' | 'numeric'
}

export const NumberField = memo(function NumberField({
  path,
  element,
  compact,
  mode = 'decimal',
}: NumberFieldProps) {
  const { t } = useTranslation()
  const invalid = useInvalidProps(path)
  const typed = useTypedValue(path, showNumber, parseLocalNumber)
  return (
    <FieldFrame path={path} element={element} compact={compact}>
      <input
        id={fieldId(path)}
        {...invalid}
        {...typed}
        type="text"
        dir="ltr"
        inputMode={mode}
        className="number"
        aria-label={compact ? t(`element.${element}.label`) : undefined}
      />
    </FieldFrame>
  )
})

export interface Option {
  value: string | number
  label: string
}

interface SelectFieldProps {
  path: JsonPath
  element: ElementId
  options: Option[]
  /** optional elements get an empty choice that removes them */
  optional?: boolean
  compact?: boolean
}

export const SelectField = memo(function SelectField({
  path,
  element,
  options,
  optional,
  compact,
}: SelectFieldProps) {
  const session = useSession()
  const value = useValue(path)
  const { t } = useTranslation()
  const invalid = useInvalidProps(path)
  const known = options.some((o) => o.value === value)
  return (
    <FieldFrame path={path} element={element} compact={compact}>
      <select
        id={fieldId(path)}
        {...invalid}
        value={value === undefined || value === null ? '' : String(value)}
        aria-label={compact ? t(`element.${element}.label`) : undefined}
        onChange={(e) => {
          const chosen = options.find((o) => String(o.value) === e.currentTarget.value)
          session.set(path, chosen ? chosen.value : undefined)
        }}
      >
        {(optional || value === undefined || value === null) && <option value="">—</option>}
        {!known && value !== undefined && value !== null && (
          <option value={String(value)}>
            {t('editor.unknownValue', { value: displayText(value) })}
          </option>
        )}
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
})

export const CheckboxField = memo(function CheckboxField({
  path,
  element,
  optional,
}: {
  path: JsonPath
  element: ElementId
  /** an optional yes/no element: unticking removes it (absent means no) */
  optional?: boolean
}) {
  const session = useSession()
  const value = useValue(path)
  const invalid = useInvalidProps(path)
  const { t } = useTranslation()
  const caption = boxCaption(element)
  return (
    <div className="field field--checkbox" data-path={toPointer(path)}>
      <label>
        <input
          id={fieldId(path)}
          {...invalid}
          type="checkbox"
          checked={value === true}
          onChange={(e) => {
            const checked = e.currentTarget.checked
            session.set(path, optional && !checked ? undefined : checked)
          }}
        />
        {t(`element.${element}.label`)}
        {caption && <span className="box-caption">{caption}</span>}
      </label>
      <HintButton path={path} />
      <small className="field-help">{t(`element.${element}.help`)}</small>
    </div>
  )
})

/**
 * A date, shown and typed the language's way ("04.02.2026" in Russian), stored as the format
 * writes it (2026-02-04). Text that is no date is stored as typed, for validation to name.
 */
export const DateField = memo(function DateField(props: {
  path: JsonPath
  element: ElementId
  compact?: boolean
}) {
  const { path, element, compact } = props
  const { t } = useTranslation()
  const invalid = useInvalidProps(path)
  // An emptied entry of a list stays as "" (arrays never hold null); elsewhere it is removed.
  const inList = typeof path[path.length - 1] === 'number'
  const typed = useTypedValue(
    path,
    (value, language) =>
      typeof value === 'string' ? formatLocalDate(value, language) : displayText(value),
    (text, language) => parseLocalDate(text, language) ?? (inList ? '' : undefined),
  )
  return (
    <FieldFrame path={path} element={element} compact={compact}>
      <input
        id={fieldId(path)}
        {...invalid}
        {...typed}
        type="text"
        dir="ltr"
        className="date"
        inputMode="numeric"
        placeholder={t('editor.datePattern')}
        maxLength={16}
        aria-label={compact ? t(`element.${element}.label`) : undefined}
      />
    </FieldFrame>
  )
})

/** Whether each list's codes are upper case (all but transport modes), and an example. */
const CODE_SHAPE: Record<CodeListId, { upper: boolean; placeholder: string }> = {
  country: { upper: true, placeholder: 'KZ' },
  currency: { upper: true, placeholder: 'USD' },
  packageKind: { upper: true, placeholder: 'PK' },
  transportMode: { upper: false, placeholder: '3' },
  incoterm: { upper: true, placeholder: 'DAP' },
  documentCode: { upper: true, placeholder: 'N380' },
  unit: { upper: true, placeholder: 'KGM' },
}

interface CodeFieldProps {
  path: JsonPath
  element: ElementId
  list: CodeListId
  compact?: boolean
}

/**
 * A code from one of the code lists: typed directly, or found by name (in the window's language,
 * English or Russian) among the suggestions. What is typed is stored as typed, so a code outside the list stays
 * visible and validation says what is wrong with it.
 */
export const CodeField = memo(function CodeField({ path, element, list, compact }: CodeFieldProps) {
  const session = useSession()
  const value = useValue(path)
  const { t } = useTranslation()
  const invalid = useInvalidProps(path)
  const shape = CODE_SHAPE[list]
  const inList = typeof path[path.length - 1] === 'number'
  const language = useLanguage()
  const suggest = useCallback(
    (typed: string) => searchCodeOptions(codeOptions(list, codeNaming(list, language)), typed),
    [list, language],
  )
  return (
    <FieldFrame path={path} element={element} compact={compact}>
      <CodeCombobox
        {...invalid}
        id={fieldId(path)}
        value={displayText(value)}
        placeholder={t('editor.example', { example: shape.placeholder })}
        upper={shape.upper}
        aria-label={compact ? t(`element.${element}.label`) : undefined}
        suggest={suggest}
        openOnArrow={!compact}
        onType={(text) => session.set(path, text === '' && !inList ? undefined : text)}
        onPick={(code) => session.set(path, code)}
      />
    </FieldFrame>
  )
})

/** ISO 3166 alpha-2 code, with the corridor's countries offered first. */
export function CountryField(props: { path: JsonPath; element: ElementId; compact?: boolean }) {
  return <CodeField {...props} list="country" />
}
