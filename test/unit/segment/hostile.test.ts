import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/ingest/segment/index.js";
import { spanProblem } from "./validate.js";

const SIZE = 200 * 1024;

function repeat(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

// The runs named in the requirements.
const REQUIRED: Record<string, string> = {
  periods: repeat("."),
  spaces: repeat(" "),
  "digits with commas": repeat("1,"),
  "capitalised words": repeat("Aaa Bbb Ccc "),
  "quotation marks": repeat('"'),
  '"a. " repeated': repeat("a. "),
  newlines: repeat("\n"),
};

// Patterns aimed at this implementation's own look-arounds (token look-back,
// list chains, URL/e-mail scans, line rules).
const EXTRA: Record<string, string> = {
  "curly quotes": repeat("“”‘’"),
  "CR LF": repeat("\r\n"),
  "spaced ellipses": repeat(". "),
  "glued stops": repeat("a.A"),
  "title words": repeat("Mr. "),
  "U.S. The": repeat("U.S. The "),
  "p.m. openers": repeat("At 5 p.m. Mr. "),
  "list markers": repeat("1. "),
  bullets: repeat("• 1. "),
  "at signs": repeat("a@"),
  "long e-mail domain": "x@" + repeat("a."),
  "scheme markers": repeat("ab://"),
  www: repeat("www."),
  "question runs": repeat("?! "),
  "one long word": repeat("a"),
  "wrapped prose": repeat("one two three four\nfive six seven eight and\n"),
  "space-indented lines": repeat("     x\n"),
  closers: repeat('.)"\'”]'),
};

function timeAll(runs: Record<string, string>): number {
  const timings: string[] = [];
  let total = 0;
  for (const [name, text] of Object.entries(runs)) {
    const t0 = performance.now();
    const spans = splitSentences(text);
    const ms = performance.now() - t0;
    total += ms;
    timings.push(`${name}: ${ms.toFixed(1)} ms, ${spans.length} spans`);
    expect(spanProblem(text, spans), name).toBeNull();
  }
  console.log(timings.join("\n") + `\ntotal: ${total.toFixed(1)} ms`);
  return total;
}

describe("hostile input runs in linear time", () => {
  it("segments each required 200 KB run quickly and validly", () => {
    // generous bound: the machine is noisy, but a quadratic step would take minutes
    expect(timeAll(REQUIRED)).toBeLessThan(1500);
  });

  it("segments implementation-specific 200 KB runs quickly and validly", () => {
    expect(timeAll(EXTRA)).toBeLessThan(3000);
  });

  it("scales linearly: 8x the input takes far less than 64x the time", () => {
    const small = repeat("a. U.S. The 1. Mr. x@y.z “a.” ").slice(0, 50_000);
    const big = small.repeat(8);
    splitSentences(small); // warm up
    const t0 = performance.now();
    for (let i = 0; i < 8; i++) splitSentences(small);
    const tSmall = (performance.now() - t0) / 8;
    const t1 = performance.now();
    splitSentences(big);
    const tBig = performance.now() - t1;
    expect(tBig).toBeLessThan(Math.max(tSmall * 24, 50));
  });
});
