/**
 * The import's defaults: a currency for item values and a kind of package, taken by the rows
 * that have none in the sheet (a value in the sheet always wins). A code is applied once it is
 * one of its list; until then the field says what is wrong and the import takes no default.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { codeOptions, searchCodeOptions, type CodeListId } from '../../../shared/codes/code-lists'
import { isCurrencyCode } from '../../../shared/codes/currencies'
import { isPackageKind } from '../../../shared/codes/package-kinds'
import type { DefaultedField, SheetDefaults } from '../../../shared/import/goods-sheet'
import { CodeCombobox } from '../../components/CodeCombobox'
import { codeNaming, useLanguage } from '../../i18n'

export type TypedDefaults = Record<DefaultedField, string>

const LIST: Record<DefaultedField, CodeListId> = {
  currency: 'currency',
  packageKind: 'packageKind',
}
const VALID: Record<DefaultedField, (code: string) => boolean> = {
  currency: isCurrencyCode,
  packageKind: isPackageKind,
}

const codeOf = (typed: string) => typed.trim().toUpperCase()

/** The defaults the import applies: each typed code that is one of its list. */
export function appliedDefaults(typed: TypedDefaults): SheetDefaults {
  const applied: SheetDefaults = {}
  for (const field of ['currency', 'packageKind'] as const) {
    const code = codeOf(typed[field])
    if (VALID[field](code)) applied[field] = code
  }
  return applied
}

export function DefaultsFields({
  typed,
  onType,
}: {
  typed: TypedDefaults
  onType(field: DefaultedField, text: string): void
}) {
  const { t } = useTranslation()
  // What is wrong with a code is said once the user leaves the field, not at each keystroke.
  const [editing, setEditing] = useState<DefaultedField | null>(null)
  const field = (name: DefaultedField, label: string, placeholder: string) => (
    <DefaultField
      field={name}
      label={label}
      placeholder={placeholder}
      typed={typed[name]}
      onType={onType}
      onEditing={(on) => setEditing(on ? name : null)}
    />
  )
  return (
    <fieldset className="sheet-defaults">
      <legend>{t('sheet.defaults')}</legend>
      {field('currency', t('sheet.defaultCurrency'), t('editor.example', { example: 'USD' }))}
      {field('packageKind', t('sheet.defaultPackageKind'), t('editor.example', { example: 'CT' }))}
      <p className="sheet-defaults-hint">{t('sheet.defaultsHint')}</p>
      {(['currency', 'packageKind'] as const).map((name) => {
        const code = codeOf(typed[name])
        if (name === editing || code === '' || VALID[name](code)) return null
        return (
          <p key={name} className="packet-problem" role="alert">
            {t(name === 'currency' ? 'sheet.notCurrency' : 'sheet.notPackageKind', { code })}
          </p>
        )
      })}
    </fieldset>
  )
}

function DefaultField({
  field,
  label,
  placeholder,
  typed,
  onType,
  onEditing,
}: {
  field: DefaultedField
  label: string
  placeholder: string
  typed: string
  onType(field: DefaultedField, text: string): void
  onEditing(editing: boolean): void
}) {
  const language = useLanguage()
  const list = LIST[field]
  const suggest = useCallback(
    (text: string) => searchCodeOptions(codeOptions(list, codeNaming(list, language)), text),
    [list, language],
  )
  const code = codeOf(typed)
  return (
    <label>
      <span>{label}</span>
      <CodeCombobox
        value={typed}
        upper
        placeholder={placeholder}
        aria-invalid={code !== '' && !VALID[field](code)}
        suggest={suggest}
        onType={(text) => onType(field, text)}
        onPick={(picked) => onType(field, picked)}
        onFocus={() => onEditing(true)}
        onBlur={() => onEditing(false)}
      />
    </label>
  )
}
