/**
 * The NCTS schemas for checking customs replies in the window: bundled as text, each loaded
 * the first time a reply needs it (the common types file alone is 0.9 MB).
 */
import type { SchemaFiles } from '../../../shared/ncts/schema-check'

const SCHEMAS = import.meta.glob<string>('../../../shared/ncts/xsd/*.xsd', {
  query: '?raw',
  import: 'default',
})

export const windowSchemaFiles: SchemaFiles = async (fileName) => {
  const load = SCHEMAS[`../../../shared/ncts/xsd/${fileName}`]
  if (!load) throw new Error(`No NCTS schema ${fileName} is bundled.`)
  return load()
}
