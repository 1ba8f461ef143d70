/**
 * Checking an NCTS message against its official schema (`./xsd`, CTC Phase 6 XSD 60.4.16, which
 * accepts the phase 5 messages) with libxml2 compiled to WebAssembly (libxml2-wasm): the same
 * checker in the browser, the desktop window and Node (command line, tests).
 *
 * The schema files reach the checker through a loader (`SchemaFiles`), never through node:fs,
 * for this module is also bundled for the browser. libxml2 reads a schema's includes
 * (`<xs:include schemaLocation="ctypes.xsd"/>` …) through one synchronous input provider, so a
 * message's schema and everything it includes are loaded first, then compiled in one go.
 * Compiling costs about a tenth of a second (ctypes.xsd alone is 900 kB): each message's
 * validator is compiled once per loader and kept for the life of the process, with the schema
 * document it was compiled from (libxml2's compiled schema points into it).
 *
 * libxml2-wasm is an ES module with top-level await: it is imported dynamically, on first use,
 * since the command line loads this TypeScript through tsx's CommonJS hooks, where a static
 * import of it fails.
 */
import type { ErrorDetail, XmlDocument, XmlInputProvider, XsdValidator } from 'libxml2-wasm'

/** Reads one file of `./xsd` by its name (`cc029c.xsd`, `ctypes.xsd` …) as text. */
export type SchemaFiles = (fileName: string) => Promise<string>

/** One thing the schema finds wrong in a message, as libxml2 words it, with its line (1-based). */
export interface SchemaProblem {
  line: number
  message: string
}

/** The namespace of every NCTS message's root element; the elements inside are unqualified. */
export const NCTS_NAMESPACE = 'http://ncts.dgtaxud.ec'

/** The root element of a message between a trader and customs: CC, three digits, C. */
export const NCTS_ROOT_NAME = /^CC\d{3}C$/

/** A message's problems listed: the first ones tell the story, the rest repeat it. */
export const MAX_SCHEMA_PROBLEMS = 10

type Libxml2 = typeof import('libxml2-wasm')

/**
 * How messages are parsed: a message is a file from outside, so no external entity or DTD is
 * ever loaded (NO_XXE), while internal entities are replaced by their text (NOENT), as the
 * schema validator wants them (it fails on entity reference nodes; libxml2 refuses entities that
 * amplify the text too much). Line numbers past 65535 are kept, and the bytes are UTF-8 whatever
 * the XML declaration says (NCTS messages are UTF-8; a string is UTF-8 once handed to libxml2).
 */
export function parseOptions(lib: Libxml2) {
  const { ParseOption } = lib
  return {
    encoding: 'utf-8',
    option:
      ParseOption.XML_PARSE_NONET |
      ParseOption.XML_PARSE_NO_XXE |
      ParseOption.XML_PARSE_NOENT |
      ParseOption.XML_PARSE_BIG_LINES,
  }
}

/**
 * Where libxml2 finds the schema files: the URL a schema document is parsed under, against
 * which its includes resolve (`transitdesk-ncts-xsd://schemas/ctypes.xsd`). A scheme of our
 * own, so that no other input provider answers for it and libxml2 never looks on a disk.
 */
const SCHEMA_URL = 'transitdesk-ncts-xsd://schemas/'

/** The files of the schema being compiled (compiling is synchronous): name → UTF-8 bytes. */
let serving: ReadonlyMap<string, Uint8Array> = new Map()
const openFiles = new Map<number, { bytes: Uint8Array; at: number }>()
let lastFile = 0

const schemaInput: XmlInputProvider = {
  match: (url) => url.startsWith(SCHEMA_URL),
  open: (url) => {
    const bytes = serving.get(url.slice(SCHEMA_URL.length))
    if (bytes === undefined) return undefined
    lastFile += 1
    openFiles.set(lastFile, { bytes, at: 0 })
    return lastFile
  },
  read: (fd, buffer) => {
    const file = openFiles.get(fd)
    if (file === undefined) return -1
    const chunk = file.bytes.subarray(file.at, file.at + buffer.length)
    buffer.set(chunk)
    file.at += chunk.length
    return chunk.length
  },
  close: (fd) => openFiles.delete(fd),
}

let loading: Promise<Libxml2> | undefined

/** libxml2-wasm, imported once, with the schema files' input provider registered. */
export function loadLibxml2(): Promise<Libxml2> {
  loading ??= import('libxml2-wasm').then(
    (lib) => {
      lib.xmlRegisterInputProvider(schemaInput)
      return lib
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

interface Compiled {
  /** the message's schema document, alive as long as its validator */
  schema: XmlDocument
  validator: XsdValidator
}

/** Validators by loader, then by root element; a failed compilation is forgotten. */
const compiledBy = new WeakMap<SchemaFiles, Map<string, Promise<Compiled>>>()

function compiled(lib: Libxml2, rootElement: string, files: SchemaFiles): Promise<Compiled> {
  const byRoot = compiledBy.get(files) ?? new Map<string, Promise<Compiled>>()
  compiledBy.set(files, byRoot)
  let validator = byRoot.get(rootElement)
  if (validator === undefined) {
    validator = compile(lib, `${rootElement.toLowerCase()}.xsd`, files)
    validator.catch(() => byRoot.delete(rootElement))
    byRoot.set(rootElement, validator)
  }
  return validator
}

async function compile(lib: Libxml2, fileName: string, files: SchemaFiles): Promise<Compiled> {
  const texts = await loadSchemaFiles(fileName, files)
  const encoder = new TextEncoder()
  serving = new Map([...texts].map(([name, text]) => [name, encoder.encode(text)]))
  try {
    const schema = lib.XmlDocument.fromBuffer(serving.get(fileName)!, {
      url: SCHEMA_URL + fileName,
    })
    try {
      return { schema, validator: lib.XsdValidator.fromDoc(schema) }
    } catch (error) {
      schema.dispose()
      throw error
    }
  } finally {
    serving = new Map()
  }
}

/** A schema file and every file it includes or imports, however deep, by name. */
async function loadSchemaFiles(fileName: string, files: SchemaFiles): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  const wanted = [fileName]
  for (let name = wanted.shift(); name !== undefined; name = wanted.shift()) {
    if (texts.has(name)) continue
    const text = await files(name)
    texts.set(name, text)
    wanted.push(...includesOf(text))
  }
  return texts
}

const COMMENT = /<!--[\s\S]*?-->/g
const INCLUDE =
  /<(?:[\w.-]+:)?(?:include|import|redefine)\b[^>]*?\bschemaLocation\s*=\s*["']([^"']*)["']/g
const FILE_NAME = /^[\w.-]+\.xsd$/

/** The files a schema includes (ermis-types.xsd has includes commented out: not those). */
function includesOf(schemaText: string): string[] {
  const live = schemaText.replace(COMMENT, '')
  return [...live.matchAll(INCLUDE)].map(([, location]) => {
    if (!FILE_NAME.test(location!)) {
      throw new Error(`A schema includes "${location}": only files of the same folder are read`)
    }
    return location!
  })
}

/** libxml2's details as problems: each message on one line, at most MAX_SCHEMA_PROBLEMS. */
export function problemsOf(details: readonly ErrorDetail[], fallback: string): SchemaProblem[] {
  const problems = details.slice(0, MAX_SCHEMA_PROBLEMS).map((detail) => ({
    line: detail.line,
    message: detail.message.replace(/\s+/g, ' ').trim(),
  }))
  return problems.length > 0 ? problems : [{ line: 0, message: fallback }]
}

/**
 * The problems of a parsed message against the schema of `rootElement` ([] when valid). The
 * document must be a message of that name: a document with another root (even an element the
 * schema files declare, like doc.xsd's `description`) is one problem, at its root's line.
 */
export async function schemaProblemsOf(
  document: XmlDocument,
  rootElement: string,
  files: SchemaFiles,
): Promise<SchemaProblem[]> {
  if (!NCTS_ROOT_NAME.test(rootElement)) {
    throw new RangeError(`${rootElement} is not the root element of an NCTS message`)
  }
  const lib = await loadLibxml2()
  const { validator } = await compiled(lib, rootElement, files)
  const root = document.root
  if (root.name !== rootElement || root.namespaceUri !== NCTS_NAMESPACE) {
    const name = root.namespaceUri ? `{${root.namespaceUri}}${root.name}` : root.name
    return [{ line: root.line, message: `Element '${name}': expected the root ${rootElement}.` }]
  }
  try {
    validator.validate(document)
    return []
  } catch (error) {
    if (error instanceof lib.XmlLibError) return problemsOf(error.details, error.message)
    // libxml2 gave up on the document ("Invalid input or internal error"): its fault, not ours
    if (error instanceof lib.XmlError) return [{ line: root.line, message: error.message }]
    throw error
  }
}

/**
 * The problems of a message against the schema of `rootElement` (`CC029C` → cc029c.xsd):
 * [] when it is valid, otherwise the first few in document order; XML that is not well formed
 * is one problem, libxml2's first parse error. Throws only for the caller's mistakes: a root
 * that is not CCxxxC, a schema file the loader cannot give.
 */
export async function checkAgainstSchema(
  xml: string,
  rootElement: string,
  files: SchemaFiles,
): Promise<SchemaProblem[]> {
  const lib = await loadLibxml2()
  let document: XmlDocument
  try {
    document = lib.XmlDocument.fromString(xml, parseOptions(lib))
  } catch (error) {
    if (!(error instanceof lib.XmlParseError)) throw error
    return problemsOf(error.details, error.message).slice(0, 1)
  }
  try {
    return await schemaProblemsOf(document, rootElement, files)
  } finally {
    document.dispose()
  }
}
