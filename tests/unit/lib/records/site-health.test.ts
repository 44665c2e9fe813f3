import { describe, expect, it } from 'vitest';
import { KEEP_WEEKS, parseHealth, summariseHealth, weekOf, withHealthEvent, type HealthEvent, type HealthRecord } from '../../../../lib/records/site-health.ts';

/** Day numbers of real dates (days since 1970-01-01). */
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const NAMES = { linkedin: 'LinkedIn', x: 'X (Twitter)', facebook: 'Facebook' };

function record(events: [string, HealthEvent, string][]): HealthRecord {
  return events.reduce<HealthRecord>((r, [site, e, d]) => withHealthEvent(r, site, e, day(d)), {});
}

describe('site health record', () => {
  it.each([
    ['2026-12-07', '2026-12-07'], // a Monday is its own week
    ['2026-12-06', '2026-11-30'], // Sunday belongs to the week that began the Monday before
    ['2026-12-10', '2026-12-07'],
    ['1970-01-01', '1969-12-29'],
  ])('week of %s starts on Monday %s', (d, monday) => {
    expect(weekOf(day(d))).toBe(day(monday));
  });

  it('counts events per calendar week and keeps the last dates of each kind', () => {
    const r = record([
      ['linkedin', 'seen', '2026-12-01'],
      ['linkedin', 'recognised', '2026-12-02'],
      ['linkedin', 'seen', '2026-12-07'],
      ['linkedin', 'unrecognised', '2026-12-08'],
      ['linkedin', 'unrecognised', '2026-12-08'],
    ]);
    expect(r.linkedin).toEqual({
      lastSeen: day('2026-12-08'),
      lastRecognised: day('2026-12-02'),
      lastUnrecognised: day('2026-12-08'),
      weeks: [
        { week: day('2026-12-07'), seen: 1, recognised: 0, unrecognised: 2 },
        { week: day('2026-11-30'), seen: 1, recognised: 1, unrecognised: 0 },
      ],
    });
  });

  it('never moves a last date backwards when events arrive out of order', () => {
    const r = record([
      ['x', 'recognised', '2026-12-05'],
      ['x', 'recognised', '2026-12-03'],
    ]);
    expect(r.x!.lastRecognised).toBe(day('2026-12-05'));
  });

  it(`keeps only the newest ${KEEP_WEEKS} weeks`, () => {
    let r: HealthRecord = {};
    for (let w = 0; w < KEEP_WEEKS + 4; w++) r = withHealthEvent(r, 'x', 'seen', day('2026-01-05') + 7 * w);
    expect(r.x!.weeks).toHaveLength(KEEP_WEEKS);
    expect(r.x!.weeks[0]!.week).toBe(day('2026-01-05') + 7 * (KEEP_WEEKS + 3));
  });

  it('ignores events it cannot store honestly, and never changes its input', () => {
    const before = record([['x', 'seen', '2026-12-01']]);
    const frozen = JSON.stringify(before);
    expect(withHealthEvent(before, 'Not A Site', 'seen', day('2026-12-02'))).toEqual(before);
    expect(withHealthEvent(before, 'x', 'typed' as HealthEvent, day('2026-12-02'))).toEqual(before);
    expect(withHealthEvent(before, 'x', 'seen', 1.5)).toEqual(before);
    withHealthEvent(before, 'x', 'recognised', day('2026-12-02'));
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a list', [1, 2]],
    ['text', 'LinkedIn'],
    ['a bad site id', { 'https://evil.example/': { lastSeen: 20000 } }],
  ])('reads %s as an empty record', (_label, stored) => {
    expect(parseHealth(stored)).toEqual({});
  });

  it('drops anything stored that is not a count or a date: never text', () => {
    const stored = {
      x: {
        lastSeen: 'yesterday',
        lastRecognised: day('2026-12-01'),
        lastUnrecognised: 99_999_999,
        text: 'Proud of Jack Smith',
        weeks: [{ week: day('2026-12-02'), seen: -4, recognised: 2.7, unrecognised: 'lots', post: 'Jack Smith' }, 'Jack', null],
      },
    };
    const parsed = parseHealth(stored);
    expect(parsed).toEqual({
      x: { lastSeen: null, lastRecognised: day('2026-12-01'), lastUnrecognised: null, weeks: [{ week: day('2026-11-30'), seen: 0, recognised: 2, unrecognised: 0 }] },
    });
    expect(JSON.stringify(parsed)).not.toContain('Jack');
  });
});

describe('site health summary', () => {
  const today = day('2026-12-09'); // a Wednesday

  it('says when a post was last checked and how many sends were not recognised this week', () => {
    const r = record([
      ['linkedin', 'recognised', '2026-12-07'],
      ['linkedin', 'unrecognised', '2026-12-08'],
      ['x', 'recognised', '2026-12-09'],
      ['x', 'recognised', '2026-12-08'],
    ]);
    const s = summariseHealth(r, NAMES, today);
    expect(s.map((x) => x.text)).toEqual(['LinkedIn: last checked post 2 days ago; 1 send not recognised this week', 'X (Twitter): last checked post today']);
    expect(s.map((x) => x.status)).toEqual(['check', 'ok']);
    expect(s[1]!.thisWeek).toEqual({ seen: 0, recognised: 2, unrecognised: 0 });
  });

  it.each<[string, [string, HealthEvent, string][], string, string]>([
    ['yesterday', [['x', 'recognised', '2026-12-08']], 'X (Twitter): last checked post yesterday', 'ok'],
    ['plural sends', [['x', 'recognised', '2026-12-01'], ['x', 'unrecognised', '2026-12-09'], ['x', 'unrecognised', '2026-12-07']], 'X (Twitter): last checked post 8 days ago; 2 sends not recognised this week', 'check'],
    ['last week only', [['x', 'recognised', '2026-12-09'], ['x', 'unrecognised', '2026-12-03']], 'X (Twitter): last checked post today; 1 send not recognised last week', 'check'],
    ['older misses are history', [['x', 'recognised', '2026-12-09'], ['x', 'unrecognised', '2026-11-20']], 'X (Twitter): last checked post today', 'ok'],
    ['boxes seen, nothing recognised', [['facebook', 'seen', '2026-12-06']], 'Facebook: no checked post yet; compose box last seen 3 days ago', 'unproven'],
    ['seen long ago', [['facebook', 'seen', '2026-10-01']], 'Facebook: no checked post yet; compose box last seen 69 days ago', 'ok'],
    ['unknown id shown as it is', [['tumblr', 'recognised', '2026-12-09']], 'tumblr: last checked post today', 'ok'],
  ])('%s', (_label, events, text, status) => {
    const [s] = summariseHealth(record(events), NAMES, today);
    expect(s!.text).toBe(text);
    expect(s!.status).toBe(status);
  });

  it('lists sites needing a look first, then by name; nothing for an empty record', () => {
    const r = record([
      ['x', 'recognised', '2026-12-09'],
      ['facebook', 'recognised', '2026-12-09'],
      ['linkedin', 'unrecognised', '2026-12-09'],
    ]);
    expect(summariseHealth(r, NAMES, today).map((s) => s.site)).toEqual(['linkedin', 'facebook', 'x']);
    expect(summariseHealth({}, NAMES, today)).toEqual([]);
  });
});
