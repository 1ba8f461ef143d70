/**
 * The parties of CC015C: holder of the transit procedure, representative, carrier, consignor and
 * consignee, each in the element order of its XSD type (ctypes.xsd HolderOfTheTransitProcedureType14,
 * RepresentativeType05, CarrierType04, ConsignorType07, ConsigneeType05, AddressType17,
 * ContactPersonType05).
 *
 * A party's `identification.value` is its identification number, whatever the scheme: the
 * holder's is "an EORI or TCUIN" in the EU, "a TIN" elsewhere (TIS rule R0850), and a national
 * tax number (KZ-BIN, PK-NTN …) is one. The schema has no element for the scheme itself.
 */
import type { Party } from '../../format/schema'
import { el, type XmlElement } from '../xml'
import { REPRESENTATIVE_STATUS } from './codes'
import type { Scope } from './scope'
import { an, TYPES } from './xsd-types'

type Address = NonNullable<Party['address']>
type Contact = NonNullable<Party['contact']>

/** AddressType17: streetAndNumber, postcode, city, country. */
export function address(s: Scope, value: Address | null | undefined): XmlElement | undefined {
  if (!value) return undefined
  const a = s.in('Address', 'address')
  return el('Address', [
    a.text('streetAndNumber', value.street, an(70), 'street'),
    a.optionalText('postcode', value.postcode, an(17), 'postcode'),
    a.text('city', value.city, an(35), 'city'),
    a.text('country', value.country, TYPES.country, 'country'),
  ])
}

const given = (value: string | null | undefined): value is string =>
  value !== null && value !== undefined && value !== ''

/**
 * ContactPersonType05: name and phone number required, e-mail optional. A contact with some of
 * its data but no name or no phone is refused rather than dropped.
 */
export function contactPerson(
  s: Scope,
  contact: Contact | null | undefined,
): XmlElement | undefined {
  if (!contact || ![contact.name, contact.phone, contact.email].some(given)) return undefined
  const c = s.in('ContactPerson', 'contact')
  return el('ContactPerson', [
    c.text('name', contact.name, an(70), 'name'),
    c.text('phoneNumber', contact.phone, TYPES.phone, 'phone'),
    c.optionalText('eMailAddress', contact.email, TYPES.email, 'email'),
  ])
}

const identificationNumber = (s: Scope, party: Party) =>
  s.optionalText(
    'identificationNumber',
    party.identification?.value,
    an(17),
    'identification/value',
  )

/**
 * HolderOfTheTransitProcedureType14: identification number, the TIR holder's identification
 * number (required for TIR and not allowed otherwise, TIS rule C0904), name, address, contact.
 */
export function holder(s: Scope, party: Party | null | undefined, tir: boolean): XmlElement {
  if (!party) s.refuse('missing', 'HolderOfTheTransitProcedure', '/holder is required')
  const h = s.in('HolderOfTheTransitProcedure', '/holder')
  return el('HolderOfTheTransitProcedure', [
    identificationNumber(h, party),
    tir && h.text('TIRHolderIdentificationNumber', party.tirHolderId, an(17), 'tirHolderId'),
    h.text('name', party.name, an(70), 'name'),
    address(h, party.address),
    contactPerson(h, party.contact),
  ])
}

/**
 * RepresentativeType05: identification number (required), status (CL094, always "2", see
 * codes.ts) and contact. The schema has no name or address for the representative.
 */
export function representative(s: Scope, party: Party | null | undefined) {
  if (!party) return undefined
  const r = s.in('Representative', '/representative')
  return el('Representative', [
    r.text('identificationNumber', party.identification?.value, an(17), 'identification/value'),
    r.text('status', REPRESENTATIVE_STATUS, TYPES.header),
    contactPerson(r, party.contact),
  ])
}

/**
 * CarrierType04: identification number (TINNewType: an EORI or TCUIN, two capital letters of
 * country first; TIS rule R0840) and contact; the schema has no name or address. The carrier is
 * written when its identification has that form and differs from the holder's (TIS guideline
 * G0090: no carrier when the holder carries); otherwise it is left out (the data group is
 * optional without safety and security data, and docs/ncts-ie015.md says so).
 */
export function carrier(s: Scope, party: Party | null | undefined, holderParty: Party) {
  const id = party?.identification?.value
  if (!party || !id || !TYPES.tin.pattern.test(id)) return undefined
  if (id === holderParty.identification?.value) return undefined
  const c = s.in('Carrier', '/carrier')
  return el('Carrier', [
    c.text('identificationNumber', id, TYPES.tin, 'identification/value'),
    contactPerson(c, party.contact),
  ])
}

/** ConsignorType07: identification number, name, address, contact. */
export function consignor(s: Scope, party: Party): XmlElement {
  const c = s.in('Consignor', 'consignor')
  return el('Consignor', [
    identificationNumber(c, party),
    c.text('name', party.name, an(70), 'name'),
    address(c, party.address),
    contactPerson(c, party.contact),
  ])
}

/** ConsigneeType05: identification number, name, address (the schema has no contact). */
export function consignee(s: Scope, party: Party): XmlElement {
  const c = s.in('Consignee', 'consignee')
  return el('Consignee', [
    identificationNumber(c, party),
    c.text('name', party.name, an(70), 'name'),
    address(c, party.address),
  ])
}
