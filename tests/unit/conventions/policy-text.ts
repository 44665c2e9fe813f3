/**
 * Test helper: find the part of a policy text a clause id refers to, so the convention test can check
 * that each id exists in the document and that its quote comes from that part, not just anywhere.
 *
 * Ids follow the document's own numbering: "6.8" / "4.1" / "7" (numbered sections), "5.iv" (a roman
 * rule inside section 5), or a heading slug ("personal-accounts") where the policy is unnumbered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The policy documents live beside the packs that quote them, inside the repository. */
export const POLICIES_DIR = path.resolve(REPO_ROOT, 'lib/policy/packs/sources');

export function policiesMissingMessage(): string | undefined {
  return existsSync(POLICIES_DIR)
    ? undefined
    : `The policy texts are missing: expected ${POLICIES_DIR} (lib/policy/packs/sources). ` +
        'The pack convention test checks every quote against them and cannot run without them.';
}

export function readPolicy(id: string): string | undefined {
  const file = path.join(POLICIES_DIR, `${id}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Whitespace-normalised, the comparison the issue asks for ("verbatim, whitespace-normalised"). */
export function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// "4. Staff use", "4.1 Reputation", "6.15. Staff members": a number with at least one dot.
const NUMBERED = /^(\d+\.(?:\d+\.?)*)\s/;
const ROMAN = /^([ivx]+)\.\s/;
// Table-of-contents lines end in a page number after a tab or dot leaders.
const CONTENTS = /(\t\d+\s*$)|(\.{4,})/;

const numberOf = (line: string): string | undefined => NUMBERED.exec(line)?.[1]?.replace(/\.$/, '');

/**
 * The text of the section a clause id names (from its heading to the next heading of any numbered level,
 * or for slugs the next stand-alone short heading line), or undefined when the id is not in the document.
 */
export function sectionText(doc: string, id: string): string | undefined {
  const lines = doc.split(/\r?\n/);
  const isHeading = (i: number): boolean => {
    const l = lines[i]!;
    return numberOf(l) !== undefined || ROMAN.test(l);
  };
  const until = (from: number, stop: (i: number) => boolean): string => {
    let end = from + 1;
    while (end < lines.length && !stop(end)) end++;
    return lines.slice(from, end).join('\n');
  };
  const findNumbered = (n: string, from = 0): number => lines.findIndex((l, i) => i >= from && !CONTENTS.test(l) && numberOf(l) === n);

  let m: RegExpExecArray | null;
  if (/^\d+(\.\d+)*$/.test(id)) {
    const i = findNumbered(id);
    return i === -1 ? undefined : until(i, isHeading);
  }
  if ((m = /^(\d+)\.([ivx]+)$/.exec(id))) {
    const s = findNumbered(m[1]!);
    if (s === -1) return undefined;
    const i = lines.findIndex((l, k) => k > s && ROMAN.exec(l)?.[1] === m![2]);
    return i === -1 ? undefined : until(i, isHeading);
  }
  if (/^[a-z][a-z0-9-]*$/.test(id)) {
    // Unnumbered documents: a heading is a short line standing alone between blank lines, without a full
    // stop or a list-introducing colon.
    const blank = (i: number) => i < 0 || i >= lines.length || lines[i]!.trim() === '';
    const isSlugHeading = (i: number) => {
      const l = lines[i]!.trim();
      return l.length > 0 && l.length <= 60 && blank(i - 1) && blank(i + 1) && !/^[-·]/.test(l) && !/[.:,;]$/.test(l);
    };
    const i = lines.findIndex((l, k) => isSlugHeading(k) && slugify(l) === id);
    return i === -1 ? undefined : until(i, isSlugHeading);
  }
  return undefined;
}
