import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sentences } from "./helpers.js";

describe("seed-like news text", () => {
  it("keeps abbreviations and attributed quotes inside their sentences", () => {
    const text =
      "Despite this past, Russia retained a diplomatic presence in Kabul even after the Taliban regained power following the tumultuous U.S. withdrawal in 2021.\n" +
      "Afghan Foreign Minister Amir Khan Muttaqi said that Russia’s decision would be an example for others. “Now that the process of recognition has started, Russia was ahead of everyone,” Muttaqi said in a video of a meeting with Dmitry Zhirnov, the Russian ambassador to Kabul.\n" +
      "A meeting in March 2025 between U.S. and Taliban representatives in Qatar explored the possibility of deeper diplomatic engagement, including the establishment of a quasi-embassy in the U.S. However, Washington has yet to take definitive steps towards recognition.";
    expect(sentences(text)).toEqual([
      "Despite this past, Russia retained a diplomatic presence in Kabul even after the Taliban regained power following the tumultuous U.S. withdrawal in 2021.",
      "Afghan Foreign Minister Amir Khan Muttaqi said that Russia’s decision would be an example for others.",
      "“Now that the process of recognition has started, Russia was ahead of everyone,” Muttaqi said in a video of a meeting with Dmitry Zhirnov, the Russian ambassador to Kabul.",
      "A meeting in March 2025 between U.S. and Taliban representatives in Qatar explored the possibility of deeper diplomatic engagement, including the establishment of a quasi-embassy in the U.S.",
      "However, Washington has yet to take definitive steps towards recognition.",
    ]);
  });

  it("treats headings, list intros and bullet items as separate sentences", () => {
    const text =
      "What Russia’s Recognition Means\n" +
      "The Russian Foreign Ministry said the move would enhance bilateral cooperation in sectors including:\n" +
      "- Energy and infrastructure development\n" +
      "- Imposed strict Sharia-based dress codes and “virtue” laws\n" +
      "The United Nations has labeled these policies “gender apartheid,” and roughly $9 billion in Afghan assets remain frozen.";
    expect(sentences(text)).toEqual([
      "What Russia’s Recognition Means",
      "The Russian Foreign Ministry said the move would enhance bilateral cooperation in sectors including:",
      "- Energy and infrastructure development",
      "- Imposed strict Sharia-based dress codes and “virtue” laws",
      "The United Nations has labeled these policies “gender apartheid,” and roughly $9 billion in Afghan assets remain frozen.",
    ]);
  });

  it("ends a quoted sentence at its closing quote", () => {
    const text =
      'He noted that cooperation had begun. "Now it’s time for our political interaction in full-fledged terms and conditions," he stated.\n' +
      'Muttaqi welcomed Moscow’s move, writing on X that "Russia was ahead of everyone."';
    expect(sentences(text)).toEqual([
      "He noted that cooperation had begun.",
      '"Now it’s time for our political interaction in full-fledged terms and conditions," he stated.',
      'Muttaqi welcomed Moscow’s move, writing on X that "Russia was ahead of everyone."',
    ]);
  });
});

const SEEDS = new URL("../../../fixtures/sample", import.meta.url).pathname;
const REVIEWED = new URL("./fixtures/seeds.reviewed.json", import.meta.url);
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort() : [];

// seeds.reviewed.json holds the seed articles' sentences as checked by hand;
// regenerate with `npm run seeds -- --write` only after re-reading the diff.
describe.skipIf(seedFiles.length === 0)("seed articles", () => {
  const reviewed = JSON.parse(readFileSync(REVIEWED, "utf8")) as Record<string, string[]>;
  it.each(seedFiles)("%s matches the reviewed segmentation", (name) => {
    const text = readFileSync(join(SEEDS, name), "utf8");
    const got = sentences(text);
    expect(got).toEqual(reviewed[name]);
    for (const s of got) {
      expect(s, "split after an abbreviation").not.toMatch(/(?:^|\s)(?:Mr|Dr|Inc)\.$/u);
      expect(s.includes("\n"), "merged two lines").toBe(false);
    }
  });
});
