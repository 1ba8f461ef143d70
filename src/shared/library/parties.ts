/**
 * The address book's entries: parties saved from declarations, picked back into any role.
 * One entry per identification (scheme + value, written without spaces or dashes); parties
 * without one are kept apart unless the user merges them.
 */
import { searchWords } from '../codes/search-text'
import { cloneJson, isJsonObject, type JsonObject } from '../json'

/** The party elements an entry keeps (declaration-format.md, Party). */
const PARTY_ELEMENTS = ['name', 'address', 'identification', 'tirHolderId', 'contact'] as const

export interface PartyEntry {
  id: string
  party: JsonObject
  /** `${scheme}:${value}` — unique in the address book; absent without an identification */
  idKey?: string
  words: string[]
  createdAt: string
  updatedAt: string
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** The part of a declaration's party the address book keeps; empty strings and objects dropped. */
export function partyForBook(party: unknown): JsonObject {
  const kept: JsonObject = {}
  if (!isJsonObject(party)) return kept
  for (const key of PARTY_ELEMENTS) {
    const value = withoutBlanks(party[key])
    if (value !== undefined) kept[key] = value
  }
  return kept
}

function withoutBlanks(value: unknown): JsonObject[string] | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (!isJsonObject(value))
    return value === undefined || value === null
      ? undefined
      : cloneJson(value as JsonObject[string])
  const kept: JsonObject = {}
  for (const [key, inner] of Object.entries(value)) {
    const cleaned = withoutBlanks(inner)
    if (cleaned !== undefined) kept[key] = cleaned
  }
  return Object.keys(kept).length > 0 ? kept : undefined
}

/** "KZ-BIN:150540012345" for an identified party, undefined otherwise. */
export function partyIdKey(party: JsonObject): string | undefined {
  const identification = party.identification
  if (!isJsonObject(identification)) return undefined
  const scheme = text(identification.scheme).toUpperCase()
  const value = text(identification.value).replace(/[\s-]/g, '').toUpperCase()
  return scheme && value ? `${scheme}:${value}` : undefined
}

/** Words to find an entry by: name, city, country, identification, contact. */
export function partyWords(party: JsonObject): string[] {
  const address = isJsonObject(party.address) ? party.address : {}
  const identification = isJsonObject(party.identification) ? party.identification : {}
  const contact = isJsonObject(party.contact) ? party.contact : {}
  const texts = [
    party.name,
    address.city,
    address.country,
    identification.value,
    party.tirHolderId,
    contact.name,
  ].map(text)
  return [...new Set(texts.flatMap(searchWords))]
}

/** A new entry, or `existing` updated with the newer party (identity and creation kept). */
export function partyEntry(
  party: JsonObject,
  at: string,
  id: string,
  existing?: PartyEntry,
): PartyEntry {
  const kept = partyForBook(party)
  const idKey = partyIdKey(kept)
  return {
    id: existing?.id ?? id,
    party: kept,
    ...(idKey ? { idKey } : {}),
    words: partyWords(kept),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  }
}

/** What the address book shows on one line: "Name — City, KZ · KZ-BIN 150540012345". */
export function partyLine(party: JsonObject): { name: string; detail: string } {
  const address = isJsonObject(party.address) ? party.address : {}
  const identification = isJsonObject(party.identification) ? party.identification : {}
  const place = [text(address.city), text(address.country)].filter(Boolean).join(', ')
  const id = [text(identification.scheme), text(identification.value)].filter(Boolean).join(' ')
  return { name: text(party.name), detail: [place, id].filter(Boolean).join(' · ') }
}

/**
 * Groups of entries that look like one party: the same name (ignoring case, spaces and
 * punctuation) in the same country, at least one of them without an identification — two
 * different identifications are two parties. The user decides whether to merge.
 */
export function duplicateGroups(entries: readonly PartyEntry[]): PartyEntry[][] {
  const groups = new Map<string, PartyEntry[]>()
  for (const entry of entries) {
    const address = isJsonObject(entry.party.address) ? entry.party.address : {}
    const key = `${searchWords(text(entry.party.name)).join(' ')}|${text(address.country).toUpperCase()}`
    if (key.startsWith('|')) continue
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  return [...groups.values()].filter(
    (group) => group.length > 1 && new Set(group.map((e) => e.idKey).filter(Boolean)).size <= 1,
  )
}

/**
 * One party from several: the newest entry's elements win, and elements only older ones have
 * (an identification, a contact, a postcode) are kept — nothing typed is lost by a merge.
 */
export function mergeParties(entries: readonly PartyEntry[]): JsonObject {
  const newestFirst = [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return newestFirst.reduceRight<JsonObject>((merged, entry) => deepAssign(merged, entry.party), {})
}

function deepAssign(target: JsonObject, source: JsonObject): JsonObject {
  const result: JsonObject = { ...target }
  for (const [key, value] of Object.entries(source)) {
    const before = result[key]
    result[key] =
      isJsonObject(before) && isJsonObject(value) ? deepAssign(before, value) : cloneJson(value)
  }
  return result
}
