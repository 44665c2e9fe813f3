/**
 * Deterministic post text for benchmarks: realistic staff-room sentences, some risky, mostly not, glued
 * together to the wanted length. Seeded so every run times the same text.
 */
const SENTENCES = [
  'What a week it has been, the Year 6 residential was exhausting but brilliant.',
  'Anyone else still marking mocks at ten o\'clock on a Sunday night?',
  'So proud of my class today, they smashed their times tables check.',
  'Parents\' evening ran until half seven and I am shattered.',
  'Lovely walk along the canal this morning with the dog before the rain came in.',
  'Jack Smith in 5B finally got his pen licence and his face lit up.',
  'Email me at j.bloggs@example.co.uk if you want the planning for the Romans topic.',
  'Can\'t believe the head has scheduled another INSET on a Friday, honestly.',
  'Our new reading corner is finished and the children absolutely love it.',
  'Sports day is on Thursday at Woodbridge Junior School, fingers crossed for sun.',
  'We are away till Sunday so the house is empty, will catch up next week.',
  'Some parents are an absolute nightmare, I swear I will lose it one day.',
  'Recipe for the best lemon drizzle cake is in the comments below.',
  'Book club picked a thriller this month and I could not put it down.',
  'The traffic on the ring road was awful again, forty minutes to go two miles.',
  'Amelia\'s mum brought in cupcakes for the whole of Reception, so kind.',
  'My number is 07700 900123 if anyone from the choir needs a lift.',
  'Half term cannot come soon enough, the kids are climbing the walls.',
  'Visited my nan in Leeds at the weekend, she turned ninety and still beats me at cards.',
  'Between us, the results are not public yet but they look amazing.',
];

export function makePost(length: number, seed = 1): string {
  let s = seed >>> 0;
  const next = () => {
    // xorshift32: fast, deterministic, good enough for picking sentences.
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  let out = '';
  while (out.length < length) out += (out ? ' ' : '') + SENTENCES[next() % SENTENCES.length];
  return out.slice(0, length);
}
