/**
 * Article text is untrusted: before it reaches a terminal, every control character
 * (C0, DEL, C1 including the 8-bit CSI U+009B) and every bidirectional override is
 * shown as a visible `\uXXXX` escape, so no text can move the cursor, set the
 * clipboard (OSC 52) or reorder what the reader sees.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;

/** Escape control and bidi characters in untrusted text. Newlines and tabs become spaces. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (ch === '\n' || ch === '\t' || ch === '\r') return ' ';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Escape control and bidi characters but keep line breaks (for multi-line text blocks). */
export function safeLines(text: string): string {
  return text.split(/\r\n|\r|\n/).map(safeText).join('\n');
}
