import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/ingest/decode.js';

const utf16le = (s: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return new Uint8Array([0xfe, 0xff, ...be]);
};

describe('decodeArticle', () => {
  const cases: { name: string; bytes: Uint8Array; text?: string; encoding?: string; warning?: boolean; reason?: RegExp }[] = [
    { name: 'plain UTF-8', bytes: Buffer.from('Café costs €5.'), text: 'Café costs €5.', encoding: 'utf-8' },
    { name: 'UTF-8 with BOM drops the BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Hi.')]), text: 'Hi.', encoding: 'utf-8-bom' },
    { name: 'UTF-16 LE with BOM', bytes: utf16le('Müller said so.'), text: 'Müller said so.', encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', bytes: utf16be('Müller said so.'), text: 'Müller said so.', encoding: 'utf-16be' },
    { name: 'invalid UTF-8 falls back to Windows-1252', bytes: new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]), text: '“Hi” é', encoding: 'windows-1252', warning: true },
    { name: 'NUL in the first 8 KB is binary', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), reason: /binary/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = decodeArticle(c.bytes);
      if (c.reason) {
        expect(d.ok).toBe(false);
        if (!d.ok) expect(d.reason).toMatch(c.reason);
        return;
      }
      expect(d.ok).toBe(true);
      if (!d.ok) return;
      expect(d.text).toBe(c.text);
      expect(d.encoding).toBe(c.encoding);
      expect(d.warning !== null).toBe(!!c.warning);
    });
  }
});
