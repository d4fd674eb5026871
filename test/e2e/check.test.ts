import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { CORPORA, ROOT, run, SAMPLE } from '../helpers.js';

const CHECK = path.join(ROOT, 'fixtures', 'check');
const SARIF_SCHEMA = path.resolve(ROOT, '..', 'shared', 'bench', 'sarif-schema-2.1.0.json');
if (!existsSync(SARIF_SCHEMA)) console.warn(`SARIF schema not found at ${SARIF_SCHEMA}: SARIF validation is skipped; nothing is fetched.`);

interface Finding {
  ruleId: string;
  severity: string;
  place: { path: string; line: number; column: number; text: string } | null;
  actual: string | null;
  expected: string;
}

function check(args: string[]): { code: number; stdout: string; stderr: string } {
  return run(['check', ...args]);
}

function findings(args: string[]): { code: number; findings: Finding[] } {
  const r = check([...args, '--format', 'json']);
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: Finding[] }).findings };
}

function tempFacts(yaml: string): { file: string; done: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'reconcile-facts-'));
  const file = path.join(dir, 'facts.yml');
  writeFileSync(file, yaml);
  return { file, done: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('check on the sample corpus', () => {
  it('passes the verified takeover, frozen assets and foreign minister facts', () => {
    const r = check(['--facts', path.join(CHECK, 'sample-facts.yml'), SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 facts checked against 5 sources: no contradictions \(3 supported\)/);
  });

  it('fails "takeover: August 2020" with exit 1 at every source that says August 2021 (or just 2021)', () => {
    const { code, findings: f } = findings(['--facts', path.join(CHECK, 'sample-wrong-takeover.yml'), 'fixtures/sample']);
    expect(code).toBe(1);
    expect(f.length).toBeGreaterThanOrEqual(3);
    for (const x of f) {
      expect(x.ruleId).toBe('takeover');
      expect(['August 2021', '2021']).toContain(x.actual);
      expect(x.expected).toBe('August 2020');
      const text = readFileSync(path.join(ROOT, x.place!.path), 'utf8').split('\n')[x.place!.line - 1]!;
      expect(text.slice(x.place!.column - 1)).toMatch(/^(?:August )?2021/);
    }
    expect(new Set(f.map((x) => path.basename(x.place!.path)))).toEqual(
      new Set(['000_88dc815298e8a86d.txt', '001_5bcc3e5a36211025.txt', '002_1ff77046ceb7a868.txt', '003_55210abeade160f9.txt']),
    );
  });

  it('a starter fact file from facts init passes against the same corpus', () => {
    for (const dir of [SAMPLE, ...['quake', 'merger', 'election', 'court'].map((c) => path.join(CORPORA, c, 'articles'))]) {
      const init = run(['facts', 'init', dir]);
      expect(init.code).toBe(0);
      expect(init.stdout).toMatch(/^# Starter fact file/);
      const t = tempFacts(init.stdout);
      try {
        const r = check(['--facts', t.file, dir]);
        expect(r.code, `${dir}\n${r.stdout}`).toBe(0);
        expect(r.stdout).toMatch(/no contradictions/);
      } finally {
        t.done();
      }
    }
  });
});

describe('false-positive traps', () => {
  it('never reads a sentence about another subject as a contradiction', () => {
    const { code, findings: f } = findings(['--facts', path.join(CHECK, 'trap', 'facts.yml'), path.join(CHECK, 'trap', 'articles')]);
    expect(code).toBe(0);
    // "2,000 soldiers" is not about houses; "Russia's foreign minister, Oleg Varin" is not the interior minister.
    expect(f.filter((x) => x.ruleId === 'houses')).toEqual([]);
    expect(f.filter((x) => x.ruleId === 'interior-minister')).toEqual([]);
  });

  it("does not hold Russia's foreign minister against a fact about Afghanistan's", () => {
    const t = tempFacts('facts:\n  - id: fm\n    claim: Afghanistan\'s foreign minister\n    value: Amir Khan Muttaqi\n    type: person\n');
    try {
      const { code, findings: f } = findings(['--facts', t.file, SAMPLE]);
      expect(code).toBe(0);
      expect(f).toEqual([]);
    } finally {
      t.done();
    }
  });
});

describe('suppressions and accepted values', () => {
  const dir = path.join(CHECK, 'suppress', 'articles');
  it('a reconcile-disable-next-line comment silences that line for that fact only', () => {
    const { code, findings: f } = findings(['--facts', path.join(CHECK, 'suppress', 'facts.yml'), dir]);
    expect(code).toBe(1);
    expect(f.map((x) => `${path.basename(x.place!.path)}:${x.actual}`)).toEqual(['wire.md:55']);
  });

  it('the same comment works in a saved web page', () => {
    const html = path.join(CHECK, 'suppress-html');
    const { code, findings: f } = findings(['--facts', path.join(html, 'facts.yml'), path.join(html, 'articles')]);
    expect(code).toBe(1);
    expect(f.map((x) => `${path.basename(x.place!.path)}:${x.actual}`)).toEqual(['wire.md:55']);
  });

  it('accept values are not contradictions', () => {
    const t = tempFacts('facts:\n  - id: death-toll\n    claim: people killed in the earthquake\n    value: "48"\n    type: number\n    accept: ["55"]\n');
    try {
      const { code, findings: f } = findings(['--facts', t.file, dir]);
      expect(code).toBe(0);
      expect(f).toEqual([]);
    } finally {
      t.done();
    }
  });

  it('a tolerance widens what fits', () => {
    const t = tempFacts('facts:\n  - id: death-toll\n    claim: people killed in the earthquake\n    value: "50"\n    type: number\n    tolerance: 10%\n');
    try {
      expect(findings(['--facts', t.file, dir]).code).toBe(0);
    } finally {
      t.done();
    }
  });
});

describe('strict mode and warnings', () => {
  const facts = 'facts:\n  - id: takeover\n    claim: the Taliban seized power in Afghanistan\n    value: August 2021\n  - id: moon\n    claim: astronauts landed on the moon\n    value: July 1969\n';
  it('--strict reports facts no article supports as warnings, exit 0', () => {
    const t = tempFacts(facts);
    try {
      const r = findings(['--facts', t.file, SAMPLE, '--strict']);
      expect(r.code).toBe(0);
      expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'moon', severity: 'warning', place: null })]);
    } finally {
      t.done();
    }
  });
  it('--max-warnings 0 turns those warnings into exit 1', () => {
    const t = tempFacts(facts);
    try {
      expect(check(['--facts', t.file, SAMPLE, '--strict', '--max-warnings', '0', '--format', 'json']).code).toBe(1);
      expect(check(['--facts', t.file, SAMPLE, '--strict', '--max-warnings', '1', '--format', 'json']).code).toBe(0);
    } finally {
      t.done();
    }
  });
});

describe('CI formats', () => {
  // A relative path, as CI passes it, so annotations point at repository files.
  const args = ['--facts', 'fixtures/check/sample-wrong-takeover.yml', 'fixtures/sample'];

  it('stylish groups findings by file', () => {
    const r = check(args);
    expect(r.stdout).toMatch(/^fixtures\/sample\/000_88dc815298e8a86d\.txt\n {2}6:103 +error +"August 2021"/m);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors, 0 warnings\)/);
  });

  it('github prints workflow commands with file, line and column', () => {
    const r = check([...args, '--format', 'github']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=fixtures\/sample\/000_88dc815298e8a86d\.txt,line=6,col=103,title=reconcile%3A takeover::"August 2021"/m);
  });

  it('junit marks the contradicted fact as a failing test case', () => {
    const r = check([...args, '--format', 'junit']);
    expect(r.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>/);
    expect(r.stdout).toMatch(/<testcase classname="reconcile\.facts" name="takeover"><failure message="\d+ contradictions of takeover"/);
  });

  it('markdown gives a table for a pull-request comment', () => {
    const r = check([...args, '--format', 'markdown']);
    expect(r.stdout).toMatch(/\| severity \| fact \| where \| found \| expected \| sentence \|/);
    expect(r.stdout).toMatch(/\| error \| `takeover` \|/);
  });

  it.skipIf(!existsSync(SARIF_SCHEMA))('sarif validates against the official SARIF 2.1.0 schema', () => {
    const r = check([...args, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')));
    const doc = JSON.parse(r.stdout);
    const ok = validate(doc);
    expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(doc.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    expect(doc.runs[0].tool.driver.rules[0].id).toBe('takeover');
  });
});
