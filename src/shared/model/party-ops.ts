/**
 * Parties copied from one role to another: on the corridor the TIR Carnet holder often also
 * ships the goods (consignor) and drives them (carrier), so one party is typed once.
 */
import { cloneJson, getAt, isJsonObject, setAt, type JsonObject, type JsonPath } from '../json'

/**
 * `doc` with the party at `to` replaced by a copy of the one at `from`. The TIR holder
 * identification number is the holder's (TIR Convention art. 1(o)); only a consignor, who may
 * be the same person, keeps it (as the samples do).
 */
export function copyParty(doc: JsonObject, from: JsonPath, to: JsonPath): JsonObject {
  const source = getAt(doc, from)
  if (!isJsonObject(source)) return doc
  const copy = cloneJson(source)
  if (to[to.length - 1] !== 'consignor') delete copy.tirHolderId
  return setAt(doc, to, copy)
}

/** Whether a party has anything typed into it. */
export const hasParty = (doc: JsonObject, path: JsonPath): boolean => {
  const party = getAt(doc, path)
  return isJsonObject(party) && Object.keys(party).length > 0
}
