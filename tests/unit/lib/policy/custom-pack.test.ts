/**
 * A school's own pack from configuration: validated with errors that name the clause and the field,
 * applied whole or not at all, and never allowed to cost much time however large or odd the input.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../../../lib/index.ts';
import { MAX_PACK_CHARS, validateCustomPack, type PackError } from '../../../../lib/policy/custom-pack.ts';
import { resolvePack } from '../../../../lib/policy/resolve-pack.ts';
import { THEMES } from '../../../../lib/engine/types.ts';
import { getPack } from '../../../../lib/policy/packs/index.ts';

const ourPack = () => ({
  id: 'hillside-primary',
  name: 'Hillside Primary Staff Social Media Policy',
  version: 'v3, January 2026',
  url: 'https://hillside.example.sch.uk/policies/social-media.pdf',
  generalClause: '9',
  clauses: [
    { id: '9', title: 'If in doubt', quote: 'If in doubt, leave it out.' },
    { id: '4.2', title: 'Personal details', quote: 'Do not publish your address or phone number.', page: 3 },
    { id: '4.3', title: 'Language', quote: 'Do not swear or insult anyone online.', anchor: 'language' },
  ],
  themes: { 'personal-details': '4.2', 'offensive-content': '4.3', general: '9' },
});

function errorsOf(input: unknown): PackError[] {
  const r = validateCustomPack(input);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.errors;
}

// "Quickly" is shown by what the code does, not by the clock: a busy machine can make any budget in
// milliseconds fail. Too-large input must be refused without parsing it (JSON.parse never sees it) and
// without walking it (no element of a huge list is read).
afterEach(() => {
  vi.restoreAllMocks();
});

/** Watches JSON.parse and returns the lengths of the strings it was given. */
function parsedLengths(): number[] {
  const lengths: number[] = [];
  const real = JSON.parse.bind(JSON);
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
    lengths.push(String(text).length);
    return real(text, reviver) as unknown;
  });
  return lengths;
}

/** A list that counts how many of its elements were read. */
function countingList<T>(items: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

describe('validateCustomPack accepts', () => {
  it('a pack object, filling unmapped themes with null (general fallback)', () => {
    const r = validateCustomPack(ourPack());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.pack.themes).sort()).toEqual([...THEMES].sort());
    expect(r.pack.themes['pupil-images']).toBeNull();
    expect(r.pack.themes['personal-details']).toBe('4.2');
  });

  it('the same pack as JSON text (a managed-policy string value), trimming stray whitespace', () => {
    const p = ourPack();
    p.clauses[0]!.title = '  If in doubt ';
    const r = validateCustomPack(`\n${JSON.stringify(p)}\n`);
    expect(r.ok && r.pack.clauses[0]!.title).toBe('If in doubt');
  });

  it('no url ("": the school sets policyUrl instead) and two quotes from one clause, told apart by key', () => {
    const p = { ...ourPack(), url: '', clauses: [...ourPack().clauses, { id: '4.3', key: '4.3/threats', title: 'Language', quote: 'Never threaten anyone.' }] };
    expect(validateCustomPack(p).ok).toBe(true);
  });
});

describe('validateCustomPack refuses, saying which clause and which field', () => {
  it('missing fields', () => {
    const p = ourPack() as Record<string, unknown>;
    delete p.name;
    (p.clauses as Record<string, unknown>[])[1] = { id: '4.2', title: 'Personal details' };
    const errors = errorsOf(p);
    expect(errors).toContainEqual({ path: 'name', message: '"name" is missing' });
    expect(errors).toContainEqual({ path: 'clauses[1].quote', message: 'clause 2 ("4.2"): "quote" is missing' });
  });

  it('a clause that is not an object, and empty or wrongly typed fields', () => {
    const p = ourPack() as Record<string, unknown>;
    (p.clauses as unknown[]).push('5.1 Be kind', { id: '', title: 7, quote: '   ', page: 0 });
    const messages = errorsOf(p).map((e) => e.message);
    expect(messages).toContain('clause 4 must be an object with "id", "title" and "quote", got text "5.1 Be kind"');
    expect(messages).toContain('clause 5: "id" must not be empty');
    expect(messages).toContain('clause 5: "title" must be text, got number 7');
    expect(messages).toContain('clause 5: "quote" must not be empty');
    expect(messages).toContain('clause 5: "page" must be a page number from 1 to 10000, got number 0');
  });

  it('a duplicate id even when the first clause has problems of its own', () => {
    const p = ourPack() as { clauses: Record<string, unknown>[] };
    delete p.clauses[1]!.quote;
    p.clauses.push({ id: '4.2', title: 'Addresses', quote: 'Keep your address private.' });
    expect(errorsOf(p).map((e) => e.path)).toEqual(['clauses[1].quote', 'clauses[3].id']);
  });

  it('duplicate clause ids, and duplicate keys', () => {
    const p = ourPack();
    p.clauses.push({ id: '4.2', title: 'Addresses', quote: 'Keep your address private.' });
    expect(errorsOf(p)).toEqual([
      {
        path: 'clauses[3].id',
        message: 'clause 4 ("4.2"): duplicate id "4.2", already used by clause 2; when one numbered clause is quoted twice, give each a distinct "key"',
      },
    ]);
    const q = ourPack() as { clauses: Record<string, unknown>[] };
    q.clauses[1]!.key = 'x';
    q.clauses[2]!.key = 'x';
    expect(errorsOf(q).map((e) => e.path)).toEqual(['clauses[2].key', 'themes.personal-details', 'themes.offensive-content']);
  });

  it.each([
    ['http://hillside.example.sch.uk/policy.pdf', 'must be an https:// link'],
    ['javascript:alert(1)', 'must be an https:// link'],
    ['data:text/html,<b>hi</b>', 'must be an https:// link'],
    ['file:///etc/passwd', 'must be an https:// link'],
    ['ftp://hillside.example/policy', 'must be an https:// link'],
    ['hillside.example.sch.uk/policy', 'must be a full https:// link'],
    ['https://user:secret@hillside.example/policy', 'must not contain a user name or password'],
  ])('a non-https link: %s', (url, message) => {
    const errors = errorsOf({ ...ourPack(), url });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('url');
    expect(errors[0]!.message).toContain(message);
  });

  it('mappings to clauses that do not exist, unknown themes, fields and rule ids', () => {
    const p = {
      ...ourPack(),
      generalClause: '10',
      themes: { 'personal-details': '4.9', 'pupil-photos': '4.2', general: '9' },
      rules: { 'tone/profanity': '4.4', 'not a rule': '9' },
      colour: 'blue',
    };
    const errors = errorsOf(p);
    expect(errors.map((e) => e.path).sort()).toEqual(['colour', 'generalClause', 'rules.not a rule', 'rules.tone/profanity', 'themes.personal-details', 'themes.pupil-photos']);
    expect(errors.find((e) => e.path === 'themes.personal-details')!.message).toBe(
      'theme "personal-details" maps to clause "4.9", which is not in "clauses" (clauses: "9", "4.2", "4.3")',
    );
    expect(errors.find((e) => e.path === 'colour')!.message).toContain('unknown field "colour"');
  });

  it.each([
    ['not JSON', '{"id": "x",', 'not valid JSON'],
    ['a list', [], 'must be a JSON object, got a list'],
    ['a number', 42, 'must be a JSON object, got number 42'],
    ['null', null, 'must be a JSON object, got null'],
    ['nothing', undefined, 'must be a JSON object, got nothing'],
  ])('%s', (_what, input, message) => {
    expect(errorsOf(input)[0]!.message).toContain(message);
  });

  it('10 MB of JSON text, before parsing it', () => {
    const huge = JSON.stringify({ ...ourPack(), urlNote: 'x'.repeat(10_000_000) });
    const lengths = parsedLengths();
    const value = errorsOf(huge);
    expect(value).toEqual([{ path: '', message: expect.stringContaining('at most 1,000,000') as string }]);
    expect(value[0]!.message).toContain('10,000,');
    expect(MAX_PACK_CHARS).toBe(1_000_000);
    expect(lengths.filter((n) => n > MAX_PACK_CHARS)).toEqual([]);
  });

  it('a 10 MB object (already parsed), without walking its elements', () => {
    const { list: clauses, reads } = countingList(Array.from({ length: 1_000_000 }, (_, i) => ({ id: String(i), title: 't', quote: 'q' })));
    const value = errorsOf({ ...ourPack(), clauses });
    expect(value).toHaveLength(1);
    expect(value[0]!.message).toContain('larger than');
    expect(reads()).toBeLessThan(100);
  });

  it('absurd nesting and cycles without throwing', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(errorsOf({ ...ourPack(), themes: deep })[0]!.message).toContain('nested');
    const cyclic: Record<string, unknown> = ourPack();
    cyclic.self = cyclic;
    expect(errorsOf(cyclic)[0]!.message).toContain('nested');
  });

  it('lists at most 50 problems', () => {
    const clauses = Array.from({ length: 200 }, () => ({}));
    expect(errorsOf({ ...ourPack(), clauses })).toHaveLength(50);
  });
});

describe('resolvePack and createAnalyzer', () => {
  const stockham = getPack('stockham-primary')!;

  it('a valid custom pack wins over policyPack, and findings cite it', () => {
    const config = { policyPack: 'stockham-primary', customPack: JSON.stringify(ourPack()) };
    expect(resolvePack(config)).toMatchObject({ source: 'custom', problems: [] });
    const analyzer = createAnalyzer(config);
    expect(analyzer.problems).toEqual([]);
    const [f] = analyzer.analyze('What the fuck');
    expect(f?.clause).toEqual({
      policy: 'Hillside Primary Staff Social Media Policy',
      id: '4.3',
      title: 'Language',
      quote: 'Do not swear or insult anyone online.',
      url: 'https://hillside.example.sch.uk/policies/social-media.pdf#language',
    });
  });

  it('a bad custom pack leaves the configured built-in pack in force and reports every problem', () => {
    const bad = { ...ourPack(), url: 'http://hillside.example.sch.uk/policy.pdf', clauses: [...ourPack().clauses, ourPack().clauses[1]!] };
    const r = resolvePack({ policyPack: 'stockham-primary', customPack: bad });
    expect(r.pack).toBe(stockham);
    expect(r.source).toBe('builtin');
    expect(r.problems.map((p) => p.key)).toEqual(['customPack', 'customPack']);
    expect(r.problems[0]!.message).toMatch(/^was not applied \(2 problems; "Stockham Primary School Social Media Policy" stays in force\): "url" must be an https:\/\/ link/);
    expect(r.problems[1]!.message).toContain('clause 4 ("4.2"): duplicate id "4.2"');

    const analyzer = createAnalyzer({ policyPack: 'stockham-primary', customPack: bad });
    expect(analyzer.problems).toEqual(r.problems);
    expect(analyzer.analyze('What the fuck')[0]?.clause.id).toBe('5.5');
  });

  it('a bad custom pack keeps the previous pack when the caller has one', () => {
    const previous = validateCustomPack(ourPack());
    if (!previous.ok) throw new Error('fixture');
    const r = resolvePack({ policyPack: 'stockham-primary', customPack: '{"id": "half-typed' }, { previous: previous.pack });
    expect(r.pack).toBe(previous.pack);
    expect(r.source).toBe('previous');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toContain('not valid JSON');
  });

  it('an unknown policyPack id keeps the previous pack, or the default, and says which ids exist', () => {
    const r = resolvePack({ policyPack: 'woodbridge' });
    expect(r.pack.id).toBe('default');
    expect(r.problems).toEqual([{ key: 'policyPack', message: expect.stringContaining('unknown policy pack "woodbridge"') as string }]);
    expect(r.problems[0]!.message).toContain('woodbridge-junior');
    expect(resolvePack({ policyPack: 'woodbridge' }, { previous: stockham }).pack).toBe(stockham);
    // A malformed id is reported once, by the pack resolver, not twice.
    expect(createAnalyzer({ policyPack: 'Woodbridge Junior' }).problems.filter((p) => p.key === 'policyPack')).toHaveLength(1);
  });

  it('no configuration means the default pack', () => {
    expect(resolvePack(undefined)).toMatchObject({ source: 'default', problems: [] });
    expect(resolvePack({ policyPack: 'city-of-rochester' }).pack.id).toBe('city-of-rochester');
  });

  it('a 10 MB custom pack in configuration costs the analyser almost nothing', () => {
    const config = { policyPack: 'woodbridge-junior', customPack: 'x'.repeat(10_000_000) };
    const lengths = parsedLengths();
    const analyzer = createAnalyzer(config);
    expect(lengths.filter((n) => n > MAX_PACK_CHARS)).toEqual([]);
    expect(analyzer.problems).toEqual([{ key: 'customPack', message: expect.stringContaining('10,000,000 characters long') as string }]);
    expect(analyzer.analyze('What the fuck')[0]?.clause.policy).toBe('Woodbridge Junior School Social Media Policy');
  });
});
