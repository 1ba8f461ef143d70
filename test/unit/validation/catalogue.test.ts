/**
 * The validator composes no sentences: every rule's sentences are in the catalogue, and the
 * catalogue holds no sentence of a rule that does not exist.
 */
import { describe, expect, it } from 'vitest'
import { en } from '../../../src/shared/i18n/en'
import { RULE_IDS } from '../../../src/shared/validation/rules'

/** rule id → its sentence keys ("container.check-digit", "structure.type_text" …) */
function sentenceKeys(): Map<string, string[]> {
  const byRule = new Map<string, string[]>()
  for (const [group, sentences] of Object.entries(en.validation.rule)) {
    for (const key of Object.keys(sentences)) {
      const rule = `${group}.${key.split('_')[0]}`
      byRule.set(rule, [...(byRule.get(rule) ?? []), key])
    }
  }
  return byRule
}

describe('the catalogue of findings', () => {
  it('has a sentence for every rule', () => {
    const byRule = sentenceKeys()
    for (const id of RULE_IDS) expect(byRule.get(id), id).toBeDefined()
  })

  it('has no sentence of a rule that does not exist', () => {
    const rules = new Set<string>(RULE_IDS)
    for (const rule of sentenceKeys().keys()) expect(rules.has(rule), rule).toBe(true)
  })

  it('writes each sentence as one sentence ending in a full stop', () => {
    for (const sentences of Object.values(en.validation.rule)) {
      for (const text of Object.values(sentences)) {
        expect(text).toMatch(/^(\{\{[A-Za-z]+\}\}|[A-Z0-9"])/)
        expect(text).toMatch(/\.$/)
      }
    }
  })
})
