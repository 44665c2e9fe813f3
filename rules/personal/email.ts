import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';

// Characters allowed in the local part (before @) and in a domain label. Scanning outwards from each "@"
// by hand keeps the cost linear: a regex like /[\w.]+@/ re-scans the whole run from every start position.
const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;
const MAX_PART = 254;

export function findEmails(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < MAX_PART && LOCAL.test(text[s - 1]!)) s--;
    // A local part cannot start or end with a dot ("see you.@x" is not an address).
    while (s < at && text[s] === '.') s++;
    DOMAIN.lastIndex = at + 1;
    const m = s < at && text[at - 1] !== '.' ? DOMAIN.exec(text) : null;
    if (m) {
      const end = at + 1 + m[0].length;
      out.push({ start: s, end });
      at = text.indexOf('@', end);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
  return out;
}

/**
 * Addresses spelled out to dodge scrapers: "jen dot hartley at gmail dot com", "jen.hartley[at]gmail.com",
 * "bex (at) hotmail (dot) co (dot) uk". Only when the post spells a "dot" or brackets the "at", so "at home"
 * and "see you at 3" never start one.
 */
const SEP_DOT = '(?:\\s*[\\[({]dot[\\])}]\\s*|\\s+dot\\s+|\\.)';
const SEP_AT = '(?:\\s*[\\[({]at[\\])}]\\s*|\\s+at\\s+)';
const SPELLED = new RegExp(
  `(?<![A-Za-z0-9._-])[A-Za-z0-9][A-Za-z0-9_-]{0,30}(?:${SEP_DOT}[A-Za-z0-9_-]{1,30}){0,3}${SEP_AT}[A-Za-z0-9-]{2,30}(?:${SEP_DOT}[A-Za-z0-9-]{2,20}){0,2}${SEP_DOT}(?:com|net|org|uk|io|me|info|biz)(?![A-Za-z0-9])`,
  'gi',
);
const SPELLED_HINT = /\bdot\b|[\[({]at[\])}]/i;

export function findSpelledEmails(text: string): { start: number; end: number }[] {
  if (!SPELLED_HINT.test(text)) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SPELLED)) {
    if (!SPELLED_HINT.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A shared office mailbox on an organisation's domain ("office@greenbank.sch.uk", "enquiries@riverside.org.uk")
 * reaches a team, not a person, so it is no personal detail (the school rules still name the school). A role
 * one person holds ("head@", "bursar@") and any address the writer calls their own stay personal.
 */
// Session places9: a company's help, care, billing or returns line ("help@octopus.energy", "care@swiftparcel.co.uk")
// reaches a team as much as "support@" does.
const SHARED_MAILBOX = /^(?:office|admin|administration|enquiries|enquiry|info|information|reception|contact|contactus|hello|admissions|attendance|absence|absences|clerk|governors|pta|finance|accounts|bookings|sales|support|schooloffice|general|mail|post|help|helpdesk|care|customercare|customerservices?|customer[._-]services?|customers|service|services|billing|refunds|returns|orders|payments|complaints|feedback|noreply|no[._-]?reply|donotreply|do[._-]not[._-]reply|press|media|careers|jobs|recruitment|hr|events|tickets|boxoffice|membership|accessibility|privacy|dpo|team)(?:[._-]?(?:office|team|desk))?@/i;
const PERSONAL_MAIL = /^(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|aol|btinternet|sky|virginmedia|talktalk|protonmail|proton)\./i;
function isSharedMailbox(text: string, m: { start: number; end: number }): boolean {
  const address = text.slice(m.start, m.end);
  if (!SHARED_MAILBOX.test(address) || PERSONAL_MAIL.test(address.slice(address.indexOf('@') + 1))) return false;
  return !/\bmy\s+(?:own\s+|work\s+|personal\s+|new\s+)?(?:e-?mail|address)\b/i.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * A staff member's own address on a school's domain ("k.barton@fernhill.hants.sch.uk", or the configured school's
 * domain): the school rules report it, as it names the school; it is a work address, not a personal one.
 */
function schoolAddress(text: string, m: { start: number; end: number }, schoolDomain: string): boolean {
  const at = text.indexOf('@', m.start);
  if (at === -1 || at >= m.end) return false;
  const domain = text.slice(at + 1, m.end).toLowerCase();
  return /\.sch\.uk$/.test(domain) || (schoolDomain !== '' && (domain === schoolDomain || domain.endsWith(`.${schoolDomain}`)));
}

export default defineRule({
  meta: {
    id: 'personal/email',
    category: 'personal',
    severity: 'medium',
    theme: 'personal-details',
    description: 'Email addresses, which let anyone who reads the post contact you (or someone else) directly.',
  },
  create(config) {
    const schoolDomain = (config.schoolDomain ?? '').toLowerCase().replace(/^www\./, '');
    return (doc): Hit[] =>
      [...(doc.text.indexOf('@') === -1 ? [] : findEmails(doc.text)), ...findSpelledEmails(doc.text)].filter((m) => !isSharedMailbox(doc.text, m) && !schoolAddress(doc.text, m, schoolDomain)).map((m) => ({
        ...m,
        reason: 'This looks like an email address. Posting it lets anyone who sees the post contact the owner directly.',
      }));
  },
});
