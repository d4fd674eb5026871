import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/ingest/segment/index.js";
import { sentences } from "./helpers.js";

type Case = [input: string, expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)("%j", (input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });
}

describe("abbreviations", () => {
  table([
    ["Dr. Smith met Mr. Jones on Jan. 5 at 9 a.m. at the U.S. Embassy. They talked.", ["Dr. Smith met Mr. Jones on Jan. 5 at 9 a.m. at the U.S. Embassy.", "They talked."]],
    ["Apple Inc. said sales rose. Pitt & Co. agreed.", ["Apple Inc. said sales rose.", "Pitt & Co. agreed."]],
    ["Fruit, e.g. apples, i.e. food, etc. are sold. The end.", ["Fruit, e.g. apples, i.e. food, etc. are sold.", "The end."]],
    ["She left at 6 p.m. The next day she returned.", ["She left at 6 p.m.", "The next day she returned."]],
    ["The meeting starts at 6 p.m. Friday in Kabul.", ["The meeting starts at 6 p.m. Friday in Kabul."]],
    ["Mr. Smith went to Washington, D.C. He liked it.", ["Mr. Smith went to Washington, D.C.", "He liked it."]],
    ["They live at 10 Downing St. The house is old.", ["They live at 10 Downing St.", "The house is old."]],
    ["Gov. Newsom of Calif. signed it.", ["Gov. Newsom of Calif. signed it."]],
  ]);
});

describe("numbers and money", () => {
  table([
    ["Revenue rose 7.5% to $9.5 billion. Shares fell 3.2 points.", ["Revenue rose 7.5% to $9.5 billion.", "Shares fell 3.2 points."]],
    ["It cost $5. That was cheap.", ["It cost $5.", "That was cheap."]],
    ["He was born in 1990. In 2000 he moved.", ["He was born in 1990.", "In 2000 he moved."]],
    ["See p. 55 and No. 3 for details.", ["See p. 55 and No. 3 for details."]],
  ]);
});

describe("initials", () => {
  table([
    ["The book was written by J. R. R. Tolkien. It is long.", ["The book was written by J. R. R. Tolkien.", "It is long."]],
    ["Her name is Mary J. Blige and she sings.", ["Her name is Mary J. Blige and she sings."]],
    ["President George W. Bush spoke.", ["President George W. Bush spoke."]],
  ]);
});

describe("ellipses", () => {
  table([
    ["Wait... What happened?", ["Wait...", "What happened?"]],
    ["He paused ... then spoke.", ["He paused ... then spoke."]],
    ["It went on… and on.", ["It went on… and on."]],
  ]);
});

describe("quotations and parentheses", () => {
  table([
    ['He said "stop." Then left.', ['He said "stop."', "Then left."]],
    ["“Now that the process has started, Russia was ahead of everyone,” Muttaqi said in a video.", ["“Now that the process has started, Russia was ahead of everyone,” Muttaqi said in a video."]],
    ["“Why?” he asked. “Because,” she said.", ["“Why?” he asked.", "“Because,” she said."]],
    ["He said, “I am done.” She nodded.", ["He said, “I am done.”", "She nodded."]],
    ["(This is a parenthetical sentence.) This is another.", ["(This is a parenthetical sentence.)", "This is another."]],
    ["It ended.\"Then it began.", ["It ended.", "\"Then it began."]],
    ["“Are you ready?” Muttaqi asked. He nodded.", ["“Are you ready?” Muttaqi asked.", "He nodded."]],
    ["“Stop!” Police Chief John O’Brien shouted. Nobody moved.", ["“Stop!” Police Chief John O’Brien shouted.", "Nobody moved."]],
    ["“I’m done.” Then he left.", ["“I’m done.”", "Then he left."]],
  ]);
});

describe("lists and headings", () => {
  table([
    [
      "Key points\n- First point\n- Second point\n* Third\n1. Numbered one\n2. Numbered two",
      ["Key points", "- First point", "- Second point", "* Third", "1. Numbered one", "2. Numbered two"],
    ],
    ["Sectors including:\n- Energy and infrastructure\n- Agriculture", ["Sectors including:", "- Energy and infrastructure", "- Agriculture"]],
    ["A heading without punctuation\nThe body starts here. It has two sentences.", ["A heading without punctuation", "The body starts here.", "It has two sentences."]],
    ["1. The first item 2. The second item", ["1. The first item", "2. The second item"]],
    ["a) apples b) pears", ["a) apples", "b) pears"]],
    ["• one • two • three", ["• one", "• two", "• three"]],
  ]);
});

describe("line breaks", () => {
  table([
    ["This paragraph was hard wrapped by an editor and\ncontinues on the next line. Second sentence.", ["This paragraph was hard wrapped by an editor and\ncontinues on the next line.", "Second sentence."]],
    ["Officials said the decision would be reviewed\nnext week by the council.", ["Officials said the decision would be reviewed\nnext week by the council."]],
    ["It was a cold \nnight in the city.", ["It was a cold \nnight in the city."]],
    ["The line ends with a comma,\nAnd continues here.", ["The line ends with a comma,\nAnd continues here."]],
    ["The tumultuous U.S.\nwithdrawal happened in 2021.", ["The tumultuous U.S.\nwithdrawal happened in 2021."]],
    ["features\ncontact manager\nevents, activities\n", ["features", "contact manager", "events, activities"]],
    ["Overall Sentiment\nmildly positive", ["Overall Sentiment", "mildly positive"]],
    ["Shares rose to 5\npercent of the total.", ["Shares rose to 5\npercent of the total."]],
    ["Q. What did you see?\nA. Nothing at all.", ["Q. What did you see?", "A. Nothing at all."]],
    ["The senator, Mr.\nSmith, agreed.", ["The senator, Mr.\nSmith, agreed."]],
    ["First paragraph and\n\nsecond paragraph", ["First paragraph and", "second paragraph"]],
    ["line one\r\nline two\r\n\r\nline three", ["line one", "line two", "line three"]],
    ["Para one ends here.\u2029Para two.", ["Para one ends here.", "Para two."]],
  ]);
});

describe("offsets", () => {
  it("returns exact offsets into the untouched input", () => {
    const text = "  Hello there.  \n\n  Second one!  ";
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 14 },
      { start: 20, end: 31 },
    ]);
  });

  it("handles empty and whitespace-only input", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t ")).toEqual([]);
  });

  it("keeps surrogate pairs and emoji intact", () => {
    expect(sentences("Great news 🎉. Next 😀 one.")).toEqual(["Great news 🎉.", "Next 😀 one."]);
  });

  it("shields URLs and e-mail addresses", () => {
    expect(sentences("Visit https://example.com/a?b=1. Or email john.smith@example.org. Thanks!")).toEqual([
      "Visit https://example.com/a?b=1.",
      "Or email john.smith@example.org.",
      "Thanks!",
    ]);
  });
});
