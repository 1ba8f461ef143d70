/**
 * The English catalogue: app text, the label and help line of every format element, the
 * sentences of the validator's findings with the words they use, and the names of the code
 * lists (kept with their sources in src/shared/codes).
 */
import { ENGLISH_CODE_NAMES } from '../../codes/code-names'
import app from './app.json'
import elements from './elements.json'
import validation from './validation.json'

export const en = { ...app, element: elements, validation, codeName: ENGLISH_CODE_NAMES }
