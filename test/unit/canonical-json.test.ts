import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/shared/format/canonical-json'

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,1]},"b":1}',
    )
  })
  it('indents for export and ends with a newline', () => {
    expect(canonicalJson({ b: [], a: 'Ә' }, 2)).toBe('{\n  "a": "Ә",\n  "b": []\n}\n')
  })
})
