import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1Hex } from '../../src/hash.js';

describe('sha1Hex', () => {
  // Claim and group ids are cut from this digest: it must be SHA-1 whichever Node API computes it.
  it.each(['', 'abc', 'story/a.txt\u0000120\u0000131\u0000money', 'Müller’s “quote” — 北京'])('gives the SHA-1 of %j', (text) => {
    expect(sha1Hex(text)).toBe(createHash('sha1').update(text).digest('hex'));
  });
  it('matches the published SHA-1 of "abc"', () => {
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
