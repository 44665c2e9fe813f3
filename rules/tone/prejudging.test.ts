import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './prejudging.ts';

testRule(rule, {
  valid: [
    // Families pointed at without a fixed claim about them, or with praise.
    'Kids from those families came to the food bank collection today and helped carry the boxes.',
    'Children from these families are always so kind and helpful when we visit.',
    // A job named in a fond prediction: AFINN rates "critic" negative, but being one is no judgement.
    "He refuses to write more than one sentence about any book. Maybe he'll be a critic one day.",
    'She will be lucky to get a ticket, they sold out in minutes',
    'Families who moved here from overseas are warmly welcome at our coffee morning',
    // A group mentioned kindly.
    'Kids from poor backgrounds deserve the very best we can give them',
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
      "I won't pass a thing at this rate, my driving theory is a disaster",
    "Not exactly my finest hour, I left the register in the car",
    "Families from round here came out in force for the summer fair",
    // A future for a group of pupils that is good news, or about the writer.
    'Half my class will be reading chapter books by Easter',
    'Some of my Year 2s are going to be brilliant readers',
    "My Year 6s will never forgive me for that spelling test",
  ],
  invalid: [
    // "from those families": a group marked out by who their families are (issue 11, tonefp3).
    { text: 'Kids from those families are always trouble. Same problems every generation.', spans: ['Kids from those families are always'] },
    // A future written off for a group of pupils.
    { text: 'Some of my Year 2s are never going to read properly, let us be honest.', spans: ['Year 2s are never going to read properly'], reasons: ['Judging a child'] },
    { text: 'give it five years and half my class will be signing on', spans: ['my class will be signing on'] },
    { text: 'Boys from chaotic homes always kick off after lunch', spans: ['Boys from chaotic homes always kick'], reasons: ['Generalising about families'] },
    { text: 'Traveller kids all vanish off the roll by spring', spans: ['Traveller kids all vanish'] },
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
    { text: "Lovely lad but the lights are on and nobody's home", spans: ["lights are on and nobody's home"], reasons: ['Judging a child'] },
    { text: "Bless her, there's nothing going on upstairs", spans: ['nothing going on upstairs'] },
    { text: "I've got one in Year 10 who won't pass a thing", spans: ["won't pass a thing"] },
    { text: "He's not exactly grammar school material, is he", spans: ['not exactly grammar school material'] },
    { text: "Families on benefits never pay for trips on time", spans: ['Families on benefits never'], reasons: ['Generalising about families'] },
    { text: "Kids from round here don't read at home", spans: ["Kids from round here don't"] },
    { text: 'Half my Y9s will be lucky to leave with a single GCSE', spans: ['be lucky to leave with a single GCSE'] },
    { text: 'Parents who moved here from overseas just treat school as a creche', spans: ['Parents who moved here from overseas just treat'], reasons: ['Generalising about families'] },
    { text: 'You can spot the council-house kids a mile off', spans: ['council-house kids a mile off'] },
  ],
});
