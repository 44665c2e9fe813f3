import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './school-pattern.ts';

testRule(rule, {
  valid: [
    'My Primary School teacher would be proud',
    'Sunday School was lovely today',
    'Forest School this afternoon: mud everywhere',
    'Off to the Academy Awards party',
    'High School Musical on repeat at home',
    'Best Primary School Award shortlist announced',
    'our school run was chaos',
    'oakfield primary school is lovely', // lower case: the lexicon rule's job, not the pattern's
    'Primary Care Networks are struggling',
  ],
  invalid: [
    { text: 'Interview at Zorblewood Primary School tomorrow!', spans: ['Zorblewood Primary School'], reasons: ['name of a school'] },
    { text: "Proud to join St Aidan's C of E Academy in September", spans: ["St Aidan's C of E Academy"] },
    { text: 'Farewell Little Hendon Juniors, you were wonderful', spans: ['Little Hendon Juniors'] },
    { text: 'Quarnford High School netball team', spans: ['Quarnford High School'] },
    { text: 'Working at Bishop of Wexley Grammar School now', spans: ['Bishop of Wexley Grammar School'] },
    { text: 'Zorblewood Primary won again. Quarnford Academy came second', spans: ['Zorblewood Primary', 'Quarnford Academy'] },
  ],
});
