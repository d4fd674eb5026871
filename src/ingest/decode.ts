/** Result of turning a file's bytes into text. */
export type Decoded =
  | { ok: true; text: string; encoding: string; warning: string | null }
  | { ok: false; reason: string };

const BINARY_SNIFF_BYTES = 8192;

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €).
 * Node's decoder for that label treats those bytes as C1 controls, so map them here.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b)));
  }
  return out;
}

/** Swap byte pairs so big-endian UTF-16 can go through the little-endian decoder. */
function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/**
 * Decode an article file: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM,
 * and a Windows-1252 fallback for bytes that are not valid UTF-8.
 * A NUL byte in the first 8 KB (outside UTF-16) marks the file as binary.
 * Offsets downstream refer to the returned text, which never includes the BOM.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warning: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(swapBytePairs(bytes.subarray(2))), encoding: 'utf-16be', warning: null };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, reason: 'binary file (NUL byte in the first 8 KB)' };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', warning: null };
  } catch {
    return {
      ok: true,
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warning: 'not valid UTF-8; read as Windows-1252 (Latin-1)',
    };
  }
}
