/**
 * A Party of the format (holder, representative, carrier, consignor, consignee): name, address,
 * identification, TIR holder id and contact. The Parties section uses it for the holder, the
 * representative and the carrier; the Goods section for each consignment's consignor and consignee.
 */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { boxCaption, type ElementId } from '../../../../shared/format/elements'
import type { JsonPath } from '../../../../shared/json'
import { LibraryButtons } from '../../library/LibraryButtons'
import { CountryField, SelectField, TextField } from '../fields'
import { identificationSchemeOptions } from '../options'
import { useValue } from '../session-context'

interface ElementGroupProps {
  /** the structured element the group holds: its label and box caption make the legend */
  element: ElementId
  children: ReactNode
  /** 'group' for a top-level group of a section, 'subgroup' (default) for one nested inside */
  className?: string
}

/**
 * A framed group for one structured element (a party, an office, a place): its label and box as
 * the legend, its help line, then the children (wrap fields in `<div className="grid">`).
 */
export function ElementGroup({ element, children, className = 'subgroup' }: ElementGroupProps) {
  const { t } = useTranslation()
  const caption = boxCaption(element)
  return (
    <fieldset className={className}>
      <legend>
        {t(`element.${element}.label`)}
        {caption && <span className="box-caption">{caption}</span>}
      </legend>
      <small className="field-help">{t(`element.${element}.help`)}</small>
      {children}
    </fieldset>
  )
}

interface PartyFieldsProps {
  /** where the party sits in the document, e.g. ['holder'] or ['consignments', 0, 'consignor'] */
  path: JsonPath
  /** the party's own element: holder, representative, carrier, consignor or consignee */
  element: Extract<ElementId, 'holder' | 'representative' | 'carrier' | 'consignor' | 'consignee'>
  /** the format requires an address for the holder, the consignor and the consignee */
  requireAddress?: boolean
  /** the TIR holder id belongs to the holder; shown elsewhere only if a file already holds one */
  showTirHolderId?: boolean
}

export function PartyFields({ path, element, requireAddress, showTirHolderId }: PartyFieldsProps) {
  const { t } = useTranslation()
  // Never hide what an imported file holds: a stray tirHolderId on another party stays visible.
  const tirHolderId = useValue([...path, 'tirHolderId'])
  const showTir = showTirHolderId || (tirHolderId !== undefined && tirHolderId !== null)
  return (
    <ElementGroup element={element} className="group party">
      <LibraryButtons kind="parties" path={path} savePath={path} />
      {/* The name across the whole group: a company's name is long (up to 70 characters). */}
      <div className="grid grid--single">
        <TextField path={[...path, 'name']} element="party.name" />
      </div>
      <fieldset className="subgroup">
        <legend>
          {t('editor.group.address')}
          <span className="requirement">
            {requireAddress ? t('editor.required') : t('editor.optional')}
          </span>
        </legend>
        <div className="grid">
          <TextField path={[...path, 'address', 'street']} element="party.street" />
          <TextField path={[...path, 'address', 'city']} element="party.city" />
          <TextField path={[...path, 'address', 'postcode']} element="party.postcode" />
          <CountryField path={[...path, 'address', 'country']} element="party.country" />
        </div>
      </fieldset>
      <fieldset className="subgroup">
        <legend>{t('editor.group.identification')}</legend>
        <div className="grid">
          <SelectField
            path={[...path, 'identification', 'scheme']}
            element="party.idScheme"
            options={identificationSchemeOptions()}
            optional
          />
          <TextField path={[...path, 'identification', 'value']} element="party.idValue" />
          {showTir && (
            <TextField
              path={[...path, 'tirHolderId']}
              element="party.tirHolderId"
              upper
              placeholder={t('editor.example', { example: 'KAZ/015/000231' })}
            />
          )}
        </div>
      </fieldset>
      <fieldset className="subgroup">
        <legend>{t('editor.group.contact')}</legend>
        <div className="grid">
          <TextField path={[...path, 'contact', 'name']} element="party.contactName" />
          <TextField path={[...path, 'contact', 'phone']} element="party.phone" />
          <TextField path={[...path, 'contact', 'email']} element="party.email" />
        </div>
      </fieldset>
    </ElementGroup>
  )
}
