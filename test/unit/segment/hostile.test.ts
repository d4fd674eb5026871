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

function segmentAll(runs: Record<string, string>): void {
  for (const [name, text] of Object.entries(runs)) expect(spanProblem(text, splitSentences(text)), name).toBeNull();
}

// Speed is measured by `npm run bench` (hostile inputs as per-MB time against normal text); no test
// depends on the machine's speed. A quadratic step would still fail by running past these generous
// timeouts, which normal runs stay far below.
describe("hostile input", () => {
  it("segments each required 200 KB run validly", { timeout: 120_000 }, () => segmentAll(REQUIRED));
  it("segments implementation-specific 200 KB runs validly", { timeout: 120_000 }, () => segmentAll(EXTRA));
  it("segments eight times the input into eight times the spans", { timeout: 120_000 }, () => {
    const small = repeat("a. U.S. The 1. Mr. x@y.z “a.” ").slice(0, 50_000);
    expect(splitSentences(small.repeat(8)).length).toBeGreaterThanOrEqual(splitSentences(small).length * 8 - 8);
  });
});
