import { describe, expect, it } from 'vitest';
import { dismissedToday, localParts, workingHoursNote } from '../../../../lib/notes/working-hours.ts';
import { NOTE_KINDS, noteFor } from '../../../../lib/notes/note-kinds.ts';
import { defaultPack, listPacks } from '../../../../lib/policy/packs/index.ts';
import type { PolicyPack } from '../../../../lib/policy/pack.ts';

const LONDON = 'Europe/London';
/** A wall-clock time in London, as the instant it is (BST or GMT as it was that day). */
const london = (iso: string) => {
  // Guess UTC, then correct by the zone's offset at that instant (enough away from the change hour).
  const guess = new Date(`${iso}Z`);
  const local = localParts(guess, LONDON);
  const [h, m] = iso.slice(11, 16).split(':').map(Number);
  const drift = local.minutes - (h! * 60 + m!);
  return new Date(guess.getTime() - ((drift + 1440 * 1.5) % 1440 - 720) * 60_000);
};

describe('workingHoursNote (defaults 08:30–15:30, Mon–Fri)', () => {
  it.each([
    ['2026-11-18T08:29', false, 'a minute before the start'],
    ['2026-11-18T08:30', true, 'the start itself'],
    ['2026-11-18T12:00', true, 'midday'],
    ['2026-11-18T15:29', true, 'the last minute'],
    ['2026-11-18T15:30', false, 'the end itself (exclusive)'],
    ['2026-11-20T10:00', true, 'a Friday'],
    ['2026-11-21T10:00', false, 'a Saturday'],
    ['2026-11-22T10:00', false, 'a Sunday'],
    ['2026-11-16T10:00', true, 'a Monday'],
  ])('%s is in hours: %s (%s)', (iso, inHours) => {
    expect(workingHoursNote(london(iso), {}, LONDON)).toEqual({ inHours, day: iso.slice(0, 10) });
  });

  it('reads the wall clock on a DST day: 08:45 BST on the change-over Monday is in hours, 08:15 is not', () => {
    // Clocks went forward on Sunday 29 March 2026: 08:45 BST is 07:45 UTC, before 08:30 by a UTC clock.
    expect(workingHoursNote(new Date('2026-03-30T07:45:00Z'), {}, LONDON).inHours).toBe(true);
    expect(workingHoursNote(new Date('2026-03-30T07:15:00Z'), {}, LONDON).inHours).toBe(false);
    // And 15:15 BST (14:15 UTC) is still in, 15:30 BST (14:30 UTC) is out.
    expect(workingHoursNote(new Date('2026-03-30T14:15:00Z'), {}, LONDON).inHours).toBe(true);
    expect(workingHoursNote(new Date('2026-03-30T14:30:00Z'), {}, LONDON).inHours).toBe(false);
  });

  it('the date key follows the local day, not UTC', () => {
    // 23:30 UTC in summer is already tomorrow in London.
    expect(workingHoursNote(new Date('2026-06-10T23:30:00Z'), {}, LONDON).day).toBe('2026-06-11');
  });

  it('uses configured hours and days', () => {
    const config = { schoolHoursStart: '07:45', schoolHoursEnd: '16:00', schoolDays: [1, 2, 3, 4, 5, 6] };
    expect(workingHoursNote(london('2026-11-18T07:50'), config, LONDON).inHours).toBe(true);
    expect(workingHoursNote(london('2026-11-18T15:45'), config, LONDON).inHours).toBe(true);
    expect(workingHoursNote(london('2026-11-21T10:00'), config, LONDON).inHours).toBe(true);
    expect(workingHoursNote(london('2026-11-22T10:00'), config, LONDON).inHours).toBe(false);
    // No school days (holidays configured away): never in hours.
    expect(workingHoursNote(london('2026-11-18T10:00'), { schoolDays: [] }, LONDON).inHours).toBe(false);
  });

  it('falls back to the defaults for a malformed time', () => {
    expect(workingHoursNote(london('2026-11-18T08:40'), { schoolHoursStart: '8.30' }, LONDON).inHours).toBe(true);
    expect(workingHoursNote(london('2026-11-18T08:20'), { schoolHoursStart: '8.30' }, LONDON).inHours).toBe(false);
  });
});

describe('dismissedToday', () => {
  it('holds for the rest of the local day and lapses at local midnight', () => {
    expect(dismissedToday('2026-11-18', london('2026-11-18T09:00'), LONDON)).toBe(true);
    expect(dismissedToday('2026-11-18', london('2026-11-18T23:59'), LONDON)).toBe(true);
    expect(dismissedToday('2026-11-18', london('2026-11-19T00:00'), LONDON)).toBe(false);
    expect(dismissedToday(undefined, london('2026-11-18T09:00'), LONDON)).toBe(false);
    expect(dismissedToday(20261118, london('2026-11-18T09:00'), LONDON)).toBe(false);
  });
});

describe('noteFor', () => {
  it('cites the pack clause for each kind (default pack)', () => {
    expect(noteFor('working-hours', defaultPack).clause.id).toBe('G10');
    expect(noteFor('working-hours', defaultPack).message).toBe('School hours: posting now may go against clause G10.');
    expect(noteFor('working-hours', defaultPack).dismissible).toBe(true);
    expect(noteFor('media', defaultPack).clause.id).toBe('G2');
    expect(noteFor('audience', defaultPack).clause.id).toBe('G11');
    expect(noteFor('audience', defaultPack).message).toContain('This post is public');
  });

  it('every kind has a quoted clause in every built-in pack', () => {
    for (const pack of listPacks()) {
      for (const kind of NOTE_KINDS) {
        const n = noteFor(kind, pack);
        expect(n.clause.quote, `${pack.id} ${kind}`).not.toBe('');
        expect(n.message).toMatch(/clause |your policy/);
      }
    }
  });

  it('a pack override "note/<kind>" wins over the theme', () => {
    const pack: PolicyPack = { ...defaultPack, rules: { 'note/audience': 'G2' } };
    expect(noteFor('audience', pack).clause.id).toBe('G2');
  });

  it('a configured policy URL replaces the link', () => {
    expect(noteFor('media', defaultPack, 'https://school.example/policy.pdf').clause.url).toMatch(/^https:\/\/school\.example\/policy\.pdf/);
  });
});
