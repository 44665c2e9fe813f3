import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit, Severity } from '../../lib/engine/types.ts';
import { boundaryFirst, matchInWindows, triggerWindows } from './shared/windows.ts';
import { NEGATED_BEFORE, PEOPLE, alt, before } from './shared/phrases.ts';
import { letterGate } from './shared/vocab.ts';

const P = alt(PEOPLE);
const VIOLENT = 'swing\\s+for|kill|murder|destroy|ruin|strangle|throttle|punch|smack|slap|batter|deck|stab|shoot|knife|glass|hurt|beat\\s+up|beat|smash|kick|lamp|twat|burn|torch|bomb|hang|drown|choke|stamp\\s+on|headbutt|hit|thump|wring\\s+(?:his|her|their)\\s+(?:neck|necks)|knock\\s+(?:his|her|their)\\s+(?:block|head|teeth)\\s+off|run\\s+(?:him|her|them)\\s+over';
const INTENT = "i['’]ll|i\\s+will|i\\s+am\\s+going\\s+to|i['’]m\\s+going\\s+to|i['’]m\\s+gonna|im\\s+gonna|gonna|going\\s+to|want\\s+to|wanna|could|i\\s+could|i['’]d\\s+like\\s+to|i\\s+would|someone\\s+should|somebody\\s+should|someone\\s+needs\\s+to|somebody\\s+needs\\s+to|should|let['’]s|we\\s+should|i['’]d|tempted\\s+to|ready\\s+to|about\\s+to";
// Who or what is on the receiving end. "the" only with a person after it ("punch the air" is fine).
const TARGET = `him|her|them|you|ya|u|his|their|your|someone|somebody|whoever|the\\s+next\\s+(?:person|parent|kid|child|one)|anyone\\s+who|(?:that|this|the|my|our|some|any)\\s+(?:next\\s+|new\\s+|last\\s+|other\\s+)?(?:${P})|every\\s+(?:one|${P})|all\\s+of\\s+(?:them|you)|year\\s+\\d{1,2}|y\\d{1,2}`;

const COMMON = new Set(['the', 'this', 'that', 'it', 'for', 'and', 'all', 'today', 'tomorrow', 'time', 'one', 'some', 'everyone', 'anyone', 'myself']);

interface Pattern {
  re: RegExp;
  severity: Severity;
  kind: 'threat' | 'incitement';
}

const PATTERNS: Pattern[] = [
  // "I'll kill him", "could strangle Year 9", "someone should punch that head"
  { re: new RegExp(`\\b(?:${INTENT})\\s+(?:(?:just|actually|honestly|literally|fucking|bloody|seriously|happily|absolutely|totally|completely|properly|cheerfully|gladly|genuinely|quite\\s+happily)\\s+|(?:lose\\s+it|snap|go|go\\s+over|come\\s+round|come\\s+over)\\s+and\\s+)?(?:${VIOLENT})\\s+(?:${TARGET}|([A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]{3,}))\\b`, 'gi'), severity: 'high', kind: 'threat' },
  // "I'll knock his block off", "could wring her neck": the target is inside the phrase.
  { re: new RegExp(`\\b(?:${INTENT})\\s+(?:(?:just|actually|honestly|literally|fucking|bloody|seriously|happily)\\s+)?(?:(?:knock|kick|smash)\\s+(?:his|her|their|your|ur)\\s+(?:block|head|heads|teeth|face|faces)\\s+(?:off|in|out)|wring\\s+(?:his|her|their|your)\\s+(?:neck|necks)|(?:run|mow)\\s+(?:him|her|them|you)\\s+(?:over|down))\\b`, 'gi'), severity: 'high', kind: 'threat' },
  // "deserves a slap", "needs a good kicking"
  { re: /\b(?:deserves?|needs?|wants?|asking\s+for|could\s+do\s+with)\s+(?:a\s+)?(?:good\s+|proper\s+|swift\s+)?(?:slap|smack|punch|kicking|hiding|beating|battering|thump|clip\s+round\s+the\s+ear|kick\s+up\s+the\s+arse|bullet|shooting|stabbing)\b/gi, severity: 'high', kind: 'incitement' },
  // "should be shot", "ought to be strung up"
  { re: /\b(?:should|ought\s+to|needs?\s+to|deserves?\s+to|want\s+(?:him|her|them)\s+to)\s+be\s+(?:shot|hanged|hung|strung\s+up|lynched|put\s+down|gassed|burned|burnt|beaten|stabbed|killed|executed|wiped\s+out|exterminated|sterilised|sterilized|neutered|castrated|euthanised|euthanized|flogged|whipped|locked\s+up\s+and\s+the\s+key\s+thrown\s+away)\b/gi, severity: 'high', kind: 'incitement' },
  // "hope he dies", "hope they get run over"
  { re: /\bhope\s+(?:he|she|they|you|u|it|that\s+\w+|the\s+\w+)\s+(?:dies|die|gets?\s+hit\s+by|gets?\s+run\s+over|rots?|burns?|chokes?|gets?\s+cancer|drops\s+dead|gets?\s+what['’]s\s+coming|suffers?)\b/gi, severity: 'high', kind: 'threat' },
  // "slap some sense into", "knock some sense into": violent even as an idiom about people.
  { re: /\b(?:slap|knock|beat|smack|kick)\s+(?:some\s+)?sense\s+into\b/gi, severity: 'medium', kind: 'incitement' },
  // "Joking" threats that name no violence: "I'll be waiting for him in the car park", "setting fire to the server room",
  // "throw my laptop at someone", "gets their tyres let down".
  { re: /\b(?:i['’]ll|i\s+will|i['’]m\s+going\s+to|i['’]m\s+gonna|gonna|we['’]ll)\s+be\s+waiting\s+for\s+(?:him|her|them|you)\s+(?:in|at|outside|after)\b|\b(?:set(?:ting)?|light(?:ing)?)\s+fire\s+to\s+(?:the|this|their|his|her|my|our|that)\s+\w+|\b(?:throw(?:ing)?|threw|chuck(?:ing)?|lob(?:bing)?|hurl(?:ing)?|fling(?:ing)?|launch(?:ing)?)\s+(?:my|a|the|this|that)\s+\w+\s+at\s+(?:someone|somebody|him|her|them|the\s+next|whoever|anyone)\b|\b(?:tyres|tires)\s+(?:let\s+down|slashed|done)\b|\b(?:is\s+getting|gets|getting|will\s+get)\s+a\s+(?:stapler|chair|ruler|book|brick|slap|smack|punch|kick|board\s+rubber|mug|shoe|laptop)\s+(?:to|in|round|across)\s+the\s+(?:head|face|teeth|ear)\b|\bkey\s+(?:his|her|their)\s+car\b|\b(?:chuck|throw|lob|launch|boot|fling)\s+(?:him|her|them|you|the\s+lot\s+of\s+them)\s+out\s+(?:of\s+)?(?:the|a)\s+window\b|\b(?:chuck(?:ing)?|throw(?:ing)?|lob(?:bing)?|launch(?:ing)?|boot(?:ing)?|fling(?:ing)?)\b[^.!?\n]{0,40}?\bwhoever\b[^.!?\n]{0,40}?\bout\s+(?:of\s+)?(?:the|a)\s+window\b|\b(?:take|taking|took)\s+a\s+(?:hammer|sledgehammer|(?:baseball\s+|cricket\s+)?bat|crowbar|axe|chainsaw|brick)\s+to\b[^.!?\n]{0,40}?\b(?:whoever|him|her|them|someone|somebody|anyone)\b/gi, severity: 'medium', kind: 'threat' },
  // "Joking" confinement and restraint: "lock them in the science lab", "duct tape them to their chairs", "gag him".
  { re: new RegExp(`\\b(?:${INTENT})\\s+(?:(?:just|actually|honestly|literally|seriously|happily)\\s+)?(?:lock|duct[- ]?tape|tape|gag|superglue|glue|staple|chain|tie|strap|bury)\\s+(?:${TARGET})\\s+(?:in|into|to|up|under|inside|behind)\\b`, 'gi'), severity: 'medium', kind: 'threat' },
  { re: /\b(?:lock|locked|locking)\s+(?:them|him|her|you|the\s+lot\s+of\s+them)\s+(?:in|up)\b[^.!?\n]{0,40}\bthrow\s+away\s+the\s+key\b/gi, severity: 'medium', kind: 'threat' },
  // Exasperation that ends in force against people: "if one more child asks me ... I will launch myself out of the
  // window and take them with me", "if one more person replies-all I'm going to find them and end them".
  { re: new RegExp(`\\bif\\s+(?:one\\s+more|another|anyone\\s+else|any\\s+more)\\b[^.!?\\n]{3,80}?\\b(?:${INTENT})\\s+(?:\\w+\\s+){0,3}?(?:${VIOLENT}|end|find|hunt|launch|throw|chuck|lob|fling|drag|take)\\b[^.!?\\n]{0,40}?\\b(?:them|him|her|you|someone|somebody|the\\s+lot)\\b`, 'gi'), severity: 'medium', kind: 'threat' },
  // "The next kid who asks me ... is going out the window", "next person to book a meeting in my PPA gets it",
  // "Whoever keeps leaving the fridge like that is getting their lunch thrown in the bin".
  { re: /\b(?:(?:the\s+)?next\s+(?:person|parent|kid|child|one|teacher|colleague|student|pupil|member\s+of\s+staff)\s+(?:who|that|to)|whoever)\b[^.!?\n]{0,60}?\b(?:is|are|gets?|will\s+get|is\s+getting|is\s+going)\s+(?:going\s+)?(?:(?:their|his|her|your)\s+[a-z]+\s+(?=(?:dropped|chucked|thrown|binned|launched|posted|shipped|flushed|buried)\b))?(?:out\s+(?:of\s+)?the\s+window|thrown\s+out|launched|binned|it\b|hurt|dealt\s+with|locked\s+(?:in|up)|shut\s+in|buried|taped|glued|stapled|(?:dropped|chucked|thrown|pushed|posted|shipped|fed|dunked|flushed|catapulted|hurled|fired|launched|drowned)\s+(?:in|into|off|out|to|under|down|through|over)\b)/gi, severity: 'medium', kind: 'threat' },
  // Stock threats.
  { re: /\b(?:watch\s+your\s+back|you['’]ll\s+regret\s+(?:it|this)|you\s+will\s+regret\s+(?:it|this)|i\s+know\s+where\s+you\s+live|you['’]re\s+dead\s+meat|you\s+are\s+dead\s+meat|dead\s+meat|coming\s+for\s+you|i['’]ll\s+get\s+you|i['’]ll\s+make\s+(?:you|him|her|them)\s+pay|get\s+what['’]s\s+coming|burn\s+(?:it|the\s+school|this\s+place|the\s+place|the\s+building)\s+down|blow\s+(?:it|the\s+school|this\s+place|the\s+place)\s+up|shoot\s+up\s+the|bring\s+a\s+(?:knife|gun)|kill\s+yourself|kill\s+urself|kys|(?:brick|rock|stone)s?\s+through\s+(?:their|his|her|your|ur|the)\s+windows?|(?:i['’]ll|i\s+will)\s+end\s+(?:you|him|her|them)|(?:i['’]ll|i\s+will)\s+find\s+you\s+and)\b/gi, severity: 'high', kind: 'threat' },
];

// Each pattern tests its word boundary once before its alternatives where they all start with one (same matches).
for (const p of PATTERNS) p.re = boundaryFirst(p.re);

// Letters one of which every match of each pattern contains (by pattern, in order; undefined: not pre-checked):
// the violent verb, the punishment, the key word. A post with none of them skips the pattern (./shared/vocab.ts).
const VIOLENT_LETTERS = 'swing kill murder destroy ruin strangle throttle punch smack slap batter deck stab shoot knife glass hurt beat smash kick lamp twat burn torch bomb hang drown choke stamp headbutt hit thump wring knock run'.split(' ');
const possible = letterGate([
  VIOLENT_LETTERS,
  ['knock', 'kick', 'smash', 'wring', 'run', 'mow'],
  ['slap', 'smack', 'punch', 'kick', 'hiding', 'beating', 'battering', 'thump', 'clip', 'bullet', 'shooting', 'stabbing'],
  'shot hanged hung strung lynched put gassed burned burnt beaten stabbed killed executed wiped exterminated sterilised sterilized neutered castrated euthanised euthanized flogged whipped locked'.split(' '),
  ['hope'],
  ['sense'],
  undefined,
  ['lock', 'duct', 'tape', 'gag', 'glue', 'staple', 'chain', 'tie', 'strap', 'bury'],
  ['key'],
  undefined,
  ['next', 'who'],
  undefined,
]);
if (PATTERNS.length !== 12) throw new Error('threat: one pre-check list per pattern');

// Words every pattern above contains: a violent verb, a punishment noun, or a stock phrase's key word.
const TRIGGERS = new Set(
  ('throwing threw chucking lobbing hurl hurling flinging launching booting hammer sledgehammer bat crowbar axe chainsaw lock locked locking duct duct-tape tape gag superglue glue staple chain tie strap bury chuck lob launch boot fling getting gets get waiting set setting light lighting fire throw throwing tyres tires key if next swing launch fling hunt drag take kill killing murder strangle throttle punch smack slap batter deck stab shoot knife glass hurt beat smash kick lamp twat burn torch bomb hang drown choke stamp headbutt hit thump wring knock run ' +
    'kicking hiding beating battering clip bullet shooting stabbing shot hanged hung strung lynched put gassed burned burnt beaten stabbed killed executed wiped exterminated locked ' +
    'sense hope watch regret know dead coming get make pay blow bring kys urself destroy ruin brick bricks rock stone sterilised sterilized neutered castrated euthanised euthanized flogged whipped end find lose snap go come').split(' '),
);

export default defineRule({
  meta: {
    id: 'tone/threat',
    category: 'tone',
    severity: 'high',
    theme: 'offensive-content',
    description: 'Threats and incitement to violence, including "joking" ones ("I could strangle Year 9", "deserves a slap").',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      const seen = new Set<number>();
      const windows = triggerWindows(doc, TRIGGERS, 90);
      if (windows.length === 0) return hits;
      const may = possible(doc);
      for (const [k, p] of PATTERNS.entries()) {
        if ((may & (1 << k)) === 0) continue;
        for (const m of matchInWindows(text, p.re, windows)) {
          if (seen.has(m.index)) continue;
          // A bare word as the target only counts when it is a name ("strangle Dave", not "kill for").
          const name = m.groups[0];
          if (name !== undefined && (name[0] === name[0]!.toLowerCase() || COMMON.has(name.toLowerCase()))) continue;
          // "kill them with kindness", "kill it" are not threats; negated threats ("wouldn't hurt a fly") neither.
          const after = text.slice(m.index + m.text.length, m.index + m.text.length + 16);
          if (/^\s+with\s+kindness/i.test(after) || NEGATED_BEFORE.test(before(text, m.index, 16))) continue;
          // "I'll get you next year": a rematch, not a threat.
          if (/get\s+you$/i.test(m.text) && /^\s+(?:back\s+)?next\s+(?:time|year|week|round|game|term)\b/i.test(after)) continue;
          seen.add(m.index);
          hits.push({
            start: m.index,
            end: m.index + m.text.length,
            severity: p.severity,
            reason:
              p.kind === 'threat'
                ? 'Threat: this reads as a threat of violence. Even as a joke it can be reported and taken at face value.'
                : 'Incitement: this wishes or calls for violence against someone, which is never acceptable in a public post.',
          });
        }
      }
      return hits;
    };
  },
});
