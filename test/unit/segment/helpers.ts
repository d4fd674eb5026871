import { splitSentences } from "../../../src/ingest/segment/index.js";
import { spanProblem } from "./validate.js";

/** Sentences as strings, after checking the spans' invariants. */
export function sentences(text: string): string[] {
  const spans = splitSentences(text);
  const problem = spanProblem(text, spans);
  if (problem !== null) throw new Error(problem);
  return spans.map((s) => text.slice(s.start, s.end));
}
