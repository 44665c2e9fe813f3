import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './shouting.ts';

testRule(rule, {
  valid: [
    // Capitals inside quotation marks are something quoted (a child's headline, a sign), not the writer shouting.
    "My son writes a family newspaper. Today's headline: 'MUM FORGETS BINS AGAIN'. Also a weather report (rain).",
    'Well done Year 6!!! SO PROUD OF YOU ALL',
    'KS2 SATS PE RE DT PSHE timetable is out',
    'Great trip to the BBC today!!!',
    'INSET day tomorrow',
    'A B C D E F',
    '#NEVER #GIVE #UP #TEACHERS',
    'WHERE DO YOU FIND THE BEST CHIPS IN LEEDS',
    'BOTH TEAMS PLAYED REALLY WELL TODAY AT THE TOURNAMENT',
    'PLEASE GET OUT AND VOTE ON THURSDAY EVERYONE',
  ],
  invalid: [
    { text: 'WHY DOES NOBODY EVER LISTEN TO STAFF', spans: ['WHY DOES NOBODY EVER LISTEN TO STAFF'], reasons: ['Shouting'] },
    { text: 'I am SO SICK OF THIS BLOODY PLACE. Done.', spans: ['SO SICK OF THIS BLOODY PLACE'] },
    { text: 'Parents evening cancelled AGAIN, this is ridiculous!!!', spans: ['!!!'] },
    { text: "I'M SO DONE WITH THIS PLACE AND EVERYONE IN IT", spans: ["I'M SO DONE WITH THIS PLACE AND EVERYONE IN IT"] },
    { text: 'GET OUT OF MY CLASSROOM AND STAY OUT', spans: ['GET OUT OF MY CLASSROOM AND STAY OUT'] },
  ],
});
