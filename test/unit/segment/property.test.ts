import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/ingest/segment/index.js";
import { spanProblem, splitsSurrogate } from "./validate.js";

const RUNS = 2000;

// Characters that drive the segmenter's decisions, so random strings hit its branches.
const PUNCTUATION_HEAVY = fc.constantFrom(
  ".", ".", "!", "?", "…", " ", " ", "\n", "\r", "\r\n", "\t", "\u00a0", "\u2028", "\u3000",
  '"', "'", "“", "”", "‘", "’", "(", ")", "[", "]", "«", "»", ",", ";", ":", "-", "*", "•", "⁃",
  "@", "/", "a", "A", "I", "U", "S", "e", "g", "p", "m", "1", "2", "9", "$", "%", "é", "Ж", "😀", "\ud800",
);

// Word-level pieces: real abbreviations, list markers, URLs, quotes and line breaks.
const TOKENS = fc.constantFrom(
  "Mr.", "Dr.", "U.S.", "a.m.", "p.m.", "e.g.", "Inc.", "Co.", "Jan.", "J.", "I.", "No.", "St.",
  "The", "He", "she", "said", "word", "Government", "1.", "2.", "a)", "b)", "1.)", "(3)", "- ", "* ", "• ",
  "$9.5", "7.5%", "1,000.", "...", ". . .", "…", "?!", "!", "?", ".", ",", "“", "”", '"', "'", "(", ")",
  "https://example.com/a.html", "www.example.org", "jane.doe@example.com", "x@", "://",
  " ", " ", " ", "\n", "\n\n", "\r\n", " \n", "\t",
);

const ARBITRARY_TEXT = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.string({ unit: PUNCTUATION_HEAVY, maxLength: 300 }),
  fc.array(TOKENS, { maxLength: 80 }).map((parts) => parts.join("")),
  fc.array(TOKENS, { maxLength: 80 }).map((parts) => parts.join(" ")),
);

describe("properties", () => {
  it("spans are valid and tile the non-whitespace content", () => {
    fc.assert(
      fc.property(ARBITRARY_TEXT, (text) => {
        const spans = splitSentences(text);
        expect(spanProblem(text, spans)).toBeNull();
        expect(splitsSurrogate(text, spans)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(ARBITRARY_TEXT, (text) => {
        expect(splitSentences(text)).toEqual(splitSentences(text));
      }),
      { numRuns: 300 },
    );
  });

  it("a leading blank line only shifts the offsets; a trailing one changes nothing", () => {
    fc.assert(
      fc.property(ARBITRARY_TEXT, (text) => {
        const base = splitSentences(text);
        const shifted = splitSentences("\n\n" + text).map((s) => ({ start: s.start - 2, end: s.end - 2 }));
        expect(shifted).toEqual(base);
        expect(splitSentences(text + "\n\n")).toEqual(base);
      }),
      { numRuns: RUNS },
    );
  });
});
