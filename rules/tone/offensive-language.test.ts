import { describe, expect, it } from 'vitest';
import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule, { chunks } from './offensive-language.ts';
// Imported with the file, not inside the test: loading the whole engine for the first time took over the 5 s test
// timeout on a loaded machine (seen once under load; the test itself takes milliseconds).
import { useTrialModel } from './shared/model.ts';
import { FEATURES } from './shared/features.ts';
import { createAnalyzer } from '../../lib/index.ts';

testRule(rule, {
  valid: [
    'Lovely day at the farm with Reception, the lambs were a hit',
    'Reminder: non-uniform day on Friday, £1 donation for Children in Need',
    'Proud of our Year 6 choir at the Albert Hall tonight',
    "I'm so angry about the traffic this morning",
    "He's not an idiot, he just needed more time to process the question",
    'The kids killed it at the nativity, not a dry eye in the house',
    'Stupidly proud of our Year 3 rounders team, unbeaten all season',
    'That penalty shootout nearly killed me, no marking done whatsoever',
    'Had to explain to Year 8 why saying "that\'s so gay" isn\'t banter, it\'s homophobic. Really good discussion though.',
    'Sheila is a very kind person and a good neighbour.',
    'Felt so stupid when I realised I had sent the reminder for the wrong date',
    'Stupid question, but is the staff meeting in the hall or the library?',
    'This printer is useless, I have had to photocopy everything by hand',
    'Preheat the oven to 200C and roast the vegetables for forty minutes.',
    'The striker shot from the edge of the box and the keeper could only parry it.',
    // states and self-talk, not attacks
    'Nobody should ever be made to feel stupid for asking a question',
    'Please stop calling yourself useless, you are doing an amazing job',
    // innocent compounds, pets and teasing
    'Moby Dick is finally done. 600 pages of whale. Worth it',
    'our cat is a total idiot, fell in the bath again 😹',
    // style alone, with no hostile word in it
    'Johnny is a very sympathetic person. They are also good listeners.',
    // low moods and bad luck, with nobody to blame
    'Such a shame the swimming gala was cancelled, the kids were gutted',
    'Sick of this cold, third one since September',
    'Stuck at the station again, missed the connection and lost the whole evening',
  ],
  invalid: [
    { text: 'You are a disgusting pathetic liar and everyone hates you', spans: ['You are a disgusting pathetic liar and everyone hates you'], reasons: ['Offensive or hostile tone'] },
  ],
});

describe('tone/offensive-language chunking', () => {
  it('keeps chunks tweet-sized and covering the text', () => {
    const text = 'Short one. '.repeat(200) + 'x'.repeat(1000);
    const cs = chunks(text);
    expect(cs[0]!.start).toBe(0);
    expect(cs[cs.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < cs.length; i++) expect(cs[i]!.start).toBe(cs[i - 1]!.end);
    for (const c of cs) expect(c.end - c.start).toBeLessThanOrEqual(420);
  });
});

describe('tone/offensive-language neutralise', () => {
  it('blanks negated, self-directed and idiomatic words before scoring, keeping offsets', async () => {
    const { neutralise } = await import('./offensive-language.ts');
    const text = "He's not an idiot. I'm such a muppet. They killed it. You idiot.";
    const out = neutralise(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('an idiot');
    expect(out).not.toContain('muppet');
    expect(out).not.toContain('killed it');
    expect(out).toContain('You idiot');
  });

  it('blanks innocent compounds and feelings, not insults', async () => {
    const { neutralise, hasHostileWord } = await import('./offensive-language.ts');
    const out = neutralise('Spotted dick for pudding. It is ok to feel stupid. She is a vile liar.');
    expect(out).not.toContain('dick');
    expect(out).not.toContain('stupid');
    expect(out).toContain('vile liar');
    expect(hasHostileWord('a very sympathetic person')).toBe(false);
    expect(hasHostileWord('what a load of sh*t')).toBe(true);
    expect(hasHostileWord('you are pathetic')).toBe(true);
  });

  it('does not count a low mood as a hostile word', async () => {
    const { hasHostileWord } = await import('./offensive-language.ts');
    expect(hasHostileWord('gutted, we lost again and I missed the bus')).toBe(false);
    expect(hasHostileWord('sick of this rain')).toBe(false);
    expect(hasHostileWord('sick and tired of marking')).toBe(false);
    expect(hasHostileWord('sorry you are feeling sick, get well soon')).toBe(false);
    expect(hasHostileWord('off sick with a sick bug')).toBe(false);
    expect(hasHostileWord('you are a sick person')).toBe(true);
    expect(hasHostileWord('sick people like him')).toBe(true);
    expect(hasHostileWord('what a boring little man')).toBe(true);
    expect(hasHostileWord('they are disgusting')).toBe(true);
  });

  it('counts letters hidden by asterisks, not words wrapped in them for emphasis', async () => {
    const { hasHostileWord } = await import('./offensive-language.ts');
    // Table: text, has a hostile word.
    const cases: [string, boolean][] = [
      ['what a load of sh*t', true],
      ['f**k this', true],
      ['oh sh** the coach has gone', true],
      ['*sighs* another Monday', false],
      ['EATING SOUNDS *BIG BITES', false],
      ['terms apply*', false],
    ];
    for (const [text, want] of cases) expect(hasHostileWord(text), text).toBe(want);
  });

  it('reads "he\'ll" and "I\'ll" as "he will" and "I will", not "hell" and "ill"', async () => {
    const { hasHostileWord, readsNegative } = await import('./offensive-language.ts');
    expect(hasHostileWord("He'll only get more popular")).toBe(false);
    expect(readsNegative("He’ll be fine, I'll see him Monday")).toBe(false);
    expect(hasHostileWord('what the hell were they thinking')).toBe(true);
  });
});

describe('tone/offensive-language chunks that read negative overall', () => {
  it('adds up the AFINN valence of the words, hashtags split as the model splits them', async () => {
    const { readsNegative } = await import('./offensive-language.ts');
    // Table: text, reads negative.
    const cases: [string, boolean][] = [
      ['she is so pathetic', true],
      ['you are so annoying', true],
      ['they are disgusting', true],
      ['#TotalDisgrace from start to finish', true],
      ['what a pathetic excuse for a manager', true],
      // Warm or neutral words outweigh a milder negative one, or there is none.
      // Words AFINN does not rate count for nothing (tone/insult and tone/profanity have their own lists).
      ['you absolute muppet', false],
      ['what a load of sh*t', false],
      ['damn good lesson today, so proud of them', false],
      ['a very sympathetic person', false],
      ['Kavanaugh vote today #MAGA #KAG', false],
      ['', false],
    ];
    for (const [text, want] of cases) expect(readsNegative(text), text).toBe(want);
  });

  it('sees a hostile word aimed at a person, not a moan about things', async () => {
    const { aimedNegative } = await import('./offensive-language.ts');
    // Table: text, aimed.
    const cases: [string, boolean][] = [
      ['you are pathetic', true],
      ['they are a disgrace', true],
      ['she is such a liar', true],
      ['shut up you idiot', true],
      ['the worst thing you can do is nothing', false],
      ['this printer is pathetic', false],
      ['you are wonderful', false],
    ];
    for (const [text, want] of cases) expect(aimedNegative(text), text).toBe(want);
  });

  it('reports a chunk that reads negative at the lower threshold, others only at the higher one', async () => {
    // No weights: every chunk scores sigmoid(bias) = 0.45, between the two thresholds.
    useTrialModel({ weights: new Int8Array(1 << FEATURES.bits), scale: 1, bias: Math.log(0.45 / 0.55), threshold: 0.5, strongThreshold: 0.4, features: FEATURES });
    try {
      const analyzer = createAnalyzer({ disabledRules: ['tone/insult', 'tone/profanity', 'tone/disparaging', 'tone/staff-stance'] });
      const ruleHits = (text: string) => analyzer.analyze(text).filter((f) => f.ruleId === 'tone/offensive-language').length;
      expect(ruleHits('You are a pathetic little man')).toBe(1);
      // A hostile word (the gate) in words that add up warm: the higher threshold.
      expect(ruleHits('You are a stupid but brilliant and lovely little man')).toBe(0);
      // Reads negative but aimed at nobody (a hostile word, then a person only later): the higher threshold.
      expect(ruleHits('Pathetic rubbish from the referee, she had a shocker')).toBe(0);
      // The gates read the words outside hashtags: a tag is a label, so a hostile word only inside one is not enough.
      expect(ruleHits('They announced the new timetable today #DemocratsHateAmerica')).toBe(0);
      expect(ruleHits('They are pathetic, announced the new timetable today #DemocratsHateAmerica')).toBe(1);
    } finally {
      useTrialModel(undefined);
    }
  });
});

describe('tone/offensive-language on the typing path', () => {
  it('finds in a post typed on what a fresh detector finds, also after the model changes', async () => {
    const { createDoc } = await import('../../lib/engine/doc.ts');
    const post =
      'Lovely walk with the dog this morning. You are a pathetic little man and everyone knows it. ' +
      'Marking done by nine, a small miracle. Honestly the referee was useless, absolute disgrace of a match. ' +
      'Anyway, roast dinner and an early night. You lot are idiots if you think that was a penalty!';
    const typed = rule.create({});
    const fresh = (text: string) => rule.create({})(createDoc(text));
    for (let k = 20; k <= post.length; k += 23) expect(typed(createDoc(post.slice(0, k)))).toEqual(fresh(post.slice(0, k)));
    expect(typed(createDoc(post))).toEqual(fresh(post));
    // A trial model (training scripts) scores every chunk 0.45: nothing kept from the shipped model's scores, which
    // leave this chunk alone.
    const moan = 'They are pathetic, announced the new timetable today';
    expect(typed(createDoc(moan))).toEqual([]);
    useTrialModel({ weights: new Int8Array(1 << FEATURES.bits), scale: 1, bias: Math.log(0.45 / 0.55), threshold: 0.5, strongThreshold: 0.4, features: FEATURES });
    try {
      expect(typed(createDoc(moan))).toHaveLength(1);
      expect(typed(createDoc(post))).toEqual(fresh(post));
    } finally {
      useTrialModel(undefined);
    }
    expect(typed(createDoc(moan))).toEqual([]);
    expect(typed(createDoc(post))).toEqual(fresh(post));
  });
});
