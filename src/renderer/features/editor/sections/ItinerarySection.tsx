/**
 * Itinerary and customs offices (TIR-EPD steps 2 and 3): where the goods start and end, the
 * countries they cross in travel order, the offices that handle them, and where they are loaded.
 */
import { useMayChange } from '../../movement/edit-mode'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { isLocode } from '../../../../shared/format/references'
import type { JsonPath } from '../../../../shared/json'
import type { OfficeRole } from '../../../../shared/library/offices'
import { useUi, type LibraryPicker } from '../../../state/ui-store'
import { places } from '../../../db/workspace'
import { CountryField, TextField } from '../fields'
import { useValue } from '../session-context'
import { Repeated } from '../repeated'
import { AddRoutingCountry, beforeDestination } from './AddRoutingCountry'
import { ElementGroup } from './PartyFields'

/**
 * The three elements of an Office: `reference` (8 characters, starting with the country),
 * `name`, `country` — typed, or taken from the user's office list (offices of `role` first).
 */
export function OfficeFields({ path, role }: { path: JsonPath; role: OfficeRole }) {
  const { t } = useTranslation()
  return (
    <>
      <PickButton label={t('library.offices.from')} picker={{ kind: 'offices', path, role }} />
      <TextField path={[...path, 'reference']} element="office.reference" upper />
      <TextField path={[...path, 'name']} element="office.name" />
      <CountryField path={[...path, 'country']} element="office.country" />
    </>
  )
}

/** The three elements of a Place: UN/LOCODE without the space, `name`, `country`. */
export function PlaceFields({ path }: { path: JsonPath }) {
  const { t } = useTranslation()
  return (
    <>
      <PickButton label={t('library.places.from')} picker={{ kind: 'places', path }} />
      <TextField
        path={[...path, 'locode']}
        element="place.locode"
        upper
        placeholder={t('editor.example', { example: 'PKKHI' })}
      />
      <TextField path={[...path, 'name']} element="place.name" />
      <CountryField path={[...path, 'country']} element="place.country" />
      <KnownLocode path={[...path, 'locode']} />
    </>
  )
}

/**
 * Once the UN/LOCODE release is imported, a well-shaped code that is not in it is pointed out
 * (the validator, which has no database, checks the shape alone).
 */
function KnownLocode({ path }: { path: JsonPath }) {
  const { t } = useTranslation()
  const code = useValue(path)
  const unknown = useLiveQuery(async () => {
    if (typeof code !== 'string' || !isLocode(code)) return false
    if ((await places.countLocodes()) === 0) return false
    return (await places.locode(code)) === undefined
  }, [code])
  if (!unknown) return null
  return (
    <p className="finding finding--warning locode-unknown" role="note">
      {t('library.places.unknown', { code })}
    </p>
  )
}

function PickButton({ label, picker }: { label: string; picker: LibraryPicker }) {
  // A locked place (a lodged declaration) takes nothing from the library.
  if (!useMayChange(picker.path)) return null
  return (
    <div className="legend-actions">
      <button type="button" onClick={() => useUi.getState().setLibraryPicker(picker)}>
        {label}
      </button>
    </div>
  )
}

export function ItinerarySection() {
  const { t } = useTranslation()
  return (
    <>
      <fieldset className="group">
        <legend>{t('editor.group.itinerary')}</legend>
        <div className="grid">
          <CountryField path={['countryOfDispatch']} element="countryOfDispatch" />
          <CountryField path={['countryOfDestination']} element="countryOfDestination" />
        </div>
        <Repeated
          path={['countriesOfRouting']}
          element="countriesOfRouting"
          create={() => ''}
          inline
          addAt={beforeDestination}
          renderEntry={(entry) => <CountryField path={entry} element="routing.country" compact />}
        />
        <AddRoutingCountry />
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.offices')}</legend>
        <ElementGroup element="officeOfDeparture">
          <div className="grid">
            <OfficeFields path={['officeOfDeparture']} role="departure" />
          </div>
        </ElementGroup>
        <Repeated
          path={['officesOfTransit']}
          element="officesOfTransit"
          create={() => ({})}
          renderEntry={(entry) => (
            <div className="grid">
              <OfficeFields path={entry} role="transit" />
            </div>
          )}
        />
        <ElementGroup element="officeOfDestination">
          <div className="grid">
            <OfficeFields path={['officeOfDestination']} role="destination" />
          </div>
        </ElementGroup>
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.places')}</legend>
        <ElementGroup element="placeOfLoading">
          <div className="grid">
            <PlaceFields path={['placeOfLoading']} />
          </div>
        </ElementGroup>
        <ElementGroup element="placeOfUnloading">
          <div className="grid">
            <PlaceFields path={['placeOfUnloading']} />
          </div>
        </ElementGroup>
        <div className="grid">
          <TextField path={['locationOfGoods']} element="locationOfGoods" />
        </div>
      </fieldset>
    </>
  )
}
