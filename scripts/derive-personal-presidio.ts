/**
 * Derives tests/fixtures/eval/presidio-pii.jsonl, a development set for the `personal` detectors, from
 * Presidio Research's generated PII sentences (github.com/microsoft/presidio-research, MIT licence).
 *
 *   npx tsx scripts/derive-personal-presidio.ts [path/to/generated_large.json]
 *
 * Mapping, by the template placeholders each sentence was generated from:
 *   address, street_name, building_number, secondary_address, postcode, phone_number, email,
 *   date_of_birth                  -> expect ["personal"]
 *   names, cities, countries, organisations, jobs, other dates only -> expect [] (a name is not a pupil
 *                                     without school context, a town is not a home address)
 *   ssn, driver licence, IP address, URL, credit card, IBAN (not UK personal details in our sense, or
 *   ambiguous)                     -> left out
 * A seeded sample keeps the file to a few hundred lines. Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceDataDir } from './source-data.ts';
import { seededRandom } from './seeded-random.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = process.argv[2] ?? resolve(sourceDataDir(undefined), 'presidio_generated_pii/generated_large.json');
const out = resolve(repo, 'tests/fixtures/eval/presidio-pii.jsonl');
const POSITIVES = 220;
const NEGATIVES = 180;

const PERSONAL = new Set(['address', 'street_name', 'building_number', 'secondary_address', 'postcode', 'phone_number', 'email', 'date_of_birth']);
const LEAVE_OUT = new Set(['ssn', 'us_driver_license', 'ip_address', 'url', 'credit_card_number', 'iban']);

interface Sentence {
  full_text: string;
  masked: string;
  template_id?: number;
}


const data = JSON.parse(readFileSync(src, 'utf8')) as Sentence[];
const pos: { i: number; s: Sentence }[] = [];
const neg: { i: number; s: Sentence }[] = [];
data.forEach((s, i) => {
  const holes = new Set([...s.masked.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!));
  if ([...holes].some((h) => LEAVE_OUT.has(h))) return;
  if ([...holes].some((h) => PERSONAL.has(h))) pos.push({ i, s });
  else neg.push({ i, s });
});
const rnd = seededRandom(42);
const sample = <T>(xs: T[], n: number): T[] => {
  const c = [...xs];
  for (let k = c.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [c[k], c[j]] = [c[j]!, c[k]!];
  }
  return c.slice(0, n);
};
const chosen = [...sample(pos, POSITIVES).map((x) => ({ ...x, expect: ['personal'] })), ...sample(neg, NEGATIVES).map((x) => ({ ...x, expect: [] as string[] }))].sort((a, b) => a.i - b.i);

const header = {
  id: '_about',
  about:
    'Derived by scripts/derive-personal-presidio.ts from presidio-research generated_large.json (Microsoft, MIT licence, github.com/microsoft/presidio-research). Generated, mostly non-UK formats. Addresses, phones, emails, dates of birth -> personal; names, towns and organisations alone -> clean (names are not pupils without school context).',
  categories: ['personal', 'pupil'],
};
const lines = [JSON.stringify(header), ...chosen.map((c) => JSON.stringify({ id: `presidio-${c.i}`, text: c.s.full_text, expect: c.expect }))];
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${pos.length} personal and ${neg.length} clean sentences available; wrote ${chosen.length} to ${out}`);
