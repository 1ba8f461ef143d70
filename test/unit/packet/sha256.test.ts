import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { portableSha256Hex, sha256Hex, utf8Bytes } from '../../../src/shared/packet/sha256'

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

// In Node sha256Hex is node:crypto's; the browser edition runs the portable one: both checked.
describe.each([
  ['sha256Hex', sha256Hex],
  ['portableSha256Hex', portableSha256Hex],
])('%s', (_name, sha256Hex) => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    )
  })

  it('hashes a 1 MB string as node:crypto does', () => {
    const text = 'a'.repeat(1_000_000)
    expect(sha256Hex(text)).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
    const mixed = Array.from({ length: 1 << 20 }, (_, i) =>
      String.fromCharCode(32 + (i % 95)),
    ).join('')
    expect(sha256Hex(mixed)).toBe(node(mixed))
  })

  it('hashes the UTF-8 bytes of Cyrillic, Kazakh, Arabic and astral text', () => {
    for (const text of [
      'ТОО «Жетысу Текстиль Экспорт»',
      'Қ Ғ Ү Ұ Ө Ә Ң Һ І Ў',
      'شرکت تجارتی برادران احمدی',
      'emoji 🚚 and 𝄞',
    ]) {
      expect(sha256Hex(text)).toBe(node(text))
    }
  })

  it('hashes every length around the padding boundaries', () => {
    for (let n = 50; n <= 130; n++) {
      const text = 'x'.repeat(n)
      expect(sha256Hex(text)).toBe(node(text))
    }
  })

  it('encodes UTF-8 as TextEncoder does, lone surrogates included', () => {
    for (const text of ['Almaty', 'Алматы', '€', '🚚', 'a\uD800b', '\uDC00', 'end\uD83D']) {
      expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)])
    }
  })
})
