/**
 * The English catalogue: app text, the label and help line of every format element, and the
 * sentences of the validator's findings with the words they use.
 */
import app from './app.json'
import elements from './elements.json'
import validation from './validation.json'

export const en = { ...app, element: elements, validation }
