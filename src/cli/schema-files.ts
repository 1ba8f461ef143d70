/** The NCTS schemas, read from the sources' copy (src/shared/ncts/xsd) for the command line. */
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { SchemaFiles } from '../shared/ncts/schema-check'

const XSD_FOLDER = resolve(import.meta.dirname, '../shared/ncts/xsd')

export const cliSchemaFiles: SchemaFiles = (fileName) =>
  readFile(resolve(XSD_FOLDER, basename(fileName)), 'utf8')
