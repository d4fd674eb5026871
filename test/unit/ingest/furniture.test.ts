import { describe, expect, it } from 'vitest';
import { prepareSources } from '../../../src/ingest/index.js';

/** Read one page the way ingest does, with a prose paragraph before and after the line under test. */
function read(line: string) {
  const body = `The council approved the new budget on Monday after a long debate.\n\n${line}\n\nThe vote passed with a clear majority of members in favour.\n`;
  const text = `---\ntitle: "Council approves budget"\n---\n${body}`;
  const { sources } = prepareSources([{ id: 'page.md', path: 'page.md', bytes: Buffer.from(text) }]);
  return sources[0]!;
}

/** Table of lines in the shapes news pages use, written here: furniture must be dropped, prose kept. */
const FURNITURE: string[] = [
  'A firefighter sprays water on a burning house in Westfield on Monday. (Jane Morrow/AP Photo)',
  'Residents look at the damage near the river. (AP Photo)',
  'The mayor speaks to reporters in Eastport. (Tom Ridley/Pool via AP)',
  'Cars stand in floodwater on Main Street in Eastport on Friday, March 7, 2025. Photo by Lee Carter/UPI | License Photo',
  '2 of 9 | Rescue crews search the rubble in Eastport on Sunday. Photo by Lee Carter/UPI | License Photo',
  'A banner honouring the victims is displayed in the town square on March 9, 2025.',
  'A view of the collapsed bridge in Eastport, on March 8, 2025. Photo: City Council',
  'The Eastport river bank after the flood. (Image credit: Sam Hill / Getty Images)',
  'Rescuers carry a survivor from the rubble in Eastport, March 8, 2025. Dana Price/Reuters via REUTERS',
  'The finance minister speaks at a press conference in Eastport on Thursday.',
  'The captain lifts the trophy at the stadium on July 13, 2025. - Reuters',
  'Jane Morrow is the news editor of the Eastport Times, follow her on social media.',
  'Sam has worked as a reporter and editor at the Herald since 2010.',
  'The Associated Press contributed to this report.',
  '(Reporting by Ann Lee in Eastport; Editing by Mark Ford)',
  'With inputs from agencies',
  'ORIGINAL POST:',
  'ALSO READ: Storm Leaves Thousands Without Power Across the Region',
  'Read more: Council Approves Budget After Long Debate',
  'Sign up for our free daily newsletter',
  'Find out what is happening in Eastport for free with the latest updates from our site.',
  'Support our journalism by joining as a $5/month member.',
  'I would like to be emailed about offers, events and updates. Read our privacy notice.',
  'Created with a charting tool 9.0Market capSource: Data provider',
  'Advertisement',
  'June 24, 2025',
  '9:22 am',
];

const PROSE: string[] = [
  'Rescue crews pulled 14 people from the rubble on Sunday, officials said.',
  'The mayor said the city would spend $40 million on repairs.',
  'Police said 3 people were arrested after the protest (the first arrests this year).',
  'Officials confirmed that 52 people had died, according to the Associated Press.',
  'Thousands of residents fled as the river rose 22 feet.',
  'The storm, which made landfall as a Category 4 hurricane, killed at least 95 people.',
  'Interior Minister Ana Reyes said the toll was likely to rise.',
  'The minister is seen as a likely successor to the prime minister.',
];

describe('page furniture gives no sentence', () => {
  const results = FURNITURE.map((line) => ({ line, kept: read(line).sentences.filter((s) => line.includes(s.text.slice(0, 20))).map((s) => s.text) }));
  const failures = results.filter((r) => r.kept.length > 0);
  it(`drops at least 95% of ${FURNITURE.length} furniture lines`, () => {
    expect((FURNITURE.length - failures.length) / FURNITURE.length, failures.map((f) => `kept: ${f.line}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  it('records every dropped line with a reason, so nothing is lost silently', () => {
    for (const line of FURNITURE.slice(0, 10)) {
      const source = read(line);
      expect(source.dropped.some((d) => d.reason && line.includes(d.text.slice(0, 15)))).toBe(true);
    }
  });
});

describe('prose next to furniture stays', () => {
  for (const line of PROSE) it(line, () => expect(read(line).sentences.some((s) => s.text.startsWith(line.slice(0, 30)))).toBe(true));
});

describe('in-sentence furniture', () => {
  it('cuts citation markers off a sentence and keeps the sentence', () => {
    const s = read('The heist took just seven minutes, prosecutors said.[1][2]');
    expect(s.sentences.map((x) => x.text)).toContain('The heist took just seven minutes, prosecutors said.');
    expect(s.dropped.find((d) => d.reason === 'citation markers')?.text).toBe('[1][2]');
  });
  it('cuts a bracketed link to more stories off a sentence', () => {
    const s = read('The storm killed more than 200 people in 2012. (More storm stories.)');
    expect(s.sentences.map((x) => x.text)).toContain('The storm killed more than 200 people in 2012.');
    expect(s.dropped.find((d) => d.reason === 'link')?.text).toBe('(More storm stories.)');
  });
  it('drops a related headline glued after prose on the same line', () => {
    const s = read('The toll rose to 1,644 on Saturday. Quake Death Toll Jumps Past One Thousand As Rescue Crews Search Collapsed Buildings.');
    expect(s.sentences.map((x) => x.text)).toContain('The toll rose to 1,644 on Saturday.');
    expect(s.dropped.find((d) => d.reason === 'related headline')).toBeDefined();
  });
});

describe('a page cut off mid-sentence', () => {
  function readCut(last: string) {
    const text = `---\ntitle: "Floods"\n---\nThe river broke its banks on Friday.\n\n${last}`;
    return prepareSources([{ id: 'cut.md', path: 'cut.md', bytes: Buffer.from(text) }]).sources[0]!;
  }
  it('keeps the finished sentences of its last line and the cut one, marked', () => {
    const s = readCut('The toll rose to 82 as of Monday. Officials said 41 people were still missing, and the governor sa');
    const texts = s.sentences.map((x) => x.text);
    expect(texts).toContain('The toll rose to 82 as of Monday.');
    const cut = s.sentences[s.sentences.length - 1]!;
    expect(cut.text).toBe('Officials said 41 people were still missing, and the governor sa');
    expect(cut.truncated).toBe(true);
    expect(s.sentences.filter((x) => x.truncated)).toHaveLength(1);
  });
  it('marks nothing when the page ends on a full stop', () => {
    expect(readCut('The toll rose to 82 as of Monday.').sentences.some((x) => x.truncated)).toBe(false);
  });
});
