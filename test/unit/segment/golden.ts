// Scores the segmenter on the English "Golden Rules" benchmark data.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { splitSentences } from "../../../src/ingest/segment/index.js";

export interface GoldenRule {
  id: number;
  name: string;
  input: string;
  expected: string[];
  options?: { doc_type?: string };
}

export interface GoldenResult {
  rule: GoldenRule;
  actual: string[];
  pass: boolean;
}

/** Benchmark location; override with GOLDEN_RULES=/path/to/file.json. */
export const GOLDEN_PATH =
  process.env["GOLDEN_RULES"] ?? fileURLToPath(new URL("../../../../shared/bench/golden-rules-en.json", import.meta.url));

export function goldenAvailable(): boolean {
  return existsSync(GOLDEN_PATH);
}

// Spans cannot rewrite the input, so a rule whose expected output joins a
// wrapped line ("cold \nnight" -> "cold night") is compared with whitespace
// runs collapsed; every other character must match exactly.
function normalise(s: string): string {
  return s.trim().split(/\s+/u).join(" ");
}

export function scoreGolden(): GoldenResult[] {
  const rules = JSON.parse(readFileSync(GOLDEN_PATH, "utf8")) as GoldenRule[];
  return rules.map((rule) => {
    const actual = splitSentences(rule.input).map((s) => rule.input.slice(s.start, s.end));
    const want = rule.expected.map(normalise);
    const got = actual.map(normalise);
    const pass = want.length === got.length && want.every((w, i) => w === got[i]);
    return { rule, actual, pass };
  });
}
