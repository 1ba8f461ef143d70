/**
 * Base64 for the compressed documents a backup carries. Chromium has it built in
 * (`Uint8Array.prototype.toBase64`, `Uint8Array.fromBase64`: native, a few ms for 15 MB); the
 * fallback serves runtimes without them (Node 20 in tests and the command line).
 */

interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string
}
interface NativeFromBase64 {
  fromBase64?: (text: string) => Uint8Array
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function isBase64(text: string): boolean {
  return BASE64.test(text)
}

export function toBase64(bytes: Uint8Array): string {
  const native = (Uint8Array.prototype as NativeBase64).toBase64
  if (native) return native.call(bytes)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The bytes of a base64 text (check it with `isBase64` first: a bad one throws). */
export function fromBase64(text: string): Uint8Array {
  const native = (Uint8Array as NativeFromBase64).fromBase64
  if (native) return native(text)
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
