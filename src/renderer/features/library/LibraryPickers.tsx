/**
 * The editor's pickers of saved entries, open while the UI state names one: a party from the
 * address book into a role, a goods line from the catalogue as a new item of a consignment,
 * a vehicle set into the transport.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isJsonObject, toPointer, type JsonObject, type JsonPath } from '../../../shared/json'
import { itemFromGoodsLine, type GoodsEntry } from '../../../shared/library/goods'
import { partyLine, type PartyEntry } from '../../../shared/library/parties'
import { transportWithVehicle, type VehicleEntry } from '../../../shared/library/vehicles'
import { addItem } from '../../../shared/model/item-ops'
import { library } from '../../db/workspace'
import { useUi } from '../../state/ui-store'
import { useSession } from '../editor/session-context'
import { describeGoods, describeVehicle } from './describe'
import { EntryPicker } from './EntryPicker'
import { OfficePicker, PlacePicker } from './PlacePickers'

export function LibraryPickerHost() {
  const picker = useUi((s) => s.libraryPicker)
  if (!picker) return null
  const key = `${picker.kind}:${toPointer(picker.path)}`
  if (picker.kind === 'parties') return <PartyPicker key={key} path={picker.path} />
  if (picker.kind === 'goods') return <GoodsPicker key={key} path={picker.path} />
  if (picker.kind === 'offices')
    return (
      <OfficePicker key={key} path={picker.path} {...(picker.role ? { role: picker.role } : {})} />
    )
  if (picker.kind === 'places') return <PlacePicker key={key} path={picker.path} />
  return <VehiclePicker key={key} path={picker.path} />
}

const close = (focus?: JsonPath) => {
  useUi.getState().setLibraryPicker(null)
  if (focus) useUi.getState().requestFocus(toPointer(focus))
}

/** The party as the role takes it: the TIR holder id belongs to the holder alone. */
function partyForRole(party: JsonObject, path: JsonPath): JsonObject {
  if (path.length === 1 && path[0] === 'holder') return party
  const { tirHolderId: _holderOnly, ...rest } = party
  return rest
}

function PartyPicker({ path }: { path: JsonPath }) {
  const { t } = useTranslation()
  const session = useSession()
  const search = useCallback((query: string) => library.searchParties(query), [])
  return (
    <EntryPicker<PartyEntry>
      title={t('library.parties.pick')}
      searchLabel={t('library.parties.search')}
      empty={t('library.parties.empty')}
      search={search}
      describe={(entry) => {
        const line = partyLine(entry.party)
        return { primary: line.name, secondary: line.detail }
      }}
      onPick={(entry) => {
        session.set(path, partyForRole(entry.party, path))
        close([...path, 'name'])
      }}
      onCancel={() => close([...path, 'name'])}
    />
  )
}

function GoodsPicker({ path }: { path: JsonPath }) {
  const { t } = useTranslation()
  const session = useSession()
  const [packages, setPackages] = useState(1)
  const search = useCallback((query: string) => library.searchGoods(query), [])
  const consignment = Number(path[1])
  return (
    <EntryPicker<GoodsEntry>
      title={t('library.goods.pick')}
      searchLabel={t('library.goods.search')}
      empty={t('library.goods.empty')}
      search={search}
      describe={(entry) => describeGoods(entry.line)}
      onPick={(entry) => {
        const items = session.valueAt([...path, 'items'])
        const index = Array.isArray(items) ? items.length : 0
        session.update((doc) =>
          addItem(doc, consignment, undefined, itemFromGoodsLine(entry.line, packages)),
        )
        close([...path, 'items', index, 'description'])
      }}
      onCancel={() => close()}
      footer={
        <label className="picker-extra">
          {t('library.goods.packages')}
          <input
            type="number"
            min={1}
            max={99999}
            value={packages}
            onChange={(e) => setPackages(Math.max(1, Number(e.currentTarget.value) || 1))}
          />
        </label>
      }
    />
  )
}

function VehiclePicker({ path }: { path: JsonPath }) {
  const { t } = useTranslation()
  const session = useSession()
  const search = useCallback((query: string) => library.searchVehicles(query), [])
  return (
    <EntryPicker<VehicleEntry>
      title={t('library.vehicles.pick')}
      searchLabel={t('library.vehicles.search')}
      empty={t('library.vehicles.empty')}
      search={search}
      describe={(entry) => describeVehicle(entry.vehicle)}
      onPick={(entry) => {
        const transport = session.valueAt(path)
        session.set(
          path,
          transportWithVehicle(isJsonObject(transport) ? transport : {}, entry.vehicle),
        )
        close([...path, 'meansAtDeparture', 0, 'identity'])
      }}
      onCancel={() => close()}
    />
  )
}
