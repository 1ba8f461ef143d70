/**
 * Node's zlib for the PDF's streams where a packet is made in Node (the command line, the
 * desktop's packet worker): native deflate takes a tenth of the time of pako, pdf-lib's pure
 * JavaScript one, which the browser edition's worker keeps (it has no synchronous native
 * deflate). Either way the streams are zlib streams (FlateDecode); only their bytes differ, and
 * the same edition gives the same bytes.
 */
import { typedArrayFor, type PDFContext } from 'pdf-lib'
import { nodeBuiltin } from '../../node-builtin'

interface Zlib {
  deflateSync(data: Uint8Array): Uint8Array
}

const zlib = nodeBuiltin<Zlib>('node:zlib')

/** Makes the document's FlateDecode streams with Node's zlib, where there is one. */
export function useNativeDeflate(context: PDFContext): void {
  if (zlib === undefined) return
  const deflate = zlib.deflateSync.bind(zlib)
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflate(typedArrayFor(contents)), { ...dict, Filter: 'FlateDecode' })
}
