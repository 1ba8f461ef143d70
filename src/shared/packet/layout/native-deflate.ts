/**
 * Node's zlib for the PDF's streams where a packet is made in Node (the command line, the
 * desktop's packet worker): native deflate takes a tenth of the time of pako, pdf-lib's pure
 * JavaScript one, which the browser edition's worker keeps (it has no synchronous native
 * deflate). Either way the streams are zlib streams (FlateDecode); only their bytes differ, and
 * the same edition gives the same bytes.
 */
import type { PDFContext } from 'pdf-lib'
import { nodeBuiltin } from '../../node-builtin'

interface Zlib {
  deflateSync(data: Uint8Array): Uint8Array
}
interface NodeBuffer {
  Buffer: { from(text: string, encoding: 'latin1'): Uint8Array }
}

const zlib = nodeBuiltin<Zlib>('node:zlib')
const buffer = nodeBuiltin<NodeBuffer>('node:buffer')

/** Makes the document's FlateDecode streams with Node's zlib, where there is one. */
export function useNativeDeflate(context: PDFContext): void {
  if (zlib === undefined || buffer === undefined) return
  const deflate = zlib.deflateSync.bind(zlib)
  // A page's operators are one string of bytes (every character below 256): Node copies it
  // natively, as pdf-lib's typedArrayFor does a character at a time (megabytes at 999 items).
  const bytesOf = (contents: string | Uint8Array) =>
    typeof contents === 'string' ? buffer.Buffer.from(contents, 'latin1') : contents
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflate(bytesOf(contents)), { ...dict, Filter: 'FlateDecode' })
}
