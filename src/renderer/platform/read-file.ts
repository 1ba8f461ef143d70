import { MAX_DECLARATION_FILE_BYTES } from '../../shared/format/constants'
import type { PickedFile } from './types'

/** Reads a browser File (picked or dropped); files over the limit are not read at all. */
export async function readBrowserFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_DECLARATION_FILE_BYTES)
    return { name: file.name, text: '', byteLength: file.size }
  try {
    const bytes = await file.arrayBuffer()
    return {
      name: file.name,
      text: new TextDecoder('utf-8').decode(bytes),
      byteLength: bytes.byteLength,
    }
  } catch (error) {
    return {
      name: file.name,
      error: `“${file.name}” could not be read: ${(error as Error).message}.`,
    }
  }
}
