/**
 * Finds elements a file holds that the format does not define, by walking the value alongside
 * the zod schema. Import keeps them (they are written back on export) and reports them.
 *
 * Only the schema's own keys count as known: "__proto__", "constructor" or "toString" are
 * unknown elements like any other (a lookup in the shape would find Object.prototype's).
 * The value must be nested within MAX_NESTING_DEPTH (the reader checks that first).
 */
import { z } from 'zod'
import { isJsonObject, type JsonPath } from '../json'

/**
 * The unknown elements' paths, in file order; the walk stops once `limit` + 1 are found (the
 * caller refuses the file then, and need not know how many more there are).
 */
export function findUnknownElements(
  schema: z.ZodType,
  value: unknown,
  path: JsonPath = [],
  limit = Infinity,
): JsonPath[] {
  const found: JsonPath[] = []
  walk(schema, value, path, found, limit)
  return found
}

function walk(
  schema: z.ZodType,
  value: unknown,
  path: JsonPath,
  found: JsonPath[],
  limit: number,
): void {
  if (found.length > limit) return
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    walk(schema.unwrap() as z.ZodType, value, path, found, limit)
  } else if (schema instanceof z.ZodObject && isJsonObject(value)) {
    const shape = schema.shape as Record<string, z.ZodType>
    for (const key of Object.keys(value)) {
      if (found.length > limit) return
      if (Object.hasOwn(shape, key)) walk(shape[key]!, value[key], [...path, key], found, limit)
      else found.push([...path, key])
    }
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const element = schema.element as z.ZodType
    for (let index = 0; index < value.length && found.length <= limit; index++) {
      walk(element, value[index], [...path, index], found, limit)
    }
  }
}
