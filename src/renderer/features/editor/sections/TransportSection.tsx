/**
 * Transport and seals (TIR-EPD step 4): the modes of transport, the vehicles at departure and the
 * active means crossing the border, containers, the TIR approval certificate and the seals.
 */
import { useTranslation } from 'react-i18next'
import { LibraryButtons } from '../../library/LibraryButtons'
import { CheckboxField, CodeField, CountryField, SelectField, TextField } from '../fields'
import { meansKindOptions } from '../options'
import { Repeated } from '../repeated'
import { ElementGroup } from './PartyFields'

export function TransportSection() {
  const { t } = useTranslation()
  return (
    <>
      <fieldset className="group">
        <legend>{t('editor.group.transport')}</legend>
        <div className="grid">
          <CodeField
            path={['transport', 'borderMode']}
            element="transport.borderMode"
            list="transportMode"
          />
          <CodeField
            path={['transport', 'inlandMode']}
            element="transport.inlandMode"
            list="transportMode"
          />
          <CheckboxField path={['transport', 'containerised']} element="transport.containerised" />
          <TextField
            path={['transport', 'approvalCertificate']}
            element="transport.approvalCertificate"
          />
          <CheckboxField
            path={['transport', 'heavyOrBulky']}
            element="transport.heavyOrBulky"
            optional
          />
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.means')}</legend>
        <LibraryButtons kind="vehicles" path={['transport']} savePath={['transport']} />
        <Repeated
          path={['transport', 'meansAtDeparture']}
          element="transport.meansAtDeparture"
          create={() => ({})}
          renderEntry={(entry) => (
            <div className="grid">
              <SelectField
                path={[...entry, 'kind']}
                element="means.kind"
                options={meansKindOptions(t)}
              />
              <TextField path={[...entry, 'identity']} element="means.identity" upper />
              <CountryField path={[...entry, 'nationality']} element="means.nationality" />
            </div>
          )}
        />
        <ElementGroup element="transport.meansAtBorder">
          <div className="grid">
            <TextField
              path={['transport', 'meansAtBorder', 'identity']}
              element="means.identity"
              upper
            />
            <CountryField
              path={['transport', 'meansAtBorder', 'nationality']}
              element="means.nationality"
            />
          </div>
        </ElementGroup>
      </fieldset>
      <fieldset className="group">
        <legend>{t('editor.group.seals')}</legend>
        <Repeated
          path={['seals']}
          element="seals"
          create={() => ''}
          inline
          renderEntry={(entry) => <TextField path={entry} element="seal" upper compact />}
        />
      </fieldset>
    </>
  )
}
