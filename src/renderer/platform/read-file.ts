import { MAX_DECLARATION_FILE_BYTES } from '../../shared/format/constants'
import { decodeDeclarationBytes } from '../../shared/format/read-declaration'
import i18n, { problemText } from '../i18n'
import type { PickedFile } from './types'

/**
 * Reads a browser File (picked or dropped); files over the limit are not read at all. Bytes that
 * are not UTF-8 refuse the file here (decoded strictly, so a genuine U+FFFD is just a character).
 */
export async function readBrowserFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_DECLARATION_FILE_BYTES)
    return { name: file.name, text: '', byteLength: file.size }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const decoded = decodeDeclarationBytes(file.name, bytes, (key, options) => i18n.t(key, options))
    if ('message' in decoded) return { name: file.name, error: decoded.message }
    return { name: file.name, text: decoded.text, byteLength: bytes.byteLength }
  } catch (error) {
    return {
      name: file.name,
      error: i18n.t('system.readFailed', { name: file.name, reason: problemText(error) }),
    }
  }
}
