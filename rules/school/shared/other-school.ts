/**
 * A school named as someone else's (issue 11): in the news ("Great piece in the Guardian on ...", "Highgate Primary
 * in the local paper", "Lovely piece in the Chronicle about ..."), the writer's own old school ("my old school",
 * "where I went to school"), with nothing in the sentence that makes it the writer's workplace ("our", "we", "my
 * class"). Congratulations ("Well done to Heathfield High") are left to the name rules: staff congratulate their
 * own school as often as another.
 *
 * Read by school/known-school and school/school-pattern. At most 200 characters either side of the name.
 */
const NEWS_OR_PAST = /\b(?:read\s+(?:about|that)|article|piece\s+(?:in|on|about)|in\s+the\s+(?:local\s+)?(?:news|paper|papers|press|rag)|on\s+the\s+(?:local\s+)?news|local\s+(?:paper|news|press)|headlines?|the\s+(?:guardian|telegraph|times|observer|independent|mirror|tes|chronicle|echo|gazette|herald|argus|advertiser|mercury|courier|examiner|evening\s+post|evening\s+news|express|star)|bbc|itv\s+news|schools\s+week|my\s+old\s+(?:school|primary|secondary)|my\s+own\s+(?:old\s+)?(?:primary|secondary|school|junior|infant)|(?:i|we)\s+went\s+to|when\s+i\s+was\s+(?:at|a\s+(?:kid|pupil))|(?:i|we)\s+used\s+to\s+go)\b/i;
const WRITERS_OWN = /\b(?:our|we|us|my\s+(?:class|pupils|students|year|form|tutor|team|colleagues|school\s+(?:today|this)))\b/i;
/**
 * Session places9, the same question in more words: a school in a documentary, a book or a programme, a school's fees,
 * hearsay ("... has a new head apparently"), and a relative's school ("My niece just started at Ashcombe Primary",
 * "My godson got into Kingsbury High", "my eldest starts at ..."): none of them is the writer's workplace unless the
 * sentence says it is ("where I teach", "my class", "our school").
 */
const MEDIA_OR_HEARSAY = /\b(?:documentar(?:y|ies)|programme|podcast|docuseries|book|novel|reading\s+(?:about|up\s+on|an?\s+(?:article|piece|book))|fees|apparently|allegedly|reportedly|according\s+to|(?:says|said)\s+the\s+(?:council|website|news|paper|radio|bbc|local\s+authority|la|trust|dfe|government)|league\s+tables?)\b/i;
/** Session places10: a paper by its name, in capitals ("in the Yorkshire Post", "the Manchester Evening News", "the Bucks Herald"). */
const PAPER = /\bthe\s+(?:[A-Z][a-z]+\s+){1,3}(?:Post|Echo|Gazette|Herald|Chronicle|Argus|Mail|News|Press|Journal|Advertiser|Courier|Telegraph|Times|Standard|Star|Mercury|Examiner|Express|Observer|Sentinel|Citizen|Guardian|Live)\b/;
const RELATIVE = /\b(?:my|our|her|his)\s+(?:(?:little|eldest|youngest|middle|baby|big|oldest)\s+)?(?:niece|nieces|nephew|nephews|godson|goddaughter|godchild|grandson|granddaughter|grandchild|grandchildren|grandkids|cousin|son|sons|daughter|daughters|stepson|stepdaughter|little\s+one|eldest|youngest|oldest)(?:['’]s)?\b/i;
const STAFF_OWN = /\b(?:i\s+(?:teach|work)|where\s+i\s+(?:teach|work)|our\s+(?:school|class|pupils|staff)|my\s+(?:class|pupils|students|form|tutor\s+group|colleagues|year\s*\d+s?|y\d+s?))\b/i;

export function notTheWritersSchool(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && start - a < 200 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 200 && !/[.!?\n]/.test(text[b]!)) b++;
  const sentence = text.slice(a, b);
  // A relative before the school is who goes there ("My niece just started at ..."); after it, the writer may be choosing
  // ("Lakeside Academy or Meadowbank Primary for my son?").
  return ((NEWS_OR_PAST.test(sentence) || PAPER.test(sentence)) && !WRITERS_OWN.test(sentence)) || ((MEDIA_OR_HEARSAY.test(sentence) || RELATIVE.test(text.slice(a, start))) && !STAFF_OWN.test(sentence));
}
