/**
 * Finds elements a file holds that the format does not define, by walking the value alongside
 * the zod schema. Import keeps them (they are written back on export) and reports each one.
 */
import { z } from 'zod'
import { isJsonObject, type JsonPath } from '../json'

export function findUnknownElements(
  schema: z.ZodType,
  value: unknown,
  path: JsonPath = [],
): JsonPath[] {
  const found: JsonPath[] = []
  walk(schema, value, path, found)
  return found
}

function walk(schema: z.ZodType, value: unknown, path: JsonPath, found: JsonPath[]): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    walk(schema.unwrap() as z.ZodType, value, path, found)
  } else if (schema instanceof z.ZodObject && isJsonObject(value)) {
    const shape = schema.shape as Record<string, z.ZodType>
    for (const [key, child] of Object.entries(value)) {
      const childSchema = shape[key]
      if (childSchema) walk(childSchema, child, [...path, key], found)
      else found.push([...path, key])
    }
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((element, index) =>
      walk(schema.element as z.ZodType, element, [...path, index], found),
    )
  }
}
