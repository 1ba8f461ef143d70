/** Translations for the main process's own text (menu, dialogs), from the shared catalogue. */
import { en } from '../../shared/i18n/en'

type Catalogue = { [key: string]: string | Catalogue }

export function translate(key: string): string {
  let node: string | Catalogue | undefined = en as Catalogue
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : key
}
