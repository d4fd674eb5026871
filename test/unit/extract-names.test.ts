import { describe, expect, it } from 'vitest';
import { extractNames } from '../../src/extract/names.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { extractSource, resolveAliases } from '../../src/extract/index.js';
import { prepareSources } from '../../src/ingest/index.js';

describe('names: canonical, no titles or possessives, role kept', () => {
  const cases: { text: string; name: string; type: string; role?: string | null }[] = [
    { text: 'Afghan Foreign Minister Amir Khan Muttaqi said so.', name: 'Amir Khan Muttaqi', type: 'person', role: 'afghan foreign minister' },
    { text: 'He met Taliban Foreign Minister Mawlawi Amir Khan Muttaqi in Kabul.', name: 'Amir Khan Muttaqi', type: 'person' },
    { text: 'It was Russia’s decision.', name: 'Russia', type: 'place' },
    { text: 'They met Dmitry Zhirnov, the Russian ambassador to Kabul, on Monday.', name: 'Dmitry Zhirnov', type: 'person', role: 'russian ambassador to kabul' },
    { text: 'According to the Russian Ministry of Foreign Affairs, it was agreed.', name: 'Russian Ministry of Foreign Affairs', type: 'organization' },
    { text: 'Groups such as Islamic State Khorasan Province (ISKP) attacked.', name: 'Islamic State Khorasan Province', type: 'organization' },
    { text: 'The quake hit near Castelmora at night.', name: 'Castelmora', type: 'place' },
    { text: 'Officials in the Varenna Valley said so.', name: 'Varenna Valley', type: 'place' },
    { text: 'Judge Helena Achterberg ordered a fine.', name: 'Helena Achterberg', type: 'person', role: 'judge' },
    { text: 'The United Nations Security Council met.', name: 'United Nations Security Council', type: 'organization' },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const hit = extractNames(c.text).find((n) => n.value.name === c.name);
      expect(hit, JSON.stringify(extractNames(c.text).map((n) => n.value.name))).toBeDefined();
      expect(hit!.type).toBe(c.type);
      expect(c.text.slice(hit!.start, hit!.end)).toBe(hit!.text);
      if (c.role !== undefined) expect(hit!.value.role).toBe(c.role);
    });
  }
  it('folds diacritics in the matching key', () => {
    expect(extractNames('Minister Jürgen Müller spoke.')[0]!.value.key).toBe('jurgen muller');
  });
  it('does not read a sentence-opening common word as a name', () => {
    expect(extractNames('Despite the rain, crowds gathered.')).toEqual([]);
    // Left for corpus-wide resolution, which drops it unless the word is a name elsewhere.
    expect(extractNames('Rescuers worked through the night.').map((n) => n.type)).toEqual(['unknown']);
  });
  it('keeps a sentence-opening word only when the corpus names it mid-sentence too', () => {
    const { sources } = prepareSources([
      { id: 'a.txt', path: 'a.txt', bytes: Buffer.from('Rescuers worked through the night. Carrow employs 12,000 workers. Prosecutors said it was fraud.\n') },
      { id: 'b.txt', path: 'b.txt', bytes: Buffer.from('Rescuers dug all day. Shares of Carrow fell 2%. Prosecutors said little.\n') },
    ]);
    const names = resolveAliases(sources.flatMap(extractSource), sources).filter((c) => c.type === 'organization' || c.type === 'person' || c.type === 'place');
    expect(names.map((c) => `${c.source}:${c.text}:${c.type}`)).toEqual(['a.txt:Carrow:organization', 'b.txt:Carrow:organization']);
  });
  it('does not read months as names', () => {
    expect(extractNames('It happened in August and again in March.').map((n) => n.text)).toEqual([]);
  });
});

describe('quotes come with their speakers', () => {
  const cases: { text: string; quote: string; speaker: string | null }[] = [
    { text: '“Now that the process of recognition has started, Russia was ahead of everyone,” Muttaqi said in a video.', quote: 'Now that the process of recognition has started, Russia was ahead of everyone', speaker: 'Muttaqi' },
    { text: '“This marks a new phase of positive relations,” said Muttaqi, adding more.', quote: 'This marks a new phase of positive relations', speaker: 'Muttaqi' },
    { text: 'Kabulov stated: "Now it is time for our political interaction."', quote: 'Now it is time for our political interaction', speaker: 'Kabulov' },
    { text: '"Now it’s time for our political interaction in full," he stated.', quote: 'Now it’s time for our political interaction in full', speaker: 'he' },
    { text: 'It lifted the “terrorist” designation.', quote: '', speaker: null },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const q = extractQuotes(c.text);
      if (!c.quote) {
        expect(q).toEqual([]);
        return;
      }
      expect(q[0]?.quote).toBe(c.quote);
      expect(q[0]?.speaker).toBe(c.speaker);
    });
  }
});

// Names as real pages spell them, in sentences written here.
describe('names as news pages write them', () => {
  const cases: { text: string; name: string; type: string; role?: string | null }[] = [
    { text: 'Pine County Sheriff Dale Morrow said the search continued.', name: 'Dale Morrow', type: 'person', role: 'sheriff' },
    { text: 'The final was played at the Caesars Superdome in New Orleans.', name: 'Caesars Superdome', type: 'place' },
    { text: 'Fans filled the Westfalen Arena on Saturday.', name: 'Westfalen Arena', type: 'place' },
    { text: 'The grid operator Red Eléctrica said power was back.', name: 'Red Eléctrica', type: 'organization' },
    { text: 'Find out what is happening in Los Angelesfor free.', name: 'Los Angeles', type: 'place' },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const hit = extractNames(c.text).find((n) => n.value.name === c.name);
      expect(hit, JSON.stringify(extractNames(c.text).map((n) => `${n.value.name}/${n.type}`))).toBeDefined();
      expect(hit!.type).toBe(c.type);
      expect(c.text.slice(hit!.start, hit!.end)).toBe(hit!.text);
      if (c.role !== undefined) expect(hit!.value.role).toBe(c.role);
    });
  }
  const notNames = ['The blast came at 1:38 PM IST on Thursday.', 'Power failed at 0620 GMT.', 'Today the markets opened lower.'];
  for (const text of notNames) {
    it(`no name in: ${text}`, () => {
      const found = extractNames(text).map((n) => n.value.name);
      expect(found.filter((n) => /^(?:PM|IST|GMT|Today|PM IST)$/.test(n))).toEqual([]);
    });
  }
});
