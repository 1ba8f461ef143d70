/** The English catalogue: app text, plus the label and help line of every format element. */
import app from './app.json'
import elements from './elements.json'

export const en = { ...app, element: elements }
