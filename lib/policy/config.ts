/**
 * PostPause configuration: one flat JSON object, the same shape whether it comes from managed browser
 * policy, the options page, or `npm run scan -- --config FILE`. Flat top-level keys mean one bad value
 * drops only itself.
 *
 * validateConfig() is the one defensive reader: it never throws, keeps every valid key, and reports each
 * rejected key with a reason a person can act on.
 *
 * Messages are shown on every staff member's options page and printed by the command lines, so they never
 * quote a roster value or a secret, and quote any other value or key only as a short, clearly truncated
 * piece ("…" marks the cut): a roster pasted into the wrong setting must not be echoed back.
 */
import { keyCheckMatches } from '../engine/roster/key-check.ts';

import { SITES } from '../sites/index.ts';
import { parseSiteSelectors, type SiteSelectors } from '../sites/extra-selectors.ts';

export interface PostPauseConfig {
  /** The school's name as staff would write it, e.g. "Woodbridge Junior School". */
  schoolName?: string;
  /** Other names people use: "WJS", "Woodbridge Juniors". */
  schoolAliases?: string[];
  /** The school's postcode, e.g. "DE55 4FY". */
  schoolPostcode?: string;
  /** The school's web domain, e.g. "woodbridge.derbyshire.sch.uk". */
  schoolDomain?: string;
  /** Keyed hashes of pupil name forms (see docs/roster-hashing.md): 16 lower-case hex digits each. */
  rosterHashes?: string[];
  /** Per-school secret for the roster HMAC. */
  rosterSecret?: string;
  /** Keyed hash of a fixed label under rosterSecret (docs/roster-hashing.md): proves the secret matches. */
  rosterKeyCheck?: string;
  /** Hash scheme of rosterHashes. */
  rosterScheme?: 'hmac-sha256-16';
  /** Built-in policy pack id, e.g. "woodbridge-junior", or "default". */
  policyPack?: string;
  /** A school's own policy pack (validated separately when used). */
  customPack?: unknown;
  /** Where the school's own copy of its policy lives (https). Overrides the pack's link. */
  policyUrl?: string;
  /** Site adapter ids PostPause runs on; all when absent. */
  enabledSites?: string[];
  /** Extra Mastodon instance host names, e.g. "mastodon.social". */
  mastodonInstances?: string[];
  /** School day start/end, "HH:MM" 24-hour local time. */
  schoolHoursStart?: string;
  schoolHoursEnd?: string;
  /** School days as ISO weekday numbers, 1 = Monday ... 7 = Sunday. */
  schoolDays?: number[];
  /** Days between privacy-settings checks. */
  reminderIntervalDays?: number;
  /** Platforms on the privacy checklist. */
  reminderPlatforms?: string[];
  /** Rule ids switched off. */
  disabledRules?: string[];
  /** Settings (keys of this object) that staff cannot change. */
  locked?: string[];
  /** Extra selectors per site and surface from the school's IT lead (lib/sites/extra-selectors.ts). */
  siteSelectors?: SiteSelectors;
}

export type ConfigKey = keyof PostPauseConfig;

export interface ConfigProblem {
  key: string;
  /** Completes "setting <key> …", e.g. "must be an https:// link, got …". */
  message: string;
  /** Only part of the value was dropped (e.g. unknown names in `locked`); the rest applies. */
  partial?: boolean;
  /** Nothing was dropped: a gentle note (e.g. an older roster without its key check). */
  notice?: boolean;
}

export interface ValidatedConfig {
  config: PostPauseConfig;
  problems: ConfigProblem[];
}

/** Refuse absurd sizes before doing any work: policy values are capped at 5 MiB by Chrome anyway. */
const MAX_STRING = 10_000;
const MAX_LIST = 50_000;

/** The most roster hashes a configuration may hold, and what that means in pupils (measured, docs/deploying.md). */
export const MAX_ROSTER_FORMS = MAX_LIST;
export const MAX_ROSTER_PUPILS_ABOUT = '9,000';
/** Shortest roster secret accepted anywhere (the generator makes 43-character ones). */
export const ROSTER_SECRET_MIN = 16;
export const ROSTER_SECRET_MAX = 512;

/** Keys and values are quoted at most this long in any message. */
const QUOTE_MAX = 40;

type Check = (value: unknown) => { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown) => ({ ok: true as const, value });
const bad = (message: string) => ({ ok: false as const, message });

/**
 * `secret` keeps the value out of the message: problems are shown on every staff member's options page,
 * and a roster mistakenly filled with plain names (or a secret) must not be echoed there.
 */
function text(opts: { max?: number; min?: number; minHint?: string; pattern?: RegExp; hint?: string; secret?: boolean } = {}): Check {
  return (v) => {
    if (typeof v !== 'string') return bad(`must be text, got ${describe(v, opts.secret)}`);
    const s = v.trim();
    if (s.length === 0) return bad('must not be empty');
    if (s.includes('\uFFFD')) return bad(`contains a character that could not be read (shown as "\uFFFD"): the file was probably saved as ANSI or Latin-1; save it as UTF-8 and deploy it again`);
    const max = opts.max ?? MAX_STRING;
    if (opts.min && s.length < opts.min) return bad(`is too short (at least ${opts.min} characters${opts.minHint ? `; ${opts.minHint}` : ''})`);
    // The pattern's hint says more than "too long" (a 14-character "postcode"), so test it first, but
    // never run a pattern over an absurdly long value.
    if (opts.pattern && s.length <= MAX_STRING && !opts.pattern.test(s)) {
      const hint = opts.hint ?? `like ${opts.pattern}`;
      return bad(opts.secret ? `must be ${hint} (value not shown)` : `must be ${hint}, got "${truncate(oneLine(s))}"`);
    }
    if (s.length > max) return bad(`is too long (${s.length} characters, at most ${max})`);
    return ok(s);
  };
}

function list(item: Check, opts: { max?: number; secret?: boolean; tooMany?: (n: number, max: number) => string } = {}): Check {
  return (v) => {
    if (!Array.isArray(v)) return bad(`must be a list, got ${describe(v, opts.secret)}`);
    const max = opts.max ?? MAX_LIST;
    if (v.length > max) return bad(opts.tooMany ? opts.tooMany(v.length, max) : `has ${count(v.length)} entries, at most ${count(max)}`);
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i]);
      if (!r.ok) return bad(`entry ${i + 1} ${r.message}`);
      out.push(r.value);
    }
    return ok(out);
  };
}

function integer(min: number, max: number): Check {
  return (v) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) return bad(`must be a whole number, got ${describe(v)}`);
    if (v < min || v > max) return bad(`must be between ${min} and ${max}, got ${v}`);
    return ok(v);
  };
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const httpsUrl: Check = (v) => {
  const r = text({ max: 2048 })(v);
  if (!r.ok) return r;
  try {
    const u = new URL(r.value as string);
    if (u.protocol !== 'https:') return bad(`must be an https:// link, got "${truncate(oneLine(r.value as string))}"`);
    return ok(u.href);
  } catch {
    return bad(`must be a full https:// link, got "${truncate(oneLine(r.value as string))}"`);
  }
};

const anyObject: Check = (v) => {
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return bad('must be a JSON object (the text given is not valid JSON)');
    }
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return bad(`must be an object, got ${describe(v)}`);
  return ok(v);
};

const CHECKS: Record<ConfigKey, Check> = {
  schoolName: text({ max: 200 }),
  schoolAliases: list(text({ max: 200 }), { max: 50 }),
  schoolPostcode: text({ max: 10, pattern: POSTCODE, hint: 'a UK postcode such as "DE55 4FY"' }),
  schoolDomain: text({ max: 253, pattern: HOST, hint: 'a domain name such as "myschool.sch.uk"' }),
  rosterHashes: list(text({ max: 16, pattern: /^[0-9a-f]{16}$/, hint: '16 lower-case hex digits, as written by `npm run policy`', secret: true }), {
    secret: true,
    tooMany: (n, max) =>
      `has ${count(n)} name forms, more than PostPause takes (${count(max)}, about ${MAX_ROSTER_PUPILS_ABOUT} pupils); split the roster (by key stage, phase or site) and give each group of staff the policy for their pupils`,
  }),
  rosterSecret: text({ max: ROSTER_SECRET_MAX, min: ROSTER_SECRET_MIN, minHint: 'use the secret `npm run policy` wrote, or let it make a new one', secret: true }),
  rosterKeyCheck: text({ max: 16, pattern: /^[0-9a-f]{16}$/, hint: '16 lower-case hex digits, as written by `npm run policy`', secret: true }),
  rosterScheme: text({ pattern: /^hmac-sha256-16$/, hint: '"hmac-sha256-16"', secret: true }),
  policyPack: text({ max: 64, pattern: ID, hint: 'a pack id such as "woodbridge-junior" or "default"' }),
  customPack: anyObject,
  policyUrl: httpsUrl,
  enabledSites: list(text({ max: 64, pattern: ID, hint: 'a site id such as "x"' }), { max: 100 }),
  mastodonInstances: list(text({ max: 253, pattern: HOST, hint: 'a host name such as "mastodon.social"' }), { max: 100 }),
  schoolHoursStart: text({ pattern: HHMM, hint: 'a 24-hour time such as "08:30"' }),
  schoolHoursEnd: text({ pattern: HHMM, hint: 'a 24-hour time such as "15:30"' }),
  schoolDays: list(integer(1, 7), { max: 7 }),
  reminderIntervalDays: integer(1, 3650),
  reminderPlatforms: list(text({ max: 64, pattern: ID, hint: 'a platform id such as "facebook"' }), { max: 50 }),
  disabledRules: list(text({ max: 100, pattern: /^[a-z]+\/[a-z0-9-]+$/, hint: 'a rule id such as "tone/profanity"' }), { max: 200 }),
  locked: list(text({ max: 64 }), { max: 100 }),
  siteSelectors: (v) => parseSiteSelectors(v, SITES),
};

export const CONFIG_KEYS = Object.keys(CHECKS) as ConfigKey[];

/** Settings whose values are never displayed (options page, CLI output, chrome://policy via the schema). */
export const SENSITIVE_KEYS: readonly ConfigKey[] = ['rosterHashes', 'rosterSecret', 'rosterKeyCheck'];

export function isConfigKey(key: string): key is ConfigKey {
  return Object.prototype.hasOwnProperty.call(CHECKS, key);
}

/** Validate one key; used by the resolver and the options page as well as validateConfig(). */
export function validateKey(key: string, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const check = isConfigKey(key) ? CHECKS[key] : undefined;
  if (!check) return bad(`is not a PostPause setting (check the spelling; known settings: ${CONFIG_KEYS.join(', ')})`);
  return check(value);
}

export interface ValidateOptions {
  /** Ids of the rules in the registry (rules/index.ts); unknown ids in `disabledRules` are then reported. */
  ruleIds?: readonly string[];
}

/**
 * Validate a whole configuration object. Unknown keys and bad values are dropped and reported; the
 * rest is kept. Cross-key rules (a roster needs its secret) are checked last.
 */
export function validateConfig(input: unknown, opts: ValidateOptions = {}): ValidatedConfig {
  const problems: ConfigProblem[] = [];
  const config: Record<string, unknown> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { config: {}, problems: [{ key: '(root)', message: `configuration must be a JSON object, got ${describe(input)}` }] };
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    const r = validateKey(key, value);
    if (r.ok) config[key] = r.value;
    // An unknown key may be anything (a pasted name, 10 MB of text): only a short piece of it is kept.
    else problems.push({ key: isConfigKey(key) ? key : truncate(oneLine(key)), message: r.message });
  }
  const c = config as PostPauseConfig;
  checkRoster(c, problems);
  if (c.locked) {
    const unknown = c.locked.filter((k) => !isConfigKey(k));
    if (unknown.length) problems.push({ key: 'locked', message: `names settings PostPause does not have (${quoteList(unknown)}); the rest of the list still applies`, partial: true });
    c.locked = c.locked.filter(isConfigKey);
  }
  if (c.disabledRules && opts.ruleIds) {
    const known = new Set(opts.ruleIds);
    const unknown = c.disabledRules.filter((id) => !known.has(id));
    if (unknown.length) {
      problems.push({
        key: 'disabledRules',
        message: `names rules PostPause does not have (${quoteList(unknown)}), so they switch nothing off; check the spelling against the rule ids on the options page; the rest of the list still applies`,
        partial: true,
      });
      c.disabledRules = c.disabledRules.filter((id) => known.has(id));
    }
  }
  return { config: c, problems };
}

/**
 * The roster keys only work together: hashes need their secret, and the key check (when present) must
 * have been made with that secret, or the roster would silently never match. A mismatch drops the whole
 * roster and says so by name; an older roster without a key check still works, with a notice.
 */
function checkRoster(c: PostPauseConfig, problems: ConfigProblem[]): void {
  if (c.rosterHashes && !c.rosterSecret) {
    problems.push({ key: 'rosterHashes', message: 'needs rosterSecret as well (the roster cannot be matched without its secret)' });
    delete c.rosterHashes;
  }
  if (c.rosterSecret && c.rosterKeyCheck) {
    if (!keyCheckMatches(c.rosterSecret, c.rosterKeyCheck)) {
      problems.push({
        key: 'rosterSecret',
        message:
          'does not match rosterKeyCheck, so the pupil roster would never match a name: the secret was mistyped or comes from another run of `npm run policy`; deploy rosterHashes, rosterSecret and rosterKeyCheck together from one run',
      });
      delete c.rosterHashes;
      delete c.rosterSecret;
      delete c.rosterKeyCheck;
    }
  } else if (c.rosterHashes && c.rosterSecret && !c.rosterKeyCheck) {
    problems.push({
      key: 'rosterKeyCheck',
      message: 'is not set, so PostPause cannot check that rosterSecret is the secret the roster was made with; the roster is used as it is. Run `npm run policy` again to add the check',
      notice: true,
    });
  }
}

export function formatProblem(p: ConfigProblem): string {
  return `${p.notice ? 'note: ' : ''}setting "${p.key}" ${p.message}`;
}

/**
 * A value as a message may show it: never for roster values and secrets, otherwise at most 40 characters
 * of its first line, marked "…" where cut.
 */
function describe(v: unknown, secret = false): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return secret ? 'text (not shown)' : `text "${truncate(oneLine(v))}"`;
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

function quoteList(items: string[]): string {
  const shown = items.slice(0, 5).map((k) => `"${truncate(oneLine(k))}"`);
  return items.length > 5 ? `${shown.join(', ')} and ${items.length - 5} more` : shown.join(', ');
}

function oneLine(s: string): string {
  // Only the start is ever shown: bound the work on absurdly long input.
  return s.slice(0, QUOTE_MAX * 4).replace(/\s+/g, ' ');
}

function truncate(s: string, n = QUOTE_MAX): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

// Not toLocaleString: loading locale data costs tens of milliseconds on the first call.
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
