import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, SAMPLE } from '../helpers.js';

interface SentencesReport {
  sources: {
    id: string;
    title: string | null;
    published: string | null;
    sentences: { text: string; start: number; end: number; line: number; column: number }[];
    dropped: { text: string; reason: string; line: number }[];
  }[];
  skipped: { id: string; reason: string }[];
}

function sentences(args: string[]): SentencesReport {
  const r = run(['sentences', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as SentencesReport;
}

describe('boilerplate on the sample corpus', () => {
  const report = sentences([SAMPLE]);
  const kept = report.sources.flatMap((s) => s.sentences.map((x) => x.text));
  const dropped = report.sources.flatMap((s) => s.dropped);

  const junk: [string, RegExp][] = [
    ['related headline', /The curious case of the British jet stuck in India/],
    ['related headline', /The Rise of Crypto Paying Apps/],
    ['related headline', /Deadly Russian Attack on Kyiv/],
    ['advert', /portfolio analytics for institutional investors/],
    ['call to action', /Request a Demo/],
    ['widget', /^Sentiment Score$/],
    ['widget', /^0\.30$/],
    ['widget', /^mildly positive$/],
  ];
  for (const [kind, pattern] of junk) {
    it(`drops the ${kind} ${pattern.source}`, () => {
      expect(kept.some((s) => pattern.test(s))).toBe(false);
      expect(dropped.some((d) => pattern.test(d.text) && d.reason.length > 0)).toBe(true);
    });
  }

  it('keeps list items as sentences, without their markers', () => {
    expect(kept).toContain('Removing the Taliban from its list of terrorist organizations in April 2025');
    expect(kept).toContain('Keeping its Kabul embassy open in 2021');
    expect(kept).toContain('Banned women from secondary and higher education');
  });

  it('keeps every real paragraph sentence', () => {
    expect(kept).toContain('Moscow has taken steps to normalize relations with the Taliban authorities since they seized power in August 2021.');
    expect(kept).toContain('The Taliban returned to power in August 2021 following the chaotic withdrawal by US and NATO forces from Afghanistan.');
    expect(kept.some((s) => s.startsWith('“Now that the process of recognition has started, Russia was ahead of everyone,” Muttaqi said'))).toBe(true);
    expect(kept.some((s) => s.includes('the tumultuous U.S. withdrawal in 2021.'))).toBe(true);
  });

  it('keeps the article title as metadata and reads it once, as a headline sentence', () => {
    const s = report.sources.find((x) => x.id === '002_1ff77046ceb7a868.txt')!;
    expect(s.title).toMatch(/^Russia Officially Recognizes Taliban Government/);
    const headlines = s.sentences.filter((x) => x.text.startsWith('Russia Officially Recognizes'));
    expect(headlines).toHaveLength(1);
    expect((headlines[0] as { headline?: boolean }).headline).toBe(true);
    expect(s.sentences[0]).toBe(headlines[0]);
  });

  it('gives sentences exact offsets and positions', () => {
    for (const s of report.sources) {
      for (const x of s.sentences) {
        expect(x.end).toBeGreaterThan(x.start);
        expect(x.line).toBeGreaterThanOrEqual(1);
        expect(x.column).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('Markdown and HTML give only the article text', () => {
  it('reads front matter as metadata and never as text', () => {
    const r = sentences([path.join(ROOT, 'fixtures', 'corpora', 'merger', 'articles', 'business-ledger-merger.md')]);
    const s = r.sources[0]!;
    expect(s.published).toBe('2023-11-13');
    expect(s.title).toBe('Carrow bets on data with Brightwater takeover');
    expect(s.sentences.some((x) => /^(title|source|published|url):/.test(x.text))).toBe(false);
    expect(s.dropped.some((d) => d.reason === 'section heading')).toBe(true);
  });

  it('extracts the body of a page with a nav bar, scripts and a footer', () => {
    const r = sentences([path.join(ROOT, 'fixtures', 'html', 'harbour-fire.html')]);
    const s = r.sources[0]!;
    expect(s.title).toBe('Warehouse fire closes Port Ellis harbour');
    expect(s.published).toBe('2024-05-17');
    const text = s.sentences.map((x) => x.text).join('\n');
    expect(text).toMatch(/Harbour master Owen Pryce said 14 ships were held at anchor/);
    expect(text).toMatch(/The harbour handled 2\.3 million tonnes of cargo last year\./);
    for (const junk of ['Home', 'Weather 2024', 'Most read', 'All rights reserved', 'Subscribe', 'Breaking: 500 killed', 'tracker', 'Buy 3 get 1 free']) {
      expect(text).not.toContain(junk);
    }
  });

  it('uses --date for sources without a date of their own', () => {
    const r = sentences([SAMPLE, '--date', '2025-07-04']);
    expect(r.sources.every((s) => s.published === '2025-07-04')).toBe(true);
  });
});

describe('encodings', () => {
  const dir = path.join(ROOT, 'fixtures', 'encodings');
  const cases: [string, string][] = [
    ['utf8.txt', 'Flooding in the river town of Kelby (Müllerstraße) forced 1,200 people from their homes on 3 March 2024, officials said.'],
    ['utf8-bom.txt', 'Flooding in the river town of Kelby forced 1,200 people from their homes on 3 March 2024, officials said.'],
    ['utf16le.txt', 'Repairs to the flood wall will cost $12 million, the council said.'],
    ['utf16be.txt', 'Repairs to the flood wall will cost $12 million, the council said.'],
    ['latin1.txt', 'Café owner José Peña said “the water rose fast” as 1,200 people left Kelby on 3 March 2024.'],
    ['crlf.txt', 'Repairs to the flood wall will cost $12 million, the council said.'],
    ['lone-cr.txt', 'Repairs to the flood wall will cost $12 million, the council said.'],
  ];
  const all = run(['sentences', dir, '--format', 'json']);
  const report = JSON.parse(all.stdout) as SentencesReport;
  for (const [file, sentence] of cases) {
    it(`${file} decodes and splits, and the other files are still reported`, () => {
      const s = report.sources.find((x) => x.id === file);
      expect(s, `missing ${file}`).toBeDefined();
      expect(s!.sentences.map((x) => x.text)).toContain(sentence);
      expect(report.sources).toHaveLength(cases.length);
    });
  }
  it('warns on stderr that Latin-1 was guessed, naming the file', () => {
    expect(all.stderr).toMatch(/latin1\.txt: not valid UTF-8; read as Windows-1252/);
  });
  it('claims in a UTF-16 file point at the decoded text', () => {
    const r = JSON.parse(run([path.join(dir, 'utf16le.txt'), '--format', 'json']).stdout) as { groups: { claims: { text: string; sentence: string }[] }[] };
    const money = r.groups.flatMap((g) => g.claims).find((c) => c.text === '$12 million');
    expect(money?.sentence).toBe('Repairs to the flood wall will cost $12 million, the council said.');
  });
});

describe('the sentences command as text', () => {
  it('lists kept sentences and dropped lines with reasons', () => {
    const r = run(['sentences', path.join(SAMPLE, '004_f8d9402be7eac14f.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[widget\] Sentiment Score/);
    expect(r.stdout).toMatch(/\[call to action\] Request a DemoOverall Sentiment/);
  });
});
