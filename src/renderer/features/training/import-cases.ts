/**
 * "Import cases…": the trainee picks one or many case files through the platform's own file
 * chooser (the one declarations are imported with: its JSON filter shows .tdcase.json files);
 * each file is imported or refused by name with the reason, and the report says which.
 */
import { problemText, translate } from '../../i18n'
import { platform } from '../../platform'
import { useUi } from '../../state/ui-store'
import { training } from './repository'
import { useTraining } from './training-store'

export async function importCaseFiles(): Promise<void> {
  try {
    const files = await platform.pickDeclarationFiles()
    if (!files || files.length === 0) return
    const outcomes = await training.importCases(files, translate)
    const store = useTraining.getState()
    store.setImportReport(outcomes)
    const last = outcomes.findLast((outcome) => outcome.outcome !== 'refused')
    if (last && 'id' in last) store.showCase(last.id)
  } catch (error) {
    useUi.getState().notify('error', problemText(error))
  }
}
