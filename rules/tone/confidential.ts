import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import { inParts } from './shared/parts.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { boundaryFirst, matchInWindows, tokenIndex, triggerWindows } from './shared/windows.ts';
import { careOf } from './shared/care.ts';

interface Marker {
  re: RegExp;
  severity: Severity;
  kind: 'confidentiality marker' | 'gossip';
}

const A = "['’]";
const MARKERS: Marker[] = [
  {
    re: new RegExp(
      [
        `\\b(?:don${A}?t|do not|dont|pls don${A}?t|please don${A}?t)\\s+(?:tell|say\\s+(?:anything|owt)\\s+to)\\s+(?:anyone|anybody|any1|a soul|the head|my head|the boss|my boss|slt|the parents|anyone at (?:work|school))`,
        '\\bbetween (?:you and me|you and i|me and you|us|ourselves|you, me and the (?:gatepost|bedpost))\\b',
        `\\b(?:not|isn${A}?t|isnt|not been|hasn${A}?t been|haven${A}?t been|not yet been)\\s+(?:made\\s+)?(?:public|announced|official|confirmed|released)\\s+yet\\b`,
        `\\bbefore (?:it${A}?s|it is|it gets|it goes|they make it|they announce it|it${A}?s made)\\s+(?:public|announced|official|out)\\b`,
        '\\boff the record\\b',
        '\\bkeep (?:this|it|that) (?:quiet|to yourselves?|under (?:your|ya) hat|on the (?:down ?low|dl|q\\.?t\\.?)|hush|between us|zipped)\\b',
        '\\b(?:hush[- ]hush|on the q\\.?t\\.?|strictly confidential|in (?:strict|the strictest) confidence|sworn to secrecy|under embargo|embargoed|internal only|staff only|not for sharing|not to be shared)\\b',
        `\\b(?:i|we)\\s+(?:really\\s+)?(?:shouldn${A}?t|should not|shouldnt|am not supposed to|${A}m not supposed to|m not supposed to|are not supposed to|${A}re not supposed to|aren${A}?t supposed to|can${A}?t|cannot)\\s+(?:really\\s+)?(?:be\\s+)?(?:say|saying|tell|telling|post|posting|share|sharing|mention|mentioning)\\s+(?:this|that|it|anything|who|why|much)`,
        `\\bnot supposed to (?:say|tell|share|mention|post|know)\\b`,
        `\\byou didn${A}?t hear (?:it|this|that) from me\\b`,
        '\\b(?:please|pls|plz)?\\s*(?:do not|don.?t) (?:share|repost|screenshot|forward) this\\b',
        '\\b(?:naming no names|not naming (?:any )?names|no names mentioned|won.?t name names|can.?t name names|i won.?t say who)\\b',
        '\\bconfidential\\b(?!\\s+(?:support|helpline|line|service|services|advice|counselling|counseling|listening|reporting|waste|shredding))',
        `\\b(?:leaked|leak)\\s+(?:the|this|our|their)\\s+\\w+`,
      ].join('|'),
      'gi',
    ),
    severity: 'medium',
    kind: 'confidentiality marker',
  },
  {
    re: /\b(?:rumour has it|rumor has it|rumours are|rumors are|the rumour is|word (?:on the (?:street|corridor|staffroom)\s+)?is that|apparently (?:he|she|they|the head|our head|the deputy)\s+(?:is|are|was|were|has|have|got|had|been|slept|shagging|sleeping|having)\b|juicy gossip|staffroom gossip|the goss\b|spill(?:ing)? the tea|the tea is|guess (?:who|which (?:member|teacher|colleague|department|dept|one|head|deputy|ta|parent|mum|dad|governor)s?)(?:['’]s|\s+(?:got|is|was|has|had|didn['’]?t|hasn['’]?t|isn['’]?t|wasn['’]?t|won['’]?t|can['’]?t|never|just|still|forgot|turned|left|keeps|walked|called|cried|rang|emailed|of))|not one to gossip|(?:won['’]?t|will not|not going to|not gonna)\s+say\s+(?:who|which(?!\s+one\b))|not saying (?:who|which(?!\s+one\b))|you['’]ll never guess who|having an affair|sleeping with|shagging)\b/gi,
    severity: 'medium',
    kind: 'gossip',
  },
  {
    // "Apparently Dave got ...": case matters for the name, so this one is case-sensitive.
    re: /\b[Aa]pparently\s+(?:[A-Z][a-z]+\s+){1,2}(?:is|are|was|were|has|have|got|had|been|slept|is\s+leaving|is\s+off)\b/g,
    severity: 'medium',
    kind: 'gossip',
  },
];

// Each marker tests its word boundary once before its alternatives where they all start with one (same matches).
for (const m of MARKERS) m.re = boundaryFirst(m.re);

const TRIGGERS = new Set(
  ("tell between public announced official confirmed released before record keep hush q qt confidential confidence secrecy embargo embargoed internal staff " +
    "sharing shared shouldn't shouldnt should supposed can't cant cannot hear share repost screenshot forward names naming name leak leaked rumour rumor rumours " +
    "rumors apparently gossip goss tea guess never affair sleeping shagging say saying").split(' '),
);

const FIRST_PERSON = /\b(?:i|i['’]m|i['’]ve|my|me|myself)\b/i;
// Anyone else the secret could be about: people, roles, groups, or a capitalised name doing something.
const SOMEONE_ELSE = /\b(?:he|she|they|him|her|them|his|their|hers|head|deputy|slt|colleagues?|teachers?|tas?|parents?|mums?|dads?|kids?|child(?:ren)?|pupils?|students?|staff|boss|manager|governors?|trust|office|someone|somebody|everyone|people)\b|\b[A-Z][a-z]+\s+(?:is|was|has|had|got|and)\b/;
/** The text before "don't tell anyone" is only about the writer ("Ate a whole cheesecake for tea."). */
function selfConfession(before: string): boolean {
  return FIRST_PERSON.test(before) && !SOMEONE_ELSE.test(before.replace(/(?:^|[.!?]\s+)[A-Z][a-z]+/g, ' x'));
}

// "Don't tell anyone but I'm dreading Saturday", "Don't tell anyone, but I ate the kids' selection box": the secret
// that follows is the writer's own feeling, slip or plan. The clause after the marker opens with the writer and names
// no one else (no other person's pronoun or role) and nothing heard or known about others ("I heard the deputy ...",
// "I know which teacher ...", "I think she's ...").
const SELF_SECRET = /^\s*[,:;.…–—-]*\s*(?:(?:but|though|however|honestly|tbh|ok|okay)\s*[,:]?\s*)*(?:i|i['’]m|im|i['’]ve|ive|i['’]d|i['’]ll|my|me\s+and\s+my)\b/i;
const OTHERS_IN_SECRET = /\b(?:he|she|they|him|her|them|his|their|hers|head|heads|deputy|slt|colleagues?|teachers?|tas?|parents?|mums?|dads?|pupils?|students?|staff|boss|manager|governors?|trust|office|someone|somebody|heard|overheard|know|knew|found\s+out|saw|seen|caught|reckon|suspect|bet|rumou?r|apparently|which|who)\b|['’]s\s+(?:leaving|going|pregnant|been)/i;
function selfSecretAfter(after: string): boolean {
  const m = SELF_SECRET.exec(after);
  if (!m) return false;
  const clause = /^[^.!?\n]*/.exec(after.slice(m[0].length))![0];
  return !OTHERS_IN_SECRET.test(clause);
}

export default defineRule({
  meta: {
    id: 'tone/confidential',
    category: 'tone',
    severity: 'medium',
    theme: 'confidential',
    description: 'Gossip and confidentiality markers ("don\'t tell anyone", "between us", "not public yet", "off the record").',
  },
  create() {
    const read = (doc: Doc): Hit[] => {
      const hits: Hit[] = [];
      let gossiped = false;
      const windows = triggerWindows(doc, TRIGGERS, 80);
      for (const m of windows.length ? MARKERS : []) {
        for (const x of matchInWindows(doc.text, m.re, windows)) {
          const lead = x.text.length - x.text.trimStart().length;
          // "Between us we ate a whole cake": "between us" as "together".
          if (/^between\s+us$/i.test(x.text.trim()) && /^\s*,?\s*(?:we|we['’]ve|we['’]d|we\s+have|we\s+had|we\s+managed|we\s+ate|we\s+drank|we\s+raised|we\s+made)\b/i.test(doc.text.slice(x.index + x.text.length, x.index + x.text.length + 20))) continue;
          // "Rumour has it there's cake in the kitchen": news about things, not people.
          // "Spent my evening laminating. Honestly, it's oddly relaxing. Don't tell anyone.": a confession about the writer, with nobody else in it.
          if (/^\s*(?:pls |please )?don['’]?t tell (?:anyone|anybody|a soul)$/i.test(x.text) && selfConfession(doc.text.slice(Math.max(0, x.index - 300), x.index))) continue;
          if (/^\s*(?:pls |please )?don['’]?t tell (?:anyone|anybody|a soul)$/i.test(x.text) && selfSecretAfter(doc.text.slice(x.index + x.text.length, x.index + x.text.length + 200))) continue;
          if (m.kind === 'gossip' && /^\s*(?:there['’]?s|there\s+is|there\s+are|there\s+will\s+be|it['’]?s\s+going\s+to)\b/i.test(doc.text.slice(x.index + x.text.length, x.index + x.text.length + 24))) continue;
          // "Guess who got the deputy headship?! Me!": the writer's own news.
          if (m.kind === 'gossip' && /^guess who/i.test(x.text.trim()) && /^[^.!?\n]{0,80}[?!]+\s*(?:me|this\s+(?:girl|guy|one)|yours\s+truly|moi|i\s+did)\b/i.test(doc.text.slice(x.index + x.text.length, x.index + x.text.length + 100))) continue;
          // "Guess who's coming to assembly? Santa!": a question answered at once with an exclamation is a reveal, not gossip.
          if (m.kind === 'gossip' && /^guess/i.test(x.text.trim()) && /^[^.!?\n]{0,80}\?+\s*[^.!?\n]{1,30}!/.test(doc.text.slice(x.index + x.text.length, x.index + x.text.length + 120))) continue;
          // Session tonefp5: "Guess who's directing the nativity again 🙋‍♀️": the writer's raised hand answers it.
          if (m.kind === 'gossip' && /^guess who/i.test(x.text.trim()) && SELF_HAND.test(doc.text.slice(x.index + x.text.length, x.index + x.text.length + 100))) continue;
          // "Family reunion ... Not naming names but someone (cough, my brother) ate the cheesecake": a fond family
          // story, with nobody from work or school near the marker.
          if (m.kind !== 'gossip' && NAMES_MARKER.test(x.text) && familyStory(doc.text, x.index, x.index + x.text.length)) continue;
          if (m.kind === 'gossip') gossiped = true;
          hits.push({
            start: x.index + lead,
            end: x.index + x.text.length,
            severity: m.severity,
            reason:
              m.kind === 'gossip'
                ? 'Gossip: passing on rumours about colleagues, pupils or families in public can breach confidentiality and cause real harm.'
                : 'Confidentiality marker: if it should not be shared, a public post is the wrong place for it. Confidential or not-yet-public school information must stay off social media.',
          });
        }
      }
      if (!gossiped) {
        const g = familyGossip(doc);
        if (g) hits.push({ ...g, severity: 'medium', reason: GOSSIP_REASON });
      }
      return hits;
    };
    // A long post is also read part by part (./shared/parts.ts).
    return (doc: Doc): Hit[] => inParts(doc, read);
  },
});

/** The writer's own hand up after "Guess who's ...": "🙋‍♀️", "✋", "(me)", "this girl". */
const SELF_HAND = /^[^.!?\n]{0,80}?(?:🙋|✋|\(me\)|\(me!?\)|\bthis\s+(?:girl|guy|one)\b|\byours\s+truly\b)/u;
const NAMES_MARKER = /names/i;
/** A family setting: the writer's relatives, a family do. */
const FAMILY_CUE = /\b(?:family|clan|reunion|in-laws|auntie|aunty|uncle|nan|nana|grandad|grandma|granny|cousins?|(?:my|our)\s+(?:brother|sister|mum|mam|dad|husband|wife|partner|son|daughter|kids|niece|nephew))\b/i;
/** Anyone from work or school, or work itself: the marker then hides a colleague, a parent or a pupil. */
const WORK_CUE = /\b(?:head|heads|deputy|slt|colleagues?|teachers?|tas?|parents?|staff|boss|manager|governors?|trust|office|pupils?|students?|class|form|work|school|inset|staffroom|department|dept|y(?:ear)?\s?\d{1,2}s?|ofsted)\b/i;
function familyStory(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 300), start);
  // The marker's sentence and the next one.
  const after = /^(?:[^.!?\n]*[.!?\n]+){0,2}/.exec(text.slice(end, end + 250))![0] || text.slice(end, end + 250);
  return FAMILY_CUE.test(before + after) && !WORK_CUE.test(text.slice(Math.max(0, start - 150), start) + after);
}

const GOSSIP_REASON = 'Gossip: passing on rumours about colleagues, pupils or families in public can breach confidentiality and cause real harm.';

// ---- Gossip about a pupil's family --------------------------------------------------------------------------
// "Heard one of my Y5s' mum has been evicted again 👀", "the lad in 7B ... His dad's been arrested. Not surprised":
// a member of a pupil's family, a private matter of theirs (a partner, a split, prison, debt, eviction, a lost job,
// drink) within the next few words, and a sign that it is hearsay or told for effect (apparently, heard, found out,
// "not surprised", tea, 👀). Not the writer's own family ("my mum's new fella"), not a family's hardship met with
// support ("so we've put together a food parcel"), not worry passed to the safeguarding lead, and only in a post
// that is about a pupil or school life (a trip, the gate, pick-up, parents' evening).
const FAMILY = new Set(['mum', 'mums', 'mam', 'mom', 'dad', 'dads', 'mother', 'father', 'parents', 'family', 'stepdad', 'stepmum', 'step-dad', 'step-mum']);
const OWNER = new Set(['my', 'our', 'your']);
const PUPIL = /\b(?:kids?|lads?|boys?|girls?|child(?:ren)?|pupils?|students?|twins|tutees?|reception|nursery|(?:year|y)\s?\d{1,2}s?|\d{1,2}[a-z]\b|my\s+(?:class|form|set|group|tutor\s+group)|little\s+ones?|(?:school\s+)?trip|playground|school\s+gate|pick-?up|drop-?off|parents['’]?\s+evening)\b/i;
const PRIVATE = /^[^.!?\n]{0,60}?\b(?:seeing\s+(?:someone|somebody|another|the\s+other|a\s+new|his|her)|split(?:ting)?\s+up|splitting|separat(?:ed|ing)|divorc\w*|new\s+(?:bloke|fella|feller|boyfriend|girlfriend|partner|man|woman)|moved\s+(?:\w+\s+){0,3}in\b|back\s+inside|inside\s+again|in\s+(?:prison|jail)|arrested|behind\s+on\s+(?:the\s+)?(?:rent|bills|payments)|in\s+debt|debts|bailiffs|evicted|eviction|lost\s+(?:his|her|their)\s+(?:job|licence|house)|drinking\s+again|drunk\s+at|banned\s+from|police\s+(?:round|came|were\s+called)|pregnant\s+again|having\s+an\s+affair)\b/i;
const HEARSAY = /\b(?:apparently|allegedly|heard|overheard|word\s+is|rumou?r|tea|the\s+goss|found\s+out|that['’]s\s+why|so\s+that['’]s|not\s+surprised|no\s+surprise|surprise\s+surprise|not\s+gossiping|guess\s+(?:who|whose)|let['’]s\s+just\s+say)\b|👀|😳|🫢|🤭|🍵/iu;
const SUPPORT = /\b(?:so\s+we|we['’]ve\s+(?:put|made|got|arranged|sorted)|we['’]re\s+(?:collecting|supporting|helping)|support(?:ing)?|food\s+(?:bank|parcel)|thinking\s+of|sending\s+love|donat\w*|worried|dsl|safeguarding|keep\s+an\s+eye)\b/i;

function familyGossip(doc: Doc): { start: number; end: number } | undefined {
  const { tokens, text } = doc;
  const index = tokenIndex(doc);
  let any = false;
  for (const w of FAMILY) if (index.has(w)) any = true;
  if (!any) return undefined;
  // The first family member with a private matter after them is looked for before the post-wide tests: all are pure,
  // so the answer is the same, and most posts have no such word pair and skip the whole-text scans (HEARSAY's above all).
  for (let i = 0; i < tokens.length; i++) {
    if (!FAMILY.has(tokens[i]!.norm) || OWNER.has(tokens[i - 1]?.norm ?? '')) continue;
    const m = PRIVATE.exec(text.slice(tokens[i]!.end, tokens[i]!.end + 140));
    if (!m) continue;
    if (!HEARSAY.test(text) || !PUPIL.test(text) || SUPPORT.test(text) || careOf(doc).kind) return undefined;
    return { start: tokens[i]!.start, end: tokens[i]!.end + m[0].length };
  }
  return undefined;
}
