/**
 * Itinerary and customs offices (TIR-EPD steps 2 and 3): where the goods start and end, the
 * countries they cross in travel order, the offices that handle them, and where they are loaded.
 */
import { useTranslation } from 'react-i18next'
import { LIMITS } from '../../../../shared/format/constants'
import type { JsonPath } from '../../../../shared/json'
import { CountryField, TextField } from '../fields'
import { Repeated } from '../repeated'
import { ElementGroup } from './PartyFields'

/** The three elements of an Office: `reference` (8 characters, starting with the country), `name`, `country`. */
export function OfficeFields({ path }: { path: JsonPath }) {
  return (
    <>
      <TextField path={[...path, 'reference']} element="office.reference" maxLength={8} upper />
      <TextField path={[...path, 'name']} element="office.name" maxLength={70} />
      <CountryField path={[...path, 'country']} element="office.country" />
    </>
  )
}

/** The three elements of a Place: UN/LOCODE without the space, `name`, `country`. */
export function PlaceFields({ path }: { path: JsonPath }) {
  return (
    <>
      <TextField
        path={[...path, 'locode']}
        element="place.locode"
        maxLength={5}
        upper
        placeholder="PKKHI"
      />
      <TextField path={[...path, 'name']} element="place.name" maxLength={35} />
      <CountryField path={[...path, 'country']} element="place.country" />
    </>
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
          max={LIMITS.routing.max}
          create={() => ''}
          inline
          renderEntry={(entry) => <CountryField path={entry} element="routing.country" compact />}
        />
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.offices')}</legend>
        <ElementGroup element="officeOfDeparture">
          <div className="grid">
            <OfficeFields path={['officeOfDeparture']} />
          </div>
        </ElementGroup>
        <Repeated
          path={['officesOfTransit']}
          element="officesOfTransit"
          max={LIMITS.officesOfTransit}
          create={() => ({})}
          renderEntry={(entry) => (
            <div className="grid">
              <OfficeFields path={entry} />
            </div>
          )}
        />
        <ElementGroup element="officeOfDestination">
          <div className="grid">
            <OfficeFields path={['officeOfDestination']} />
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
          <TextField path={['locationOfGoods']} element="locationOfGoods" maxLength={70} />
        </div>
      </fieldset>
    </>
  )
}
