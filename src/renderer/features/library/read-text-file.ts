/** A text file the user chose, as text: UTF-8 when it is UTF-8, else Windows-1252 (Latin-1). */
export async function readTextFile(file: Blob, fallback = 'windows-1252'): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder(fallback).decode(bytes)
  }
}
