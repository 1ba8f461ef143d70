/** Saving from a declaration into the address book, the goods catalogue and the vehicles. */
import { isJsonObject, type JsonPath } from '../../../shared/json'
import { goodsLineFromItem } from '../../../shared/library/goods'
import { vehicleFromTransport } from '../../../shared/library/vehicles'
import { library } from '../../db/workspace'
import i18next from '../../i18n'
import { useUi } from '../../state/ui-store'
import type { EditorSession } from '../editor/editor-session'
import { problemText } from '../../i18n'

const notify = useUi.getState().notify
const failed = (error: unknown) => notify('error', problemText(error))

export async function savePartyToBook(session: EditorSession, path: JsonPath): Promise<void> {
  const party = session.valueAt(path)
  try {
    const { entry, outcome } = await library.saveParty(isJsonObject(party) ? party : {})
    notify('success', i18next.t(`library.parties.${outcome}`, { name: entry.party.name }))
  } catch (error) {
    failed(error)
  }
}

export async function saveItemToCatalogue(session: EditorSession, path: JsonPath): Promise<void> {
  const item = session.valueAt(path)
  try {
    const entry = await library.saveGoods(goodsLineFromItem(isJsonObject(item) ? item : {}))
    notify('success', i18next.t('library.goods.saved', { name: entry.line.description }))
  } catch (error) {
    failed(error)
  }
}

export async function saveVehicle(session: EditorSession, path: JsonPath): Promise<void> {
  const vehicle = vehicleFromTransport(session.valueAt(path))
  if (!vehicle) return notify('error', i18next.t('library.vehicles.none'))
  try {
    await library.saveVehicle(vehicle)
    notify('success', i18next.t('library.vehicles.saved', { name: vehicle.tractor.identity }))
  } catch (error) {
    failed(error)
  }
}
