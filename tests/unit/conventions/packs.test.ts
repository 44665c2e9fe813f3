/**
 * Conventions every policy pack must keep (the pack counterpart of the rule conventions test):
 * - one built-in pack per policy text in shared/policies, plus `default`;
 * - every pack passes the validator used for custom packs, unchanged;
 * - every theme is mapped explicitly (a clause, or null for "this policy has no clause: fall back");
 * - every registered rule and privacy-checklist item resolves to a real clause in every pack (RULES and
 *   CHECK_KINDS are read at run time, so rules added later are covered without editing this file);
 * - every quote occurs verbatim (whitespace-normalised) in its policy text, inside the section its id names.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../rules/index.ts';
import { CHECK_KINDS, CHECKS } from '../../../lib/privacy/checks.ts';
import { BUILTIN_PACKS, defaultPack, listPacks } from '../../../lib/policy/packs/index.ts';
import { THEMES } from '../../../lib/engine/types.ts';
import { clauseFor, clauseKey } from '../../../lib/policy/pack.ts';
import { validateCustomPack } from '../../../lib/policy/custom-pack.ts';
import { normalise, policiesMissingMessage, POLICIES_DIR, readPolicy, sectionText } from './policy-text.ts';

const packs = listPacks();
const schoolPacks = packs.filter((p) => p.id !== 'default');

describe('policy texts', () => {
  it('are present beside the repository (shared/policies)', () => {
    expect(policiesMissingMessage(), policiesMissingMessage()).toBeUndefined();
  });

  it('each have a built-in pack named after the file, and each school pack has a text', () => {
    const files = readdirSync(POLICIES_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.slice(0, -'.txt'.length))
      .sort();
    expect(schoolPacks.map((p) => p.id).sort()).toEqual(files);
    expect(files).toHaveLength(5);
  });
});

describe.each(packs.map((p) => [p.id, p] as const))('pack %s', (id, pack) => {
  const keys = new Set(pack.clauses.map(clauseKey));

  it('is registered under its own id', () => {
    expect(BUILTIN_PACKS[id]).toBe(pack);
  });

  it('passes the custom-pack validator unchanged', () => {
    const r = validateCustomPack(pack);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(r.pack).toEqual(pack);
  });

  it('maps every theme explicitly, to one of its clauses or to null', () => {
    expect(Object.keys(pack.themes).sort()).toEqual([...THEMES].sort());
    for (const t of THEMES) {
      const k = pack.themes[t];
      if (k !== null) expect(keys.has(k), `theme "${t}" -> "${k}"`).toBe(true);
    }
    expect(keys.has(pack.generalClause)).toBe(true);
    expect(pack.themes.general).toBe(pack.generalClause);
  });

  it('cites a real clause for every registered rule', () => {
    expect(RULES.length).toBeGreaterThan(0);
    for (const rule of RULES) {
      const { id: ruleId, theme } = rule.meta;
      expect(THEMES, `${ruleId} has an unknown theme "${theme}"`).toContain(theme);
      const explicit = pack.rules?.[ruleId] ?? pack.themes[theme];
      // Either a clause or an explicit null (documented fallback to the general clause).
      expect(explicit === null || keys.has(explicit), `${ruleId} (${theme}) -> ${String(explicit)}`).toBe(true);
      const c = clauseFor(pack, theme, undefined, ruleId);
      expect(c.id, ruleId).not.toBe('');
      expect(c.quote, ruleId).not.toBe('');
      expect(c.fallback === true, ruleId).toBe(explicit === null);
    }
  });

  it('cites a real clause for every privacy-checklist item', () => {
    for (const kind of CHECK_KINDS) {
      const c = clauseFor(pack, CHECKS[kind].theme, undefined, `checklist/${kind}`);
      expect(c.quote, kind).not.toBe('');
    }
  });

  it('overrides only rules and checklist items that exist', () => {
    const ids = new Set([...RULES.map((r) => r.meta.id), ...CHECK_KINDS.map((k) => `checklist/${k}`)]);
    for (const [id, k] of Object.entries(pack.rules ?? {})) {
      expect(ids.has(id), `"rules" names unknown rule or checklist item ${id}`).toBe(true);
      expect(keys.has(k)).toBe(true);
    }
  });

  it('quotes no clause it does not use', () => {
    const used = new Set([pack.generalClause, ...Object.values(pack.themes), ...Object.values(pack.rules ?? {})]);
    expect(pack.clauses.map(clauseKey).filter((k) => !used.has(k))).toEqual([]);
  });

  it('links to an https document, its bundled guide, or says why it has no link', () => {
    if (pack.url === '') expect(pack.urlNote, 'an empty url needs a urlNote saying why').toBeTruthy();
    else expect(pack.url === 'guide.html' || pack.url.startsWith('https://')).toBe(true);
  });
});

describe.each(schoolPacks.map((p) => [p.id, p] as const))('pack %s against its policy text', (id, pack) => {
  const doc = readPolicy(id);

  it.each(pack.clauses.map((c) => [clauseKey(c), c] as const))('clause %s: id is in the document and the quote is verbatim in it', (_k, c) => {
    expect(doc, `${POLICIES_DIR}/${id}.txt is missing`).toBeDefined();
    const text = doc!;
    expect(normalise(text).includes(normalise(c.quote)), `quote not found verbatim in ${id}.txt: "${c.quote}"`).toBe(true);
    const section = sectionText(text, c.id);
    expect(section, `clause id "${c.id}" is not a section of ${id}.txt`).toBeDefined();
    expect(normalise(section!).includes(normalise(c.quote)), `quote is in ${id}.txt but not in section "${c.id}"`).toBe(true);
  });
});

describe('default pack', () => {
  it('is written in our own words: no quote is taken from a school policy', () => {
    const texts = schoolPacks.map((p) => normalise(readPolicy(p.id) ?? '').toLowerCase());
    for (const c of defaultPack.clauses) {
      for (const t of texts) expect(t.includes(normalise(c.quote).toLowerCase()), c.quote).toBe(false);
    }
  });
});
