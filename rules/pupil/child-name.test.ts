import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './child-name.ts';

testRule(rule, {
  valid: [
    'My husband Tom made dinner tonight', // an adult, and no school context
    "Reading Stephen King's new book on the train", // famous, no school context
    'Amelia came round for tea', // a name, but nothing about school
    'Year 6 were brilliant today, so proud of them all.',
    'Our head Sarah led a lovely assembly', // staff, not a pupil
    'Claire, my TA, saved the day in class again',
    'Reading Harry Potter with my class this term', // a character
    'Summer term is nearly over and the kids are shattered', // month/season word, not a name
    'Grace before lunch, then back to the classroom', // a name-word at the start of a sentence
    'Year 4 are learning about Florence Nightingale',
    'Mr Smith and Mrs Jones ran the school trip',
    'Chelsea were awful again, marking my Year 9 mocks to cheer up', // a club, far from the cue and a word-name
    'my son Jack has his nativity tomorrow', // the member of staff's own child
    'Off to St Mary\u2019s for a school visit',
  ],
  invalid: [
    { text: 'Amelia in my class cried all morning', spans: ['Amelia'], reasons: ["child's first name"] },
    { text: 'So proud of Jack Smith in 5B today', spans: ['Jack Smith'], reasons: ["child's full name"] },
    { text: "Leo's mum came in to complain about his reading book", spans: ["Leo's"] },
    { text: 'Year 6 SATs next week. Oliver has been working so hard', spans: ['Oliver'] },
    { text: 'Star of the week goes to Isla B. for amazing effort', spans: ['Isla B'] },
    { text: 'parents evening tonight and omg alfie\'s dad was lovely', spans: ["alfie's"] },
    { text: 'My Y6s were amazing today, especially Muhammad and Aisha', spans: ['Muhammad', 'Aisha'] },
    { text: 'One of my pupils, Freya, drew this for me', spans: ['Freya'] },
    { text: 'Playground duty: Harry fell off the climbing frame again', spans: ['Harry'] },
  ],
});
