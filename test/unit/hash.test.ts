import { describe, expect, it } from 'vitest';
import { sha1Hex, sha1HexByObject } from '../../src/hash.js';

// Claim and group ids are cut from this digest: both ways of computing it, the one-shot
// call of newer Node versions and the hash object of older ones, must give the same ids.
describe.each([
  ['sha1Hex', sha1Hex],
  ['sha1HexByObject', sha1HexByObject],
])('%s', (_name, hash) => {
  it('gives the published SHA-1 of "abc" and of the empty string', () => {
    expect(hash('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hash('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });
  it.each(['story/a.txt\u0000120\u0000131\u0000money', 'Müller’s “quote” — 北京'])('agrees with the other way on %j', (text) => {
    expect(hash(text)).toBe(sha1Hex === hash ? sha1HexByObject(text) : sha1Hex(text));
  });
});
