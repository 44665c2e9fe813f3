import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './location.ts';

testRule(rule, {
  valid: [
    "I'm at a loss with this marking",
    "I'm at breaking point",
    "I'm in Year 6 this year and loving it",
    "We're at school until 6 every night this week",
    'Staff away day on Friday',
    "I'm away with the fairies today",
    'Put the books away until tomorrow',
    'Great away game for the U11s',
    'Logging off, away from the screen for the weekend',
    'Had a lovely holiday in Spain last year',
    "I'm in love with this new reading scheme",
    "We're in the final week of term",
  ],
  invalid: [
    { text: "I'm at Alton Towers with the family!", spans: ["I'm at Alton"], reasons: ['check-in'] },
    { text: 'Currently at the beach, bliss', spans: ['Currently at the beach'] },
    { text: 'Home alone this week, anyone fancy a takeaway?', spans: ['Home alone'], reasons: ['home is empty'] },
    { text: "We're away till Sunday so the cat sitter is in", spans: ["We're away till"], reasons: ['away from home'] },
    { text: 'Off to Tenerife for two weeks tomorrow!!', spans: ['Off to Tenerife for two weeks'] },
    { text: 'Come and find me by the bandstand 📍', spans: ['Come and find me', '📍'] },
    { text: 'The house will be empty over half term', spans: ['house will be empty'] },
    { text: "We're away from Friday for 10 days", spans: ["We're away from Friday for 10 days"] },
    { text: 'Me and the kids are at Matlock Bath today', spans: ['are at Matlock'] },
    { text: 'Sitting in A&E at the Royal Derby with a broken wrist', spans: ['Sitting in A&E'] },
  ],
});
