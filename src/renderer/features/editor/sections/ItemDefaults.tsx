/**
 * Defaults for all goods items, above the items table: the invoice currency their values are in,
 * and the country of origin and package kind they share. Setting one sets every item that has
 * none or still has the old one (one undo step); new items start with them (item-defaults.ts).
 */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import {
  codeOptions,
  searchCodeOptions,
  type CodeListId,
} from '../../../../shared/codes/code-lists'
import {
  itemDefaultShown,
  setItemDefault,
  type DefaultColumn,
} from '../../../../shared/model/item-defaults'
import { maxLengthOf } from '../../../../shared/format/elements'
import { CodeCombobox } from '../../../components/CodeCombobox'
import { codeNaming, useLanguage } from '../../../i18n'
import { useMayChange } from '../../movement/edit-mode'
import { CodeField } from '../fields'
import { useSelector, useSession } from '../session-context'

export function ItemDefaults() {
  const { t } = useTranslation()
  const open = useMayChange(['consignments'])
  if (!open) return null
  return (
    <fieldset className="item-defaults">
      <legend>{t('editor.goods.defaults.title')}</legend>
      <small className="field-help">{t('editor.goods.defaults.help')}</small>
      <div className="grid grid--tight">
        <CodeField path={['invoice', 'currency']} element="invoice.currency" list="currency" />
        <DefaultField column="countryOfOrigin" list="country" />
        <DefaultField column="packageKind" list="packageKind" />
        <DefaultField column="marks" />
      </div>
    </fieldset>
  )
}

/** A default typed in: a code from `list`, or free text (the marks) without one. */
function DefaultField({ column, list }: { column: DefaultColumn; list?: CodeListId }) {
  const { t } = useTranslation()
  const session = useSession()
  // One walk over the items per edit: the shared value, '' for none, null when they differ.
  const shown = useSelector((d) => itemDefaultShown(d, column))
  const value = shown ?? ''
  const differ = shown === null
  const language = useLanguage()
  const suggest = useCallback(
    (typed: string) =>
      list ? searchCodeOptions(codeOptions(list, codeNaming(list, language)), typed) : [],
    [list, language],
  )
  const id = `item-default-${column}`
  const placeholder = differ ? t('editor.goods.defaults.differ') : undefined
  const apply = (code: string) =>
    session.edit(`default:${column}`, (d) => setItemDefault(d, column, code || undefined))
  return (
    <div className="field">
      <label htmlFor={id}>{t(`editor.goods.defaults.${column}`)}</label>
      {list ? (
        <CodeCombobox
          id={id}
          value={value}
          upper
          placeholder={placeholder}
          suggest={suggest}
          onType={apply}
          onPick={apply}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          placeholder={placeholder}
          maxLength={maxLengthOf('package.marks')}
          onChange={(e) => apply(e.currentTarget.value)}
        />
      )}
      <small className="field-help">{t(`editor.goods.defaults.${column}Help`)}</small>
    </div>
  )
}
