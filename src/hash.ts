import * as crypto from 'node:crypto';

/** The SHA-1 of `text` in hex through a hash object, which every Node version has. */
export function sha1HexByObject(text: string): string {
  return crypto.createHash('sha1').update(text).digest('hex');
}

/**
 * The SHA-1 of `text` in hex. Ids are hashed for every claim and group, and the one-shot
 * `crypto.hash` (Node 20.12 and later) is about twice as fast as a hash object per id;
 * both give the same digest, so ids do not depend on the Node version.
 */
export const sha1Hex: (text: string) => string = typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'hex') : sha1HexByObject;
