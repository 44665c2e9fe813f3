import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './insult.ts';

testRule(rule, {
  valid: [
    // The writer's own family named after the describing word is teasing, like "my husband is useless".
    'Thanks to my useless husband the dog got out again. Still love him.',
    "My toddler is feral after a day at Nana's. Sugar everywhere.",
    "I'm such an idiot, left my lanyard at home again",
    'Felt so stupid when the projector would not work',
    'He is not an idiot, he just needed more time',
    'Nobody is calling her lazy',
    "I'm so angry about the traffic this morning",
    'A parent called me lazy in the car park and I just smiled',
    'This printer is useless',
    'Stupid question, but is it non-uniform day tomorrow?',
    'What a day! The kids were brilliant at sports day',
    'Blue tit and a robin on the bird feeder',
    'Watched The Clown of God with Year 3',
    'Using PowerPoint and YouTube with my McDonald fans',
    'Vote today #CountryOverParty #WithdrawTheBill #MeToo',
    'The parents at our school are so supportive',
    'That was a savage workout, legs have gone',
    'Staffroom gossip says the new coffee machine arrives Monday',
    // teasing friends: a gentle name in a warm or laughing post
    "@sammyj you plonker, you've left your keys at ours again 😂",
    'Best mates since we were four and still a pair of idiots 💕',
    'Happy 40th you old git, love you loads x',
    // the writer laughing at themselves, nobody else in the post
    'Locked myself out twice today. Total numpty.',
    'Drove to the wrong station, then the wrong car park. Complete muppet.',
    // negated, and things rather than people
    'You are not an idiot for getting that wrong',
    'The train service was an absolute disgrace this morning',
    "It's a joke how long the queue at the post office was",
    "Our trust's new uniform policy is a joke",
    // describing words that only insult next to a name-calling noun
    'A selfish decision by the council to close the library',
    'Grumpy cat energy this Monday morning',
    "You're not stupid for asking, it's a good question",
    'Pure gold from Year 2 at the nativity today',
  ],
  invalid: [
    { text: 'You idiot, you parked across the gate again', spans: ['You idiot'], reasons: ['Name-calling'] },
    { text: 'What an absolute muppet that new deputy is', spans: ['What an absolute muppet'] },
    { text: "Honestly the parents in my class are so thick", spans: ['parents in my class are so thick'] },
    { text: 'Some of the families at our place are pure scroungers', spans: ['families at our place are pure scroungers'] },
    { text: 'Kids from the estate are basically animals', spans: ['Kids from the estate are basically animals'] },
    { text: 'Girls in that class act like such drama queens', spans: ['such drama queens'] },
    { text: 'Year 8 were absolute savages today, zero respect', spans: ['Year 8 were absolute savages'] },
    { text: 'Mrs Patel in the office is a total gossip', spans: ['total gossip'] },
    { text: 'Dealing with useless parents all evening', spans: ['useless parents'], reasons: ['Insult'] },
    { text: "He's a complete waste of space", spans: ["He's a complete waste of space"] },
    { text: 'Managed by morons', spans: ['morons'] },
    { text: 'lol at the parents who think homework is optional', spans: ['lol at the'], reasons: ['Mocking'] },
    { text: 'oh sUrE tHaT wIlL wOrK', spans: ['sUrE tHaT wIlL wOrK'] },
    // predicate name-calling whatever the subject looks like
    { text: 'The bloke in the van behind me was an absolute idiot', spans: ['was an absolute idiot'], reasons: ['Insult'] },
    { text: 'That presenter is a smug, arrogant prat', spans: ['is a smug, arrogant prat'] },
    { text: 'The referee was a joke', spans: ['was a joke'] },
    { text: 'My landlord is a prick and a half', spans: ['is a prick'] },
    // a plain warm word does not excuse a hostile post
    { text: 'Thanks for nothing, you useless idiot, shut up', spans: ['you useless idiot'] },
    { text: 'Anyone who parks on the pavement like that is so thick', spans: ['Anyone who parks on the pavement like that is so thick'] },
    { text: 'The woman at the gym who hogs the squat rack is a selfish cow', spans: ['selfish cow'], reasons: ['Name-calling'] },
    { text: 'Stuck behind some smug tosser in a Tesla for ten miles', spans: ['smug tosser'] },
    { text: "Honestly, you're pathetic", spans: ["you're pathetic"], reasons: ['Insult'] },
    { text: 'Whoever took the charity tin from the shop is scum, pure scum', spans: ['pure scum'] },
  ],
});
