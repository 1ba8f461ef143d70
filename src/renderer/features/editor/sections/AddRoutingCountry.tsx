/**
 * "Add a country": typing a country's code (or picking it by name) puts it among the countries
 * of routing at once — before the country of destination, which stays last — and leaves the
 * box empty for the next one, so a route of four countries is two entries, not four clicks.
 */
import { useCallback, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { codeOptions, searchCodeOptions } from '../../../../shared/codes/code-lists'
import { isCountryCode } from '../../../../shared/codes/countries'
import { listMax } from '../../../../shared/format/elements'
import { asArray, type JsonObject } from '../../../../shared/json'
import { insertAt } from '../../../../shared/model/document-ops'
import { CodeCombobox } from '../../../components/CodeCombobox'
import { codeNaming, useLanguage } from '../../../i18n'
import { useMayChange } from '../../movement/edit-mode'
import { useSelector, useSession } from '../session-context'

/** Where a new country of routing goes: before the destination when the list ends with it. */
export function beforeDestination(doc: JsonObject): number | undefined {
  const routing = asArray(doc.countriesOfRouting)
  const destination = doc.countryOfDestination
  if (routing.length < 2 || typeof destination !== 'string' || destination === '') return undefined
  return routing[routing.length - 1] === destination ? routing.length - 1 : undefined
}

export function AddRoutingCountry() {
  const { t } = useTranslation()
  const session = useSession()
  const language = useLanguage()
  const [typed, setTyped] = useState('')
  const full = useSelector(
    (d) => asArray(d.countriesOfRouting).length >= listMax('countriesOfRouting'),
  )
  const open = useMayChange(['countriesOfRouting'])
  const suggest = useCallback(
    (text: string) =>
      searchCodeOptions(codeOptions('country', codeNaming('country', language)), text),
    [language],
  )
  if (!open || full) return null
  const add = (code: string) => {
    flushSync(() => {
      session.update(
        (d) => insertAt(d, ['countriesOfRouting'], code, beforeDestination(d) ?? undefined),
        ['countriesOfRouting'],
      )
      setTyped('')
    })
  }
  return (
    <div className="field add-routing">
      <label htmlFor="add-routing-country">{t('editor.routing.add')}</label>
      <CodeCombobox
        id="add-routing-country"
        value={typed}
        upper
        suggest={suggest}
        onType={(text) => (isCountryCode(text) ? add(text) : setTyped(text))}
        onPick={add}
      />
      <small className="field-help">{t('editor.routing.addHelp')}</small>
    </div>
  )
}
