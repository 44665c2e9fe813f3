import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './school-pattern.ts';

testRule(rule, {
  valid: [
    // Session places10: "High", "Middle", "First", "Comp" are school types only with the school's people or events after them.
    'First Bus staff are on strike again',
    'Manchester United First Team staff',
    'Castle Hill High Street is closed for the market',
    'Westhill Comp was on the news', // no staff or event after it
    'The Middle East peace talks staff',
    // Session places8 (shared/other-school.ts): another school in the local paper.
    'Lovely piece in the Echo about Fernlea Academy\'s sensory garden',
    'Supply of toilet roll at Tesco is dire', // not a working day at a school
    "Parents' evening at my son's school tonight",
    'Watched School of Rock with my nephew, Jack Black is a genius',
    'Wedding at St Mary\'s on Saturday, so excited', // a church: no working day around it
    "Supply day? No, lunch at St John's Church with the choir",
    "Went to St Paul's Cathedral with Year 6",
    '#ForestSchool was muddy today',
    '#BackToSchool tomorrow, send help',
    '#FootballAcademy trials this weekend',
    'My Primary School teacher would be proud',
    'Sunday School was lovely today',
    'Forest School this afternoon: mud everywhere',
    'Off to the Academy Awards party',
    'High School Musical on repeat at home',
    'Best Primary School Award shortlist announced',
    'our school run was chaos',
    'oakfield primary school is lovely', // lower case: the lexicon rule's job, not the pattern's
    'Primary Care Networks are struggling',
    // Session school12: a stretch at a saint's hospital or church, at a football academy, a parent's "the Academy".
    "Ten years at St Luke's now, the nurses on my ward are family",
    "Twenty years at St Anne's and the vicar still gets my name wrong",
    'First week at the Academy for my son, he loves football training',
    'Two weeks at the Academy Awards would be a dream',
    'Working at the Academy of Music box office this summer',
    'Coaching at the Academy for ten years, the under 12s are brilliant players',
  ],
  invalid: [
    { text: 'Castle Hill Middle staff are the best', spans: ['Castle Hill Middle'] },
    { text: 'Westhill Comp staff quiz tonight', spans: ['Westhill Comp'] },
    { text: 'Brook Lane First nativity was a triumph', spans: ['Brook Lane First'] },
    { text: 'Covering at Longridge High today', spans: ['Longridge High'] },
    { text: 'Supply at Harrowgate Hill today, lovely Year 3 class', spans: ['Harrowgate Hill'], reasons: ['where you work'] },
    { text: "Parents' evening at Stoneham tonight, 22 appointments", spans: ['Stoneham'] },
    { text: 'Covering Year 8 French at Parklands. Wish me luck', spans: ['Parklands'] },
    { text: "Supply shift at St Mary's today, lovely kids", spans: ["St Mary's"], reasons: ['church schools'] },
    { text: "Covering at St Aidan's all week, lovely staff", spans: ["St Aidan's"] },
    { text: 'Marking mocks for #OakwoodAcademy Year 11 tonight', spans: ['#OakwoodAcademy'], reasons: ['hashtag'] },
    { text: 'Interview at Zorblewood Primary School tomorrow!', spans: ['Zorblewood Primary School'], reasons: ['name of a school'] },
    { text: "Proud to join St Aidan's C of E Academy in September", spans: ["St Aidan's C of E Academy"] },
    { text: 'Farewell Little Hendon Juniors, you were wonderful', spans: ['Little Hendon Juniors'] },
    { text: 'Quarnford High School netball team', spans: ['Quarnford High School'] },
    { text: 'Working at Bishop of Wexley Grammar School now', spans: ['Bishop of Wexley Grammar School'] },
    { text: 'Zorblewood Primary won again. Quarnford Academy came second', spans: ['Zorblewood Primary', 'Quarnford Academy'] },
    // Session school12: a working stretch before "at" ties the writer to "St Bede's" or "the Academy".
    { text: "Ten years at St Bede's this September and I still get lost in the science block", spans: ["St Bede's"] },
    { text: 'First week at the Academy done. The kids are great, the car park is not.', spans: ['the Academy'] },
    { text: 'Four years at the Academy now and I lead the science department', spans: ['the Academy'] },
    { text: 'Supply at the Academy today, lovely kids', spans: ['the Academy'] },
    { text: 'teaching at the Academy for ten years now', spans: ['the Academy'] },
  ],
});
