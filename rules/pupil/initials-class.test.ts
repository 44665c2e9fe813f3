import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './initials-class.ts';

testRule(rule, {
  valid: [
    'RE in Year 4 is about festivals this term', // a subject, no full stops
    'P.E. in Year 6 is on Tuesdays', // P.E. is a subject... written with stops
    'J.K. Rowling is coming to Edinburgh',
    'Lunch with A.B. from uni today',
    'The B.F.G. is our class read',
    'PE in 6B today, bring kit', // a subject
    'TA in Year 6 needed from January', // a role
    'Mrs K. Nowak in 4B is lovely', // the teacher
    // Session 15: a lone capital is a grade or a label; a time is no class.
    'She got an A in Year 9 maths, finally',
    'Plan B (Y6) is an indoor sports day',
    'Meet JT in 10am slot for the interview',
  ],
  invalid: [
    { text: 'B.T. from my Y9 form got into the county squad', spans: ['B.T.'] },
    { text: 'R.M. in 3C asked if teachers sleep at school', spans: ['R.M.'], reasons: ['Initials'] },
    { text: 'J.T. in 6P asked if homework is a human rights violation', spans: ['J.T.'] },
    { text: 'Huge well done to A.K. (Y4) for her poem', spans: ['A.K.'] },
    { text: 'S. J. from Year 2 lost a tooth in phonics', spans: ['S. J.'] },
    { text: 'K.L. in my class read the whole book', spans: ['K.L.'] },
    // Initials without stops, and an initial with a surname (issue 11).
    { text: 'JT in 6B smashed the times tables', spans: ['JT'] },
    { text: 'K. Nowak in 4B got full marks', spans: ['K. Nowak'] },
    // Session 15: secondary set codes, a list of initials, a lone initial with the class.
    { text: 'R.K. in 9X3 got a 9 in the mock', spans: ['R.K.'] },
    { text: 'MO (7Y2) handed in the neatest homework all year', spans: ['MO'] },
    { text: 'Shout out to AK and BH in 11R for running the revision session', spans: ['AK', 'BH'] },
    { text: 'R in my class said I look like a tired potato', spans: ['R'] },
  ],
});
