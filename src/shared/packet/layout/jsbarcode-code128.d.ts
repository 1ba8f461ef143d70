/**
 * JsBarcode's Code 128 encoder, imported alone (the package's types cover only the renderer
 * that draws into a canvas or SVG element; the encoder needs neither).
 */
declare module 'jsbarcode/bin/barcodes/CODE128/index.js' {
  /** Code 128 with the code sets chosen automatically (A, B and C). */
  export class CODE128 {
    constructor(data: string, options: object)
    /** `data`: one character per module, "1" a bar and "0" a space, start to stop. */
    encode(): { data: string; text: string }
  }
}
