import { nameWords, normaliseName } from './normalise.ts';
import { clippedForm, nicknameVariants, punjabiShortForms, spellingVariants, yorubaShortForms } from './nicknames.ts';

/** One pupil as the school's MIS exports it. `preferred` is the name used in class, `legal` the registered one. */
export interface RosterPupil {
  forename: string;
  surname: string;
  preferred?: string;
  legal?: string;
}

/**
 * The typed name forms (docs/roster-hashing.md). The analyser builds the same strings from a post and
 * hashes them, so both sides must agree exactly on these prefixes.
 */
export const FORM_TYPES = {
  /** Forename variant + surname: "full:jack smith". */
  full: 'full:',
  /** Forename variant alone: "first:jack". Also the analyser's cheap first test before trying longer forms. */
  first: 'first:',
  /** Initial + surname: "init-last:j smith" ("J. Smith"). */
  initLast: 'init-last:',
  /** Forename variant + surname initial: "first-init:jack s" ("Jack S."). */
  firstInit: 'first-init:',
  /** Forename variant and surname written as one word: "joined:jacksmith" (#JackSmith, @jacksmith). */
  joined: 'joined:',
  /**
   * Surname alone: "last:novak". Matched only next to family words ("the Novak brothers", "the Chen family",
   * "the Petrović twins"), never on its own.
   */
  last: 'last:',
} as const;

/** Surname particles that are never used on their own ("de Souza" is never "Jack de"). */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'al', 'el', 'bin', 'ibn', 'ben', 'st', 'ap']);

function firstVariants(p: RosterPupil): string[] {
  const out = new Set<string>();
  for (const raw of [p.forename, p.preferred, p.legal]) {
    if (typeof raw !== 'string') continue;
    const whole = normaliseName(raw);
    if (!whole) continue;
    out.add(whole);
    // "Mary Jane" / "Mary-Jane" / "Jack Thomas" (a middle name in the forename field): staff may use the first word alone.
    const words = whole.split(' ');
    if (words.length > 1) out.add(words[0]!);
    // "Ella-May" is also typed run together: #ellamay, "Abdulrahman". (Not "Oliver James", a first and a middle name.)
    if (words.length > 1 && /[-\u2010\u2011]/.test(raw)) out.add(words.join(''));
  }
  for (const name of [...out]) {
    if (name.includes(' ')) continue;
    for (const y of yorubaShortForms(name)) out.add(y);
    for (const y of punjabiShortForms(name)) out.add(y);
    for (const y of spellingVariants(name)) out.add(y);
    for (const y of clippedForm(name)) out.add(y);
  }
  for (const name of [...out]) {
    if (name.includes(' ')) continue;
    for (const v of nicknameVariants(name)) out.add(v);
  }
  return [...out];
}

function surnameVariants(p: RosterPupil): string[] {
  const whole = normaliseName(typeof p.surname === 'string' ? p.surname : '');
  if (!whole) return [];
  const out = new Set([whole]);
  // Double-barrelled and multi-word surnames: staff often write one part ("Jack Smith" for Smith-Jones).
  const parts = whole.split(' ');
  if (parts.length > 1) for (const w of parts) if (w.length >= 3 && !PARTICLES.has(w)) out.add(w);
  return [...out];
}

/**
 * Every normalised, typed form under which the analyser can recognise this pupil. The generator hashes
 * these (hashRoster); the analyser builds candidate forms from a post with the same normalisation.
 */
export function rosterForms(p: RosterPupil): string[] {
  const firsts = firstVariants(p);
  const lasts = surnameVariants(p);
  const out = new Set<string>();
  for (const l of lasts) out.add(FORM_TYPES.last + l);
  for (const f of firsts) {
    out.add(FORM_TYPES.first + f);
    // The analyser only tries longer forms after a first-word hit, so each variant's first word must be a form too.
    out.add(FORM_TYPES.first + f.split(' ')[0]!);
    for (const l of lasts) {
      out.add(`${FORM_TYPES.full}${f} ${l}`);
      out.add(`${FORM_TYPES.firstInit}${f} ${l[0]}`);
      out.add(`${FORM_TYPES.initLast}${f[0]} ${l}`);
      out.add(`${FORM_TYPES.joined}${f.replace(/ /g, '')}${l.replace(/ /g, '')}`);
    }
  }
  return [...out].sort();
}

export { nameWords, normaliseName };
