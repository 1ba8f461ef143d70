/** The Kazakh catalogue (Cyrillic), in the English one's shape (see ../en/index.ts); a native speaker's review is welcome. */
import app from './app.json'
import codes from './codes.json'
import elements from './elements.json'
import validation from './validation.json'

export const kk = { ...app, element: elements, validation, codeName: codes }
