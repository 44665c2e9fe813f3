/**
 * Extra selectors from the school's IT lead (managed policy key `siteSelectors`), so a school can patch a
 * site that changed its markup in minutes instead of waiting for a PostPause release. Data only: CSS
 * selectors (checked by selector-syntax.ts) and send keys, per site and surface:
 *
 *   { "linkedin": { "share": { "composers": ["div.editor [contenteditable=true]"],
 *                              "submitControls": ["button[data-test-share]"],
 *                              "submitKeys": ["Ctrl+Enter"] } } }
 *
 * A surface id the adapter has (see the adapter in lib/sites/<site>.ts) gets the extra selectors added to
 * its own; any other id is a new surface of its own, which needs composers and a way to send.
 * Pure: parseSiteSelectors() validates (used by lib/policy/config.ts), withExtraSelectors() merges.
 */
import type { SiteAdapter, SubmitKey, Surface } from './types.ts';
import { checkSelector } from './selector-syntax.ts';

export type ExtraKey = 'Enter' | 'Ctrl+Enter';
export const EXTRA_KEYS: Readonly<Record<ExtraKey, SubmitKey>> = {
  Enter: { key: 'Enter', mod: 'none' },
  'Ctrl+Enter': { key: 'Enter', mod: 'ctrl-or-meta' },
};

export interface ExtraSurfaceSelectors {
  composers?: string[];
  submitControls?: string[];
  submitKeys?: ExtraKey[];
}

/** Site id -> surface id -> extra selectors. */
export type SiteSelectors = Record<string, Record<string, ExtraSurfaceSelectors>>;

export const EXTRA_LIMITS = {
  /** Characters in one selector. */
  selectorLength: 300,
  /** Selectors in one list (composers or submitControls of one surface). */
  perList: 20,
  /** Surfaces given for one site. */
  surfacesPerSite: 10,
  /** Selectors in the whole setting. */
  total: 200,
} as const;

const SURFACE_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;
const LISTS = ['composers', 'submitControls'] as const;
const FIELDS = new Set<string>([...LISTS, 'submitKeys']);

export type ParseResult = { ok: true; value: SiteSelectors } | { ok: false; message: string };

/** A problem somewhere inside the setting: completes 'setting "siteSelectors" …'. */
const bad = (where: string, what: string): ParseResult => ({ ok: false, message: `has a problem at ${where}: ${what}` });

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Validate the setting: an object (or its JSON text, as policy files carry it) of known sites, surface ids,
 * and lists of checked selectors and known keys. The first problem found is the message; it names where
 * the problem is (site, surface, list, entry number) and never repeats the value itself.
 */
export function parseSiteSelectors(input: unknown, sites: readonly SiteAdapter[]): ParseResult {
  const siteIds = sites.map((s) => s.id);
  let v = input;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return { ok: false, message: 'must be a JSON object (the text given is not valid JSON)' };
    }
  }
  if (!isPlainObject(v)) return { ok: false, message: 'must be an object of sites, e.g. {"linkedin": {"share": {"composers": ["…"]}}}' };
  const out: SiteSelectors = {};
  let total = 0;
  for (const [site, surfaces] of Object.entries(v)) {
    if (!siteIds.includes(site)) return { ok: false, message: `has a site PostPause does not know (sites: ${siteIds.join(', ')})` };
    if (!isPlainObject(surfaces)) return bad(`site "${site}"`, 'must be an object of surfaces, e.g. {"share": {"composers": ["…"]}}');
    const entries = Object.entries(surfaces);
    if (entries.length > EXTRA_LIMITS.surfacesPerSite) return bad(`site "${site}"`, `${entries.length} surfaces, at most ${EXTRA_LIMITS.surfacesPerSite}`);
    const siteOut: Record<string, ExtraSurfaceSelectors> = {};
    for (const [surface, fields] of entries) {
      const where = `site "${site}"`;
      if (!SURFACE_ID.test(surface)) return bad(where, 'a surface id must be lower-case letters, digits and hyphens (such as "share" or "comment")');
      const at = `${where}, surface "${surface}"`;
      if (!isPlainObject(fields)) return bad(at, 'must be an object with "composers", "submitControls" or "submitKeys"');
      const unknown = Object.keys(fields).filter((k) => !FIELDS.has(k));
      if (unknown.length) return bad(at, `${unknown.length === 1 ? 'a field' : 'fields'} PostPause does not know (known: composers, submitControls, submitKeys)`);
      const extra: ExtraSurfaceSelectors = {};
      for (const list of LISTS) {
        const sels = fields[list];
        if (sels === undefined) continue;
        if (!Array.isArray(sels)) return bad(`${at}, ${list}`, 'must be a list of selectors');
        if (sels.length > EXTRA_LIMITS.perList) return bad(`${at}, ${list}`, `${sels.length} selectors, at most ${EXTRA_LIMITS.perList}`);
        const kept: string[] = [];
        for (let i = 0; i < sels.length; i++) {
          const s = sels[i];
          const entry = `${at}, ${list} entry ${i + 1}`;
          if (typeof s !== 'string' || s.trim() === '') return bad(entry, 'must be a selector (text)');
          const sel = s.trim();
          if (sel.length > EXTRA_LIMITS.selectorLength) return bad(entry, `too long (${sel.length} characters, at most ${EXTRA_LIMITS.selectorLength})`);
          const r = checkSelector(sel);
          if (!r.ok) return bad(entry, `not a selector PostPause accepts (${r.reason} at character ${r.at})`);
          kept.push(sel);
        }
        total += kept.length;
        if (kept.length) extra[list] = kept;
      }
      if (fields.submitKeys !== undefined) {
        const keys = fields.submitKeys;
        const names = Object.keys(EXTRA_KEYS);
        if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string' && names.includes(k))) return bad(`${at}, submitKeys`, `must be a list of ${names.map((n) => `"${n}"`).join(' or ')}`);
        if (keys.length) extra.submitKeys = [...new Set(keys as ExtraKey[])];
      }
      if (total > EXTRA_LIMITS.total) return { ok: false, message: `has more than ${EXTRA_LIMITS.total} selectors in all` };
      const problem = newSurfaceProblem(sites.find((a) => a.id === site)!, surface, extra);
      if (problem) return bad(at, problem);
      siteOut[surface] = extra;
    }
    out[site] = siteOut;
  }
  return { ok: true, value: out };
}

/** Problems with a surface the adapter does not have: it needs a box and a way to send it. */
export function newSurfaceProblem(adapter: SiteAdapter, surfaceId: string, extra: ExtraSurfaceSelectors): string | null {
  if (adapter.surfaces.some((s) => s.id === surfaceId)) return null;
  const ids = adapter.surfaces.filter((s) => !s.fallback).map((s) => s.id);
  const own = ids.length ? `not one of the site's surfaces (${ids.join(', ')})` : 'the site has no surfaces of its own yet';
  if (!extra.composers?.length) return `${own}, so this is a new surface, which needs "composers"`;
  if (!extra.submitControls?.length && !extra.submitKeys?.length) return `${own}, so this is a new surface, which needs "submitControls" or "submitKeys"`;
  return null;
}

const merge = <T>(own: readonly T[], extra: readonly T[] | undefined, same: (a: T, b: T) => boolean): readonly T[] =>
  extra?.length ? [...own, ...extra.filter((e) => !own.some((o) => same(o, e)))] : own;

/**
 * The adapter with the school's extra selectors: added to the surfaces it has (before the generic fallback,
 * which leaves every box of the site's own surfaces alone), new surfaces for the ids it does not have.
 * The adapter is returned unchanged when there is nothing for it; new surfaces that cannot work (no box,
 * no way to send) are left out.
 */
export function withExtraSelectors(adapter: SiteAdapter, extra: Readonly<Record<string, ExtraSurfaceSelectors>> | undefined): SiteAdapter {
  if (!extra || Object.keys(extra).length === 0) return adapter;
  const keys = (e: ExtraSurfaceSelectors) => (e.submitKeys ?? []).map((k) => EXTRA_KEYS[k]);
  const sameKey = (a: SubmitKey, b: SubmitKey) => a.key === b.key && a.mod === b.mod;
  const same = (a: string, b: string) => a === b;
  const surfaces: Surface[] = adapter.surfaces.map((s) => {
    const e = extra[s.id];
    if (!e) return s;
    return {
      ...s,
      composers: merge(s.composers, e.composers, same),
      submitControls: merge(s.submitControls, e.submitControls, same),
      submitKeys: merge(s.submitKeys, keys(e), sameKey),
    };
  });
  const added: Surface[] = Object.entries(extra)
    .filter(([id, e]) => newSurfaceProblem(adapter, id, e) === null && !adapter.surfaces.some((s) => s.id === id))
    .map(([id, e]) => ({
      id,
      editor: 'contenteditable',
      composers: e.composers ?? [],
      submitControls: e.submitControls ?? [],
      submitKeys: keys(e),
      replay: e.submitControls?.length ? 'click' : 'key',
    }));
  const firstFallback = surfaces.findIndex((s) => s.fallback);
  const at = firstFallback < 0 ? surfaces.length : firstFallback;
  return { ...adapter, surfaces: [...surfaces.slice(0, at), ...added, ...surfaces.slice(at)] };
}
