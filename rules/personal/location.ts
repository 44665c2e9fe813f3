import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { matchInWindows, triggerWindows } from '../tone/shared/windows.ts';

const SUBJECT = "(?:i'?m|i’m|i am|we'?re|we’re|we are|are|currently|just arrived|i['’]ve arrived|we['’]ve arrived|just got to|checked in|checking in|sat|sitting|here)";
// "I'm at <Place>" / "we're at the beach": the word after "at/in" decides whether it is a place.
const AT = new RegExp(`\\b${SUBJECT}\\s(?:(?:at|in)\\s)(?:the\\s)?([A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF’'&-]{2,30})`, 'gi');
const PLACE_NOUNS = new Set(
  'a&e park beach pub gym airport station hospital cinema zoo pool seaside stadium theatre museum shops supermarket cafe café restaurant hotel campsite caravan leisure soft aquarium lido arena club bar airbnb festival concert match ground races garden centre retail outlet mall spa'.split(' '),
);
// Capitalised words that follow "I'm at/in" without being somewhere you can be found.
const NOT_PLACES = new Set(
  'year reception class key ks the a an my our your his her their this that it work home school bed church charge love trouble pain tears shock awe bits pieces peace denial agony limbo stitches heaven hell two twos control favour favor touch need despair'.split(' '),
);
const LIVE = /\b(?:live location|sharing my location|share my location|my location is|location sharing is on|find me at|come and find me|come find me|come say hi at|checked in at|checking in at)\b|📍/gi;
const HOME_ALONE = /\b(?:home alone|(?:house|home|flat|place) (?:is|will be|'s|’s) (?:empty|unoccupied)|nobody(?: will be|'s| is)? (?:home|in) (?:all|this|until|till|for)|no one(?: will be|'s| is)? (?:home|in) (?:all|this|until|till|for))\b/gi;
const AWAY = new RegExp(
  `\\b(?:we'?re|we’re|we are|i'?m|i’m|i am|we'?ll be|we’ll be|i'?ll be|i’ll be|we will be|i will be|family(?:'s| is)|off|jetting off|flying out|heading off|going)\\s(?:(?:off|out)\\s)?(?:away|abroad|on holiday|out of the country|to (?:spain|france|greece|portugal|italy|turkey|tenerife|majorca|mallorca|ibiza|florida|lanzarote|cyprus|crete|dubai|the canaries|cornwall|devon|wales|scotland|the lakes|center ?parcs|[A-Z][a-z]{2,20}))(?!\\s(?:with|game|match|kit|day|fixture|from\\s+(?:the|my|home|work|school|it|screens?|here)))[^.!?\\n]{0,30}?\\b(?:till|until|til|'til|for (?:a|the|two|three|2|3|ten|10|\\d{1,2}) (?:week|weeks|fortnight|days|nights|month|weekend)|for a fortnight|all week|all weekend|this week|next week|this weekend|next weekend|tomorrow|tonight|over (?:half term|easter|christmas|summer))\\b`,
  'gi',
);

// Key words of each pattern, so the regexes run only near them.
const AT_WORDS = new Set(["i'm", 'im', "we're", 'currently', 'arrived', 'checked', 'checking', 'sat', 'sitting', 'here', 'am', 'are']);
const LIVE_WORDS = new Set(['live', 'sharing', 'share', 'location', 'find', 'come', 'checked', 'checking']);
const ALONE_WORDS = new Set(['alone', 'empty', 'unoccupied', 'nobody', 'no']);
const AWAY_WORDS = new Set(['away', 'abroad', 'holiday', 'country', 'off', 'jetting', 'flying', 'heading', 'going']);

export default defineRule({
  meta: {
    id: 'personal/location',
    category: 'personal',
    severity: 'medium',
    theme: 'location-sharing',
    description: 'Check-ins and live-location phrases ("I\'m at ...") and posts that say your home is empty ("away till Sunday").',
  },
  create() {
    return (doc): Hit[] => {
      const { text } = doc;
      const hits: Hit[] = [];
      for (const m of matchInWindows(text, AT, triggerWindows(doc, AT_WORDS, 40))) {
        const word = m.groups[0]!;
        const lower = word.toLowerCase().replace(/['’]s$/, '');
        const capitalised = word[0] !== word[0]!.toLowerCase();
        if (NOT_PLACES.has(lower)) continue;
        if (!capitalised && !PLACE_NOUNS.has(lower)) continue;
        hits.push({ start: m.index, end: m.index + m.text.length, reason: 'This is a check-in: it tells everyone where you are right now. Share where you were after you have left instead.' });
      }
      for (const m of matchInWindows(text, LIVE, triggerWindows(doc, LIVE_WORDS, 40, ['📍']))) {
        hits.push({ start: m.index, end: m.index + m.text.length, reason: 'This shares your live location. Anyone who sees it, including parents and pupils, can find you.' });
      }
      for (const m of matchInWindows(text, HOME_ALONE, triggerWindows(doc, ALONE_WORDS, 60))) {
        hits.push({ start: m.index, end: m.index + m.text.length, reason: 'This says when you are alone or your home is empty, which is useful to the wrong people. Keep it for private messages.' });
      }
      for (const m of matchInWindows(text, AWAY, triggerWindows(doc, AWAY_WORDS, 120))) {
        hits.push({ start: m.index, end: m.index + m.text.length, reason: 'This says when you will be away from home, so it also says when the house is empty. Post the photos after you are back.' });
      }
      return hits;
    };
  },
});
