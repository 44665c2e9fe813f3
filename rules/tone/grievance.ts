import { defineRule, type Doc } from '../../lib/engine/rule.ts';
import { inParts } from './shared/parts.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { NEGATED_BEFORE, SELF_BEFORE, before } from './shared/phrases.ts';
import { boundaryFirst, matchInWindows, triggerWindows, type Range } from './shared/windows.ts';
import { careOf, modifierUse } from './shared/care.ts';

const A = "['’]";
// People and places a teacher's rant would be about.
const SCHOOL_TARGET = boundaryFirst(new RegExp(
  [
    '\\b(?:the |some |these |those |my |our |certain |that |this |new )?(?:parents?|mums|dads|families|kids|children|pupils|students|class(?:es)?|tutor group|form group|colleagues?|staff|teachers|tas|support staff|headteacher|head teacher|head|deputy(?: head)?|slt|senior leadership(?: team)?|leadership(?: team)?|management|line manager|governors|chair of governors|the trust|academy trust|trust ceo|ceo|hr|ofsted|inspectors|local authority|sendco|senco|dsl|cover supervisors?|supply teachers?|supply staff|office staff|receptionists?|caretakers?|site manager|business manager|bursar|head of (?:year|department|dept|[a-z]+)|hods?|hoys?|exec(?:utive)? head|trainees?)\\b',
    '\\b(?:year|yr|y)\\s?(?:[1-9]|1[0-3]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)s?\\b',
    '\\b(?:this|my|our|the) (?:school|academy|place|department|dept|faculty|staffroom|workplace)\\b',
  ].join('|'),
  'gi',
));
// Targets that are places or the staff as a body: as a modifier they describe a thing ("staff toilet").
const PLACE = /(?:school|academy|place|department|dept|faculty|staffroom|workplace|staff)$/i;
const JOB_TARGET = /\b(?:my job|this job|work|teaching|this profession|the profession)\b/gi;

// Feelings that point at something after them: "I hate Year 9", "sick of the parents".
const AT_TARGET = new RegExp(
  `\\b(?:hate|hating|loathe|despise|can${A}?t stand|cannot stand|can${A}?t be doing with|sick (?:and tired |to death )?of|tired of|fed up (?:of|with)|had enough of|had it with|done with|so done with|furious (?:with|at)|livid (?:with|at)|fuming (?:with|at)|angry (?:with|at)|annoyed (?:with|at)|irritated by|disgusted (?:with|by)|let down by|bullied by|undermined by|thrown under the bus by|gaslit by|micromanaged by)\\b`,
  'gi',
);
// Judgements that work either side of the target: "Year 9 were a nightmare", "useless SLT".
// (Both test their word boundary once before their alternatives: the same matches, fewer failed tries inside words.)
const JUDGEMENT = boundaryFirst(new RegExp(
  [
    '\\b(?:useless|hopeless|clueless|incompetent|awful|terrible|horrendous|horrible|dreadful|appalling|disgraceful|shambolic|pathetic|toxic|ridiculous|unbearable|unacceptable|unprofessional|vile|entitled|rude|lazy|spoilt|spoiled|gobby|mouthy|feral|vindictive|spineless|two-faced|backstabbing|bullying|unsupportive|out of control|a nightmare|nightmares|absolute nightmare|a disgrace|a shambles|a joke|an absolute joke|a total joke|a complete joke|a laughing stock|the worst|hell on earth|soul[- ]destroying|demoralising|demoralizing|diabolical|atrocious|shocking)\\b',
    `\\b(?:(?:is|are|was|were|${A}s|${A}re)\\s+(?:absolutely |utterly |so |such |complete |total )?(?:rubbish|crap|shit|shite|animals|a zoo|dire|grim|a mess|a hellhole|hell))\\b`,
    `\\b(?:(?:hasn${A}?t|haven${A}?t|has not|have not) got (?:a|any) clue|(?:doesn${A}?t|don${A}?t|does not|do not) have (?:a|any) clue|(?:should|ought to|needs? to) be named and shamed|name and shame|never listens?|don${A}?t listen|doesn${A}?t listen|no support|zero support|no backbone|treat(?:s|ed)? (?:us|me|staff) like|threw (?:me|us) under the bus|throw (?:me|us) under the bus|kicked off|kicking off|screamed at me|swore at me|shouted at me|lied to (?:me|us)|stabbed me in the back|scapegoat(?:ed|ing)?|witch[- ]hunt|undervalued|overworked and underpaid|can${A}?t wait to leave|handing in my notice|hand in my notice|quitting)\\b`,
  ].join('|'),
  'gi',
));
// Formal grievance language stands on its own.
const PROCESS = /\b(?:(?:raised|raising|filed|filing|lodged|lodging|put in) a (?:formal )?(?:grievance|complaint)|grievance (?:procedure|process|meeting|hearing)|(?:going|went|gone|speak|spoke|talk|talking) to (?:the |my )?union|union rep|employment tribunal|tribunal|constructive dismissal|unfair dismissal|capability (?:procedure|process|plan|proceedings)|managed out|pushing me out|pushed out|disciplinary (?:hearing|meeting|action|procedure)|whistle ?blow(?:ing|er)?|signed off with stress|signed off sick with stress|bullied by (?:my|the|our) (?:head|boss|manager|line manager|deputy|slt|headteacher|head teacher))\b/gi;

interface Span {
  start: number;
  end: number;
}

// First words of every feeling, judgement and process phrase above: the rule runs only near one of them.
const TRIGGERS = new Set(
  ("hate hating loathe despise can't cannot hasn't haven't hasnt havent sick tired fed had done so furious livid fuming angry annoyed irritated disgusted let bullied undermined thrown gaslit micromanaged " +
    'useless hopeless clueless named name incompetent awful terrible horrendous horrible dreadful appalling disgraceful shambolic pathetic toxic ridiculous unbearable unacceptable ' +
    'unprofessional vile entitled rude lazy spoilt spoiled gobby mouthy feral vindictive spineless two-faced backstabbing bullying unsupportive out a nightmare nightmares ' +
    "absolute an the hell soul soul-destroying demoralising demoralizing diabolical atrocious shocking is are was were rubbish crap shit shite animals never don't doesn't " +
    'dont doesnt no zero treat treats treated threw throw kicked kicking screamed swore shouted lied stabbed scapegoat scapegoated scapegoating witch witch-hunt undervalued ' +
    'overworked handing hand quitting raised raising filed filing lodged lodging put grievance going went gone speak spoke talk talking union employment tribunal ' +
    'constructive unfair capability managed pushing pushed disciplinary whistle whistleblowing whistleblower whistleblow signed ' +
    'joke laughing mess hellhole zoo dire grim worst listen listens support backbone notice leave disgrace shambles').split(' '),
);
// Common words above only matter next to a school word, so they do not open a window on their own.
const WEAK = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'were', 'so', 'out', 'no', 'put', 'going', 'went', 'gone', 'had', 'done', 'let', 'absolute', 'talk', 'talking', 'speak', 'spoke', 'hand']);
for (const w of WEAK) TRIGGERS.delete(w);

function spans(re: RegExp, text: string, windows: readonly Range[]): Span[] {
  return matchInWindows(text, re, windows).map((m) => ({ start: m.index, end: m.index + m.text.length }));
}

/** Sentence index of each offset boundary: a sorted list of sentence-break positions. */
function sentenceBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[.!?\n]+/g)) out.push(m.index);
  return out;
}

function sentenceOf(breaks: number[], pos: number): number {
  let lo = 0, hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Praise of someone in the post ("a brilliant session", "Legend."): what a union rep did was welcome.
const PRAISED = /\b(?:brilliant|legend|amazing|fantastic|superb|great|helpful|thank(?:s| you)|shout ?out|sorted|grateful|star|hero)\b/i;
const FICTION = /\b(?:play|plays|production|panto|pantomime|villain|villains|character|characters|film|films|movie|movies|novel|musical|nativity|rehearsal|rehearsals|episode|series|role-play|roleplay)\b/gi;

const WE_WILL_BE = /\b(?:we|i)['’]?ll be\s+(?:so\s+|absolutely\s+|completely\s+|totally\s+|utterly\s+)?$/i;
const REASON_RANT = 'Grievance: this complains about pupils, parents, colleagues or the school in public. Raise concerns through the proper channels instead; parents and colleagues may recognise who you mean.';
const UNION_NOTICE = /^\s*(?:is\s+|will\s+be\s+)?(?:running|holding|hosting|there|available|at\s+\d|in\s+the|doing\s+a|free\s+at)\b/i;
const REASON_PROCESS = 'Grievance: this discusses a work dispute or formal process. Keep it to your union, HR or the proper channels, not social media.';

export default defineRule({
  meta: {
    id: 'tone/grievance',
    category: 'tone',
    severity: 'medium',
    theme: 'grievances',
    description: 'Complaints and rants about pupils, parents, colleagues, the head or the school, and work grievances.',
  },
  create() {
    const read = (doc: Doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      const windows = triggerWindows(doc, TRIGGERS, 120);
      if (windows.length === 0) return hits;
      const process = spans(PROCESS, text, windows);
      // Gratitude, sympathy and well-wishing outweigh a passing negative word ("the staffroom isn't the same without your terrible puns").
      const caring = careOf(doc).kind;
      for (const s of process) {
        // A union rep thanked or praised ("Shoutout to my union rep who sorted my contract query") is not a dispute.
        if (/^union rep$/i.test(text.slice(s.start, s.end)) && (caring || PRAISED.test(text))) continue;
        // A union rep running a meeting or a Q&A is a notice, not a dispute ("union rep will be there", "our rep is running a Q&A at 4").
        if (/^union rep$/i.test(text.slice(s.start, s.end)) && UNION_NOTICE.test(text.slice(s.end, s.end + 40))) continue;
        hits.push({ ...s, reason: REASON_PROCESS });
      }
      if (caring) return hits;
      // Places and the job as modifiers of a thing ("the printer in the staffroom", "the staff toilet lock", "the car park at work")
      // are not what is judged; the writer's own children ("my kids at bedtime") are family.
      const targets = spans(SCHOOL_TARGET, text, windows).filter((s) => !(PLACE.test(text.slice(s.start, s.end)) && modifierUse(text, s.start, s.end)) && !/^(?:my|our)\s+(?:kids|children)$/i.test(text.slice(s.start, s.end)));
      const jobs = spans(JOB_TARGET, text, windows).filter((s) => !modifierUse(text, s.start, s.end));
      if (targets.length === 0 && jobs.length === 0) return hits;
      const feelings = spans(AT_TARGET, text, windows).filter((s) => !NEGATED_BEFORE.test(before(text, s.start, 20)));
      // "loved Miss Trunchbull being horrible": a judgement of a character or a role, not a complaint.
      const judgements = spans(JUDGEMENT, text, windows).filter((s) => !NEGATED_BEFORE.test(before(text, s.start, 20)) && !/\b(?:being|loved?|enjoyed|pretend(?:ing)? to be|playing)\s+(?:\S+\s+){0,3}$/i.test(before(text, s.start, 40)));
      if (feelings.length === 0 && judgements.length === 0) return hits;
      const breaks = sentenceBreaks(text);
      // Sentences that talk about a play, a film or a character (one scan of the text).
      const fiction = new Set<number>();
      for (const m of text.matchAll(FICTION)) fiction.add(sentenceOf(breaks, m.index));
      const pair = (neg: Span[], tgt: Span[], needTargetAfter: boolean, severity: Severity) => {
        // Both lists are sorted; each judgement pairs with the nearest target in its sentence (within 90 chars).
        let lo = 0;
        for (const n of neg) {
          const sn = sentenceOf(breaks, n.start);
          let best: Span | undefined;
          // Targets before the window are never needed again: a moving start keeps this linear.
          while (lo < tgt.length && tgt[lo]!.end < n.start - 90) lo++;
          for (let k = lo; k < tgt.length; k++) {
            const t = tgt[k]!;
            if (t.start > n.end + 90) break;
            if (sentenceOf(breaks, t.start) !== sn) continue;
            if (needTargetAfter && t.start < n.end) continue;
            if (t.start < n.end && t.end > n.start) continue;
            if (!best || Math.abs(t.start - n.start) < Math.abs(best.start - n.start)) best = t;
          }
          if (!best) continue;
          const from = Math.min(best.start, n.start), to = Math.max(best.end, n.end);
          // "Hate marking but love the kids": the feeling is about something else; "my own kids": family;
          // "I'm terrible at maths": about the writer.
          if (/\b(?:but|love|loves|adore|adores)\b/i.test(text.slice(Math.min(n.end, best.end), Math.max(n.start, best.start)))) continue;
          if (/\bown\s+$/i.test(before(text, best.start, 8)) || /^(?:my|our)\s+own\b/i.test(text.slice(best.start, best.end))) continue;
          if (!needTargetAfter && SELF_BEFORE.test(before(text, n.start, 20))) continue;
          // "We'll be unbearable at work on Monday": the writer's own state to come, not a verdict on anyone.
          if (!needTargetAfter && WE_WILL_BE.test(before(text, n.start, 30))) continue;
          // "The villain in our school play is so horrible": a judgement of a character or a show.
          if (fiction.has(sn)) continue;
          hits.push({ start: from, end: to, severity, reason: REASON_RANT });
        }
      };
      pair(feelings, targets, true, 'medium');
      pair(judgements, targets, false, 'medium');
      pair(feelings, jobs, true, 'low');
      pair(judgements, jobs, false, 'low');
      return hits;
    };
    // A long post is also read part by part (./shared/parts.ts).
    return (doc: Doc): Hit[] => inParts(doc, read);
  },
});
