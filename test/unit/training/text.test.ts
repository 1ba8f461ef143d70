/** A case's Text in the reader's language, else English, else its first; explanations by pointer. */
import { describe, expect, it } from 'vitest'
import { explanationFor } from '../../../src/shared/training/explain'
import { pickText } from '../../../src/shared/training/text'
import { fixtureCase } from './builders'

describe('pickText', () => {
  const text = { ru: 'Задание', en: 'Task', kk: 'Тапсырма' }

  it('reads the user’s language, a regional tag by its language', () => {
    expect(pickText(text, 'kk')).toBe('Тапсырма')
    expect(pickText(text, 'ru-RU')).toBe('Задание')
  })

  it('falls back to English, then to the first language written', () => {
    expect(pickText(text, 'ur')).toBe('Task')
    expect(pickText({ ru: 'Задание', kk: 'Тапсырма' }, 'ur')).toBe('Задание')
  })

  it('reads a plain string in any language', () => {
    expect(pickText('Task', 'ur')).toBe('Task')
  })
})

describe('explanationFor', () => {
  const kase = fixtureCase()

  it('gives the pointer’s own explanation, else the nearest one above it', () => {
    expect(explanationFor(kase, '/guarantee', 'ru')).toMatch(/^Книжка МДП/)
    expect(explanationFor(kase, '/guarantee/reference', 'en')).toMatch(/^The TIR Carnet/)
    expect(explanationFor(kase, '/consignments/0/items/2/netMass', 'en')).toMatch(/^Copy each line/)
  })

  it('gives nothing where no pointer at or above has one', () => {
    expect(explanationFor(kase, '/invoice/total', 'en')).toBeUndefined()
    expect(explanationFor(kase, '', 'en')).toBeUndefined()
  })
})
