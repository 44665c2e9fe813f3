/**
 * Validation of a policy pack given as data: a school's own pack from configuration (`customPack`, from
 * managed policy, the options page or `npm run scan -- --config`), and, in the tests, every built-in pack.
 *
 * All or nothing: either the whole pack is valid and a clean copy is returned, or nothing is returned and
 * every problem is listed, each naming the clause (by number and id) and the field, so an IT lead can fix
 * the JSON without guessing. Never throws, and refuses oversized input before parsing it.
 */
import { THEMES, type Theme } from '../engine/types.ts';
import { clauseKey, GUIDE_PAGE, type PackClause, type PolicyPack } from './pack.ts';
import { describeJsonError } from './json-error.ts';

export interface PackError {
  /** Where in the JSON: "clauses[2].quote", "themes.grievances", "" for the whole value. */
  path: string;
  /** A sentence a person can act on; names the clause number and id where there is one. */
  message: string;
}

export type PackValidation = { ok: true; pack: PolicyPack } | { ok: false; errors: PackError[] };

/** A real pack is a few kilobytes; this leaves room for a very long policy while refusing absurd input. */
export const MAX_PACK_CHARS = 1_000_000;
export const MAX_CLAUSES = 500;
const MAX_DEPTH = 8;
const MAX_ERRORS = 50;
const MAX_QUOTE = 600;

const PACK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;
const ANCHOR = /^[^\s#]{1,200}$/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

const ROOT_FIELDS = ['id', 'name', 'version', 'url', 'urlNote', 'generalClause', 'clauses', 'themes', 'rules'] as const;
const CLAUSE_FIELDS = ['id', 'key', 'title', 'quote', 'anchor', 'page'] as const;

/**
 * Validate a policy pack given as a JSON object or as JSON text. On success the pack is a fresh copy with
 * text trimmed and every theme present (themes left out map to null, i.e. the general clause).
 */
export function validateCustomPack(input: unknown): PackValidation {
  const errors: PackError[] = [];
  const add = (path: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ path, message });
  };

  let value = input;
  if (typeof value === 'string') {
    if (value.length > MAX_PACK_CHARS) {
      return fail('', `the policy pack is ${count(value.length)} characters long; a pack may be at most ${count(MAX_PACK_CHARS)} (a real one is a few thousand)`);
    }
    const json = value;
    try {
      value = JSON.parse(json);
    } catch (e) {
      return fail('', `the policy pack is not valid JSON: ${describeJsonError(e, json)}`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('', `the policy pack must be a JSON object, got ${describe(value)}`);
  }
  const size = oversize(value);
  if (size) return fail('', size);

  const o = value as Record<string, unknown>;
  unknownFields(o, ROOT_FIELDS, '', 'the policy pack', add);

  const id = o.id;
  if (typeof id !== 'string' || !PACK_ID.test(id.trim())) {
    add('id', `"id" must be a pack id of lower-case letters, digits and hyphens such as "our-school", got ${describe(id)}`);
  }
  const name = text(o.name, 200, 'name', '"name"', add, true);
  const version = text(o.version, 100, 'version', '"version"', add, true);
  const url = packUrl(o.url, add);
  const urlNote = o.urlNote === undefined ? undefined : text(o.urlNote, 1000, 'urlNote', '"urlNote"', add, true);

  const clauses: PackClause[] = [];
  const keys = new Map<string, number>();
  if (!Array.isArray(o.clauses) || o.clauses.length === 0) {
    add('clauses', `"clauses" must be a non-empty list of clauses, got ${describe(o.clauses)}`);
  } else if (o.clauses.length > MAX_CLAUSES) {
    add('clauses', `"clauses" has ${o.clauses.length} entries; a pack may have at most ${MAX_CLAUSES}`);
  } else {
    o.clauses.forEach((raw, i) => {
      const c = clause(raw, i, add);
      // Duplicates are checked on the raw handle too, so a clause with another problem still counts.
      const r = (raw ?? {}) as { id?: unknown; key?: unknown };
      const k = c ? clauseKey(c) : typeof r.key === 'string' ? r.key.trim() : typeof r.id === 'string' ? r.id.trim() : '';
      if (!k) return;
      const first = keys.get(k);
      if (first !== undefined) {
        const byKey = c ? c.key !== undefined : typeof r.key === 'string';
        add(
          `clauses[${i}].${byKey ? 'key' : 'id'}`,
          `${where(i, typeof r.id === 'string' ? r.id.trim() : undefined)}: duplicate ${byKey ? 'key' : 'id'} "${truncate(k)}", already used by clause ${first + 1}; when one numbered clause is quoted twice, give each a distinct "key"`,
        );
        return;
      }
      keys.set(k, i);
      if (c) clauses.push(c);
    });
  }

  const known = (k: unknown): k is string => typeof k === 'string' && keys.has(k.trim());
  const listKeys = () => [...keys.keys()].slice(0, 20).map((k) => `"${k}"`).join(', ');

  const generalClause = o.generalClause;
  if (typeof generalClause !== 'string' || !generalClause.trim()) {
    add('generalClause', `"generalClause" must name the clause used when nothing more specific applies (the policy's "if in doubt" clause), got ${describe(generalClause)}`);
  } else if (keys.size && !known(generalClause)) {
    add('generalClause', `"generalClause" names clause "${generalClause}", which is not in "clauses" (clauses: ${listKeys()})`);
  }

  const themes = Object.fromEntries(THEMES.map((t) => [t, null])) as Record<Theme, string | null>;
  if (o.themes !== undefined) {
    if (o.themes === null || typeof o.themes !== 'object' || Array.isArray(o.themes)) {
      add('themes', `"themes" must be an object mapping each theme to a clause id or null, got ${describe(o.themes)}`);
    } else {
      for (const [t, k] of Object.entries(o.themes as Record<string, unknown>)) {
        if (!(THEMES as readonly string[]).includes(t)) {
          add(`themes.${t}`, `"themes" has unknown theme "${truncate(t)}" (themes: ${THEMES.join(', ')})`);
        } else if (k === null) {
          themes[t as Theme] = null;
        } else if (typeof k !== 'string') {
          add(`themes.${t}`, `theme "${t}" must map to a clause id or null, got ${describe(k)}`);
        } else if (keys.size && !known(k)) {
          add(`themes.${t}`, `theme "${t}" maps to clause "${truncate(k)}", which is not in "clauses" (clauses: ${listKeys()})`);
        } else {
          themes[t as Theme] = k.trim();
        }
      }
    }
  }

  let rules: Record<string, string> | undefined;
  if (o.rules !== undefined) {
    if (o.rules === null || typeof o.rules !== 'object' || Array.isArray(o.rules)) {
      add('rules', `"rules" must be an object mapping rule ids to clause ids, got ${describe(o.rules)}`);
    } else {
      rules = {};
      for (const [r, k] of Object.entries(o.rules as Record<string, unknown>)) {
        if (!RULE_ID.test(r)) add(`rules.${r}`, `"rules" key "${truncate(r)}" is not a rule id such as "pupil/full-name"`);
        else if (typeof k !== 'string') add(`rules.${r}`, `rule "${r}" must map to a clause id, got ${describe(k)}`);
        else if (keys.size && !known(k)) add(`rules.${r}`, `rule "${r}" maps to clause "${truncate(k)}", which is not in "clauses" (clauses: ${listKeys()})`);
        else rules[r] = k.trim();
      }
    }
  }

  if (errors.length) return { ok: false, errors };
  const pack: PolicyPack = {
    id: (id as string).trim(),
    name: name as string,
    version: version as string,
    url: url as string,
    ...(urlNote !== undefined ? { urlNote } : {}),
    generalClause: (generalClause as string).trim(),
    clauses,
    themes,
    ...(rules ? { rules } : {}),
  };
  return { ok: true, pack };
}

/** One line per problem, for the options page, the CLI and Analyzer.problems. */
export function formatPackErrors(errors: readonly PackError[]): string[] {
  return errors.map((e) => e.message);
}

function clause(raw: unknown, i: number, add: (path: string, message: string) => void): PackClause | undefined {
  const at = (f: string) => `clauses[${i}].${f}`;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    add(`clauses[${i}]`, `${where(i)} must be an object with "id", "title" and "quote", got ${describe(raw)}`);
    return undefined;
  }
  const c = raw as Record<string, unknown>;
  const label = typeof c.id === 'string' ? c.id.trim() : undefined;
  const before = { n: 0 };
  const addC = (path: string, message: string) => {
    before.n++;
    add(path, message);
  };
  unknownFields(c, CLAUSE_FIELDS, `clauses[${i}]`, where(i, label), addC);
  const id = text(c.id, 64, at('id'), `${where(i, label)}: "id"`, addC, true);
  const key = c.key === undefined ? undefined : text(c.key, 64, at('key'), `${where(i, label)}: "key"`, addC, true);
  const title = text(c.title, 200, at('title'), `${where(i, label)}: "title"`, addC, true);
  const quote = text(c.quote, MAX_QUOTE, at('quote'), `${where(i, label)}: "quote"`, addC, false);
  let anchor: string | undefined;
  if (c.anchor !== undefined) {
    if (typeof c.anchor !== 'string' || !ANCHOR.test(c.anchor)) {
      addC(at('anchor'), `${where(i, label)}: "anchor" must be the part of the link after "#", without spaces or "#", got ${describe(c.anchor)}`);
    } else anchor = c.anchor;
  }
  let page: number | undefined;
  if (c.page !== undefined) {
    if (typeof c.page !== 'number' || !Number.isInteger(c.page) || c.page < 1 || c.page > 10_000) {
      addC(at('page'), `${where(i, label)}: "page" must be a page number from 1 to 10000, got ${describe(c.page)}`);
    } else page = c.page;
  }
  if (before.n) return undefined;
  const out: PackClause = { id: id as string, title: title as string, quote: quote as string };
  if (key !== undefined) out.key = key;
  if (anchor !== undefined) out.anchor = anchor;
  if (page !== undefined) out.page = page;
  return out;
}

function packUrl(v: unknown, add: (path: string, message: string) => void): string | undefined {
  if (typeof v !== 'string') {
    add('url', `"url" must be the https:// link to the full policy document ("" if there is none and policyUrl is set), got ${describe(v)}`);
    return undefined;
  }
  const s = v.trim();
  if (s === '' || s === GUIDE_PAGE) return s;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    add('url', `"url" must be a full https:// link, got "${truncate(s, 100)}"`);
    return undefined;
  }
  if (u.protocol !== 'https:') {
    add('url', `"url" must be an https:// link (other kinds of link are refused), got "${truncate(s, 100)}"`);
    return undefined;
  }
  if (u.username || u.password) {
    add('url', `"url" must not contain a user name or password, got "${truncate(s)}"`);
    return undefined;
  }
  return u.href;
}

function text(v: unknown, max: number, path: string, label: string, add: (path: string, message: string) => void, oneLine: boolean): string | undefined {
  if (v === undefined) {
    add(path, `${label} is missing`);
    return undefined;
  }
  if (typeof v !== 'string') {
    add(path, `${label} must be text, got ${describe(v)}`);
    return undefined;
  }
  const s = v.trim();
  if (!s) add(path, `${label} must not be empty`);
  else if (s.length > max) add(path, `${label} is too long (${s.length} characters, at most ${max})`);
  else if (CONTROL.test(s) || (oneLine && /[\r\n]/.test(s))) add(path, `${label} must be a single line of plain text`);
  else return s;
  return undefined;
}

function unknownFields(o: Record<string, unknown>, allowed: readonly string[], path: string, label: string, add: (path: string, message: string) => void): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) {
      add(path ? `${path}.${k}` : k, `${label} has an unknown field "${truncate(k)}" (allowed: ${allowed.join(', ')})`);
    }
  }
}

/** Bounded walk: rejects deep or huge objects without visiting more than the size limit. */
function oversize(v: unknown): string | undefined {
  let budget = MAX_PACK_CHARS;
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return `the policy pack is nested more than ${MAX_DEPTH} levels deep; see docs/policy-packs.md for the format`;
    if (typeof x === 'string') budget -= x.length + 3;
    else if (Array.isArray(x)) {
      budget -= 2 + x.length;
      if (budget < 0) break;
      for (const e of x) stack.push([e, depth + 1]);
    } else if (x !== null && typeof x === 'object') {
      budget -= 2;
      for (const k in x) {
        budget -= k.length + 4;
        if (budget < 0) break;
        stack.push([(x as Record<string, unknown>)[k], depth + 1]);
      }
    } else budget -= 5;
    if (budget < 0) break;
  }
  return budget < 0 ? `the policy pack is larger than ${count(MAX_PACK_CHARS)} characters; a real one is a few thousand` : undefined;
}

function fail(path: string, message: string): PackValidation {
  return { ok: false, errors: [{ path, message }] };
}

function where(i: number, id?: string): string {
  return `clause ${i + 1}${id ? ` ("${truncate(id)}")` : ''}`;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `text "${truncate(v)}"`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function truncate(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

// Not toLocaleString: loading locale data costs tens of milliseconds on the first call.
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
