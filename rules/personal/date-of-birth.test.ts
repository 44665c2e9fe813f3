import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './date-of-birth.ts';

testRule(rule, {
  valid: [
    // Session places9: a label with no date near it and nobody asked for one is talk about the field.
    'Why does every form ask for date of birth twice',
    'DOB fields with a dropdown of 100 years are the worst',
    // A stretch of days, not a date.
    "It's my birthday next week and I'm ignoring it",
    "it's my birthday in two weeks, no fuss please",
    "It's my birthday in a fortnight, any cake ideas?",
    'Roald Dahl was born on 13 September 1916, so we celebrated with Year 4',
    'Parents evening is on 12th March, 4-7pm',
    'Happy birthday to my amazing mum!',
    'I was born ready for this',
    'Trip on 07/03/2024 to the Science Museum',
    'The kittens were born last week',
    'Born and bred in Leeds',
    'Our school opened on 03/09/1975 and is still going strong',
    'Trip costs £12.50 per child, due by 15/03/2025',
    'Sports day is on 12th July, fingers crossed',
    "I'm 40 and still can't use the photocopier",
    'The Battle of Hastings, 14/10/1066, with Year 4',
    // Second pass (issue 11).
    "Grandad, b. 1931, never missed a match",
    "My nan was born in 1929 and still drives",
    "It's my birthday on Saturday, no fuss please",
    "Roald Dahl, born 1916, wrote Matilda",
  ],
  invalid: [
    { text: 'Send me your date of birth for the booking', spans: ['date of birth'] },
    { text: 'Forms want DOB: 03/04/1985 again', spans: ['DOB: 03/04/1985'], reasons: ['date of birth'] },
    { text: 'I was born 3/4/1985 in Leeds', spans: ['born 3/4/1985'] },
    { text: 'my son was born on the 3rd of April 2015', spans: ['born on the 3rd of April 2015'] },
    { text: 'Fun fact: my birthday is 14th June, presents welcome', spans: ['my birthday is 14th June'] },
    { text: "It's my 40th birthday today!", spans: ["It's my 40th birthday today"], reasons: ['part of a date of birth'] },
    { text: 'I was born in 1985', spans: ['born in 1985'] },
    { text: 'Happy birthday to me! Born 3/4/1985 and still 21', spans: ['Born 3/4/1985'] },
    { text: 'my password is my birthday, 19th March 1991', spans: ['my birthday, 19th March 1991'] },
    { text: 'Date of birth 12.11.79', spans: ['Date of birth 12.11.79'] },
    { text: 'She was born on 1/27/1952. Her maiden name is Sergeyev', spans: ['born on 1/27/1952'] },
    { text: 'need your D.O.B. for the trip form', spans: ['D.O.B.'] },
    { text: 'My birthday’s on March 3rd, 1990', spans: ['My birthday’s on March 3rd, 1990'] },
    { text: "Turning 40 on 12 October, can't believe it", spans: ['Turning 40 on 12 October'] },
    { text: "I'll be 30 on the 3rd of May", spans: ["I'll be 30 on the 3rd of May"] },
    { text: "It's like that since 2/22/1974", spans: ['2/22/1974'], reasons: ['date of birth'] },
    // Second pass (issue 11).
    { text: "Me, b. 1991, still can't parallel park", spans: ["b. 1991"] },
    { text: "b.03/11/1984 and proud", spans: ["b.03/11/1984"] },
    { text: "I was born in '87 so I remember Tamagotchis", spans: ["born in '87"] },
    { text: "birthday girl! 40 today, born 1986", spans: ["born 1986"] },
  ],
});
