import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './prejudging.ts';

testRule(rule, {
  valid: [
    'Kids from the estate put on a brilliant show at the fair',
    'Lone-parent families can apply for the breakfast club grant',
    'Families from Ukraine have settled in so well this year',
    'He will be twelve next week',
    "He'll be fine after a good night's sleep",
    'She will be devastated when she hears the trip is off',
    "They'll hate me for this but I've booked a 6am start",
    'Kids from the new housing development joined the choir this term',
    'Mark the words you do not know in your reading book',
    'She is going to be a brilliant scientist, mark my words',
    'I was born in Leeds',
    'The trouble with Wi-Fi on trips is nobody can find the password',
    "My kids will be trouble when they're teenagers, they're already negotiating bedtime",
  ],
  invalid: [
    { text: "He'll be a failure like the rest of his family", spans: ["He'll be a failure like the rest of his family"], reasons: ['Judging a child'] },
    { text: "She's going to be a nasty piece of work when she's older", spans: ["She's going to be a nasty piece of work when she's older"] },
    { text: 'Families on the Oakfield estate are dishonest, every one of them', spans: ['Families on the Oakfield estate are dishonest, every one of them'], reasons: ['Generalising about families'] },
    { text: "That one in the back row will be trouble when he's older", spans: ['will be trouble'], reasons: ['Judging a child'] },
    { text: "He's going to end up inside, I'd bet my pension on it", spans: ['going to end up inside', "I'd bet my pension on it"] },
    { text: 'Kids like him never amount to anything, sad but true', spans: ['Kids like him never'] },
    { text: 'She will be pregnant by sixteen', spans: ['will be pregnant'] },
    { text: 'Kids off the Northfield estate never do their homework', spans: ['Kids off the Northfield estate never'], reasons: ['Generalising about families'] },
    { text: 'Lone-parent families never read the newsletter', spans: ['Lone-parent families never'] },
    { text: "Families from Romania don't value education", spans: ["Families from Romania don't"] },
    { text: "The travellers' kids will be off again after Easter, same every year", spans: ["travellers' kids will be off again"] },
    { text: "That family are trouble, the older brother was excluded and this one's no different", spans: ['That family are trouble', "this one's no different"] },
    { text: 'Asylum seeker kids get all the attention while the rest fall behind', spans: ['Asylum seeker kids get all the'] },
    { text: 'Typical lone-parent household, no boundaries', spans: ['Typical lone-parent household, no boundaries'] },
  ],
});
