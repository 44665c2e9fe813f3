import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { rosterForms, type RosterPupil } from './forms.ts';

/** Scheme id carried in configuration as `rosterScheme`; bump it if forms, normalisation or hashing change. */
export const ROSTER_SCHEME = 'hmac-sha256-16';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * HMAC-SHA256 keyed with the school's secret, output truncated to 16 lower-case hex digits (64 bits).
 * The key's inner and outer pad blocks are hashed once here; each call clones that state, so a form
 * costs two SHA-256 compressions (about 2 microseconds).
 */
export function createRosterHasher(secret: string): (form: string) => string {
  // Narrow view of noble's HMAC instance: cloning into a reused object avoids an allocation per form.
  interface KeyedHmac {
    _cloneInto(to?: KeyedHmac): KeyedHmac;
    update(buf: Uint8Array): unknown;
    digestInto(out: Uint8Array): void;
  }
  const keyed = hmac.create(sha256, utf8ToBytes(secret)) as unknown as KeyedHmac;
  const out = new Uint8Array(32);
  let scratch: KeyedHmac | undefined;
  return (form: string): string => {
    scratch = keyed._cloneInto(scratch);
    scratch.update(utf8ToBytes(form));
    scratch.digestInto(out);
    let hex = '';
    for (let i = 0; i < 8; i++) hex += HEX[out[i]!];
    return hex;
  };
}

/** The `rosterHashes` configuration value for a class list: every form of every pupil, hashed, deduplicated, sorted. */
export function hashRoster(secret: string, pupils: RosterPupil[]): string[] {
  const h = createRosterHasher(secret);
  const out = new Set<string>();
  for (const p of pupils) for (const f of rosterForms(p)) out.add(h(f));
  return [...out].sort();
}
