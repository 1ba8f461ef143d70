/**
 * The parties of the whole declaration: the holder (principal / TIR Carnet holder, who answers for
 * the transit), the representative who declares for the holder, and the carrier. Consignors and
 * consignees belong to each consignment and are edited with the goods.
 */
import { CopyPartyButton } from './CopyPartyButton'
import { PartyFields } from './PartyFields'

export function PartiesSection() {
  return (
    <>
      <PartyFields path={['holder']} element="holder" requireAddress showTirHolderId />
      <CopyPartyButton to={['representative']} />
      <PartyFields path={['representative']} element="representative" />
      <CopyPartyButton to={['carrier']} />
      <PartyFields path={['carrier']} element="carrier" />
    </>
  )
}
