/**
 * The managed schema (what Chrome/Edge check and what chrome://policy shows) and the one validator
 * (config.ts, what PostPause enforces everywhere, including Firefox) must describe the same settings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, SENSITIVE_KEYS, validateConfig, validateKey, type ConfigKey } from '../../../../lib/policy/config.ts';
import { listPacks } from '../../../../lib/policy/packs/index.ts';

interface SchemaNode {
  type: string;
  title?: string;
  description?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  sensitiveValue?: boolean;
  [k: string]: unknown;
}
const schema = JSON.parse(readFileSync(new URL('../../../../public/managed_schema.json', import.meta.url), 'utf8')) as SchemaNode;
const props = schema.properties ?? {};

/** One valid and several invalid values per key: "every key valid/invalid". */
const EXAMPLES: Record<ConfigKey, { valid: unknown; invalid: unknown[] }> = {
  schoolName: { valid: 'Woodbridge Junior School', invalid: ['', '   ', 42, ['Woodbridge'], 'x'.repeat(201)] },
  schoolAliases: { valid: ['WJS', 'Woodbridge Juniors'], invalid: ['WJS', [''], [1], Array(51).fill('a')] },
  schoolPostcode: { valid: 'DE55 4FY', invalid: ['DE55', 'NOT A POSTCODE', 55, ''] },
  schoolDomain: { valid: 'woodbridge.derbyshire.sch.uk', invalid: ['https://woodbridge.sch.uk/', 'woodbridge', 'a b.sch.uk', 3] },
  rosterHashes: { valid: ['0123456789abcdef', 'fedcba9876543210'], invalid: ['0123456789abcdef', ['0123456789ABCDEF'], ['0123456789abcde'], ['Amelia Smith'], [7]] },
  rosterSecret: { valid: 'c2VjcmV0LXNlY3JldC1zZWNyZXQ', invalid: ['', 12, 'x'.repeat(513), 'short-secret'] },
  rosterKeyCheck: { valid: '0123456789abcdef', invalid: ['', 'XYZ', '0123456789ABCDEF', 16] },
  rosterScheme: { valid: 'hmac-sha256-16', invalid: ['sha256', 'HMAC', 1] },
  policyPack: { valid: 'woodbridge-junior', invalid: ['Woodbridge Junior', '-x', 'a'.repeat(65), 3] },
  customPack: { valid: '{"id":"ours"}', invalid: ['{not json', 3, ['a'], 'null'] },
  policyUrl: { valid: 'https://woodbridge.sch.uk/policies/social-media.pdf', invalid: ['http://woodbridge.sch.uk/p.pdf', 'woodbridge.sch.uk/p.pdf', 'javascript:alert(1)', 5] },
  enabledSites: { valid: ['x', 'facebook'], invalid: ['x', ['X.com'], [1]] },
  mastodonInstances: { valid: ['mastodon.social', 'sfba.social'], invalid: ['mastodon.social', ['https://mastodon.social'], ['localhost']] },
  schoolHoursStart: { valid: '08:30', invalid: ['8:30', '24:00', '08:30am', 830] },
  schoolHoursEnd: { valid: '15:30', invalid: ['15.30', '', 1530] },
  schoolDays: { valid: [1, 2, 3, 4, 5], invalid: [[0], [8], [1.5], ['1'], '1-5', [1, 2, 3, 4, 5, 6, 7, 1]] },
  reminderIntervalDays: { valid: 30, invalid: [0, 3651, 1.5, '30', null] },
  reminderPlatforms: { valid: ['facebook', 'instagram'], invalid: ['facebook', ['Face Book']] },
  disabledRules: { valid: ['tone/profanity'], invalid: ['tone/profanity', ['profanity'], ['Tone/Profanity']] },
  locked: { valid: ['policyPack', 'disabledRules'], invalid: ['policyPack', [1], ['']] },
  siteSelectors: {
    valid: '{"linkedin":{"share":{"composers":["div.share-editor [contenteditable=\\"true\\"]"],"submitControls":["button[data-test-share]"],"submitKeys":["Ctrl+Enter"]}}}',
    invalid: ['{not json', 3, ['a'], '{"myspace":{}}', '{"x":{"post":{"composers":["div {color:red}"]}}}', '{"x":{"post":{"script":"alert(1)"}}}'],
  },
};

function conforms(node: SchemaNode, value: unknown): boolean {
  switch (node.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value) && value.every((v) => conforms(node.items!, v));
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return false;
  }
}

describe('managed_schema.json', () => {
  it('has exactly the settings config.ts knows, each with a title and description', () => {
    expect(Object.keys(props).sort()).toEqual([...CONFIG_KEYS].sort());
    for (const [key, node] of Object.entries(props)) {
      expect(node.title, key).toMatch(/\S/);
      expect(node.description?.length, key).toBeGreaterThan(30);
    }
  });

  it('keeps to what Chrome accepts for extension schemas', () => {
    expect(schema.type).toBe('object');
    // A top-level additionalProperties/patternProperties stops the extension loading (notes/managed-policy.md).
    expect(Object.keys(schema).sort()).toEqual(['properties', 'type']);
    const walk = (n: SchemaNode, path: string) => {
      expect(['string', 'integer', 'boolean', 'number', 'array', 'object'], path).toContain(n.type);
      if (n.enum) expect(['string', 'integer'], `${path}: enum only on strings/integers`).toContain(n.type);
      if (n.minimum !== undefined || n.maximum !== undefined) expect(n.type, path).toBe('integer');
      if (n.type === 'array') walk(n.items!, `${path}[]`);
    };
    for (const [key, node] of Object.entries(props)) walk(node, key);
  });

  it('masks the roster and its secret in chrome://policy, and nothing else', () => {
    const masked = Object.entries(props).filter(([, n]) => n.sensitiveValue === true).map(([k]) => k).sort();
    expect(masked).toEqual([...SENSITIVE_KEYS].sort());
  });

  it('declares types only, so every content error reaches PostPause and is reported on the options page', () => {
    for (const [key, node] of Object.entries(props)) {
      expect(node.pattern, key).toBeUndefined();
      expect(node.enum, key).toBeUndefined();
      expect(node.items?.pattern, key).toBeUndefined();
    }
  });
});

describe.each(CONFIG_KEYS)('setting %s', (key) => {
  const { valid, invalid } = EXAMPLES[key];

  it('accepts a valid value that also passes the schema type', () => {
    const r = validateKey(key, valid);
    expect(r).toMatchObject({ ok: true });
    expect(conforms(props[key]!, valid)).toBe(true);
  });

  it.each(invalid.map((v) => [JSON.stringify(v)?.slice(0, 40), v]))('rejects %s with a readable reason', (_label, value) => {
    const r = validateKey(key, value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^(must|is|has|entry)/);
  });
});

describe('validateConfig', () => {
  it('keeps good keys, drops each bad key alone, never throws', () => {
    const r = validateConfig({ schoolName: 'Woodbridge', schoolPostcode: 'nope', reminderIntervalDays: 30, extra: 1 });
    expect(r.config).toEqual({ schoolName: 'Woodbridge', reminderIntervalDays: 30 });
    expect(r.problems.map((p) => p.key)).toEqual(['schoolPostcode', 'extra']);
    for (const bad of [null, 3, 'x', [1], undefined]) expect(validateConfig(bad).problems[0]!.key).toBe('(root)');
  });

  it('never echoes sensitive values in problems', () => {
    const r = validateConfig({ rosterHashes: ['Amelia Smith'], rosterSecret: '' });
    expect(JSON.stringify(r.problems)).not.toContain('Amelia');
  });

  it('accepts a custom pack given as an object or as JSON text', () => {
    expect(validateConfig({ customPack: { id: 'ours' } }).config.customPack).toEqual({ id: 'ours' });
    expect(validateConfig({ customPack: '{"id":"ours"}' }).config.customPack).toEqual({ id: 'ours' });
  });
});

describe('docs/deploying.md', () => {
  const doc = readFileSync(new URL('../../../../docs/deploying.md', import.meta.url), 'utf8');

  it('documents every setting in its reference table', () => {
    const firstCells = doc
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => l.split('|')[1]!);
    for (const key of CONFIG_KEYS) expect(firstCells.some((c) => c.includes(`\`${key}\``)), key).toBe(true);
  });

  it('lists every built-in policy pack', () => {
    const row = doc.split('\n').find((l) => l.startsWith('| `policyPack` |'))!;
    const listed = [...row.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]).filter((id) => id !== 'policyPack');
    expect(new Set(listed)).toEqual(new Set(listPacks().map((p) => p.id)));
  });
});
