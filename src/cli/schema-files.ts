/**
 * The NCTS schemas for the command line: the sources' copy (src/shared/ncts/xsd, run by tsx) or
 * the one copied beside the built command line (out/cli/xsd, vite.cli.config.ts).
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import type { SchemaFiles } from '../shared/ncts/schema-check'

const XSD_FOLDER = [
  resolve(import.meta.dirname, '../shared/ncts/xsd'),
  resolve(import.meta.dirname, 'xsd'),
].find((folder) => existsSync(folder))

export const cliSchemaFiles: SchemaFiles = (fileName) =>
  XSD_FOLDER === undefined
    ? Promise.reject(new Error(`the NCTS schemas are missing beside ${import.meta.dirname}`))
    : readFile(resolve(XSD_FOLDER, basename(fileName)), 'utf8')
