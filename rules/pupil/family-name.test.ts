import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './family-name.ts';

testRule(rule, {
  valid: [
    'The Adeyemi-Cole sisters are opening a bakery on the high street',
    'The Jonas Brothers are touring again and my Year 9s are screaming', // a band
    'The Novak brothers opened a restaurant in town', // no school talk
    'Watched the Williams sisters documentary after marking', // famous
    'The Grace sisters were lovely at church', // a word, no school talk
    'The Beckham family Christmas card is out',
    'the Smith family next door have a new puppy',
    // Session 15: a family thanked with no school talk; a band.
    'Thanks to the Hussain family for a lovely wedding',
    'The Beach Boys were on in the car all the way to Cornwall',
    // pupil11: twins or brothers with grown-ups' life, or the writer's own.
    'Bumped into the Patel twins at the pub, not seen them since sixth form',
    'My nephews, the Kowalczyk twins, turned 30 today',
    'The Kray twins documentary was grim viewing',
    'The Kelly twins have opened a cafe in town, go and support them',
  ],
  invalid: [
    { text: 'The Adeyemi-Cole sisters sang at the carol service', spans: ['Adeyemi-Cole sisters'] },
    { text: 'The Novak brothers were absolute gems on the Year 6 residential', spans: ['Novak brothers'], reasons: ['family name'] },
    { text: "the Ellis family's youngest starts in Nursery next week, third one we've had!", spans: ["Ellis family's youngest"] },
    { text: 'The Kowalski twins are in my new Year 3 class, send help', spans: ['Kowalski twins'] },
    { text: 'Parents evening: the Adeyemi girls both got glowing reports', spans: ['Adeyemi girls'] },
    // Class life beyond the school-cue list: classes, the climbing frame, the tuck shop (issue 11).
    { text: 'The Okafor twins are in different classes this year and it is going brilliantly', spans: ['Okafor twins'] },
    { text: "the O'Connor twins are starting in Reception", spans: ["O'Connor twins"] },
    { text: 'the okafor twins were a handful on the school trip', spans: ['okafor twins'] },
    // pupil6: "taught" before the family says pupils; "the X children".
    { text: "Taught the Nwosu family's middle one this morning, a chip off the old block", spans: ["Nwosu family's middle"] },
    { text: 'Loved teaching the Horvath children over the years, all four of them', spans: ['Horvath children'] },
    { text: "Get well soon to the Mensah family's youngest, who fell off the climbing frame", spans: ["Mensah family's youngest"] },
    // Session 15: a surname shaped like one though a word list holds it; a family thanked in school talk.
    { text: 'The Whitfield twins were both picked for the county netball squad', spans: ['Whitfield twins'] },
    { text: 'Big thanks to the Hussain family for the huge Eid donation to our class library', spans: ['Hussain family'] },
    // pupil11: twins or brothers named with no school word, the way staff write about children they teach.
    { text: 'The Nowak twins swapped jumpers to confuse the dinner ladies and it worked', spans: ['Nowak twins'] },
    { text: 'The Achterberg brothers have discovered knock-knock jokes and told me every single one this morning', spans: ['Achterberg brothers'] },
  ],
});
