import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './threat.ts';

testRule(rule, {
  valid: [
    'I could kill for a coffee right now',
    'My feet are killing me after sports day',
    'Year 6 absolutely smashed it at the quiz',
    'Kill them with kindness, as my mentor says',
    'I could murder a pint',
    'Punch the air moment when the data came back',
    'Shoot me an email about the trip',
    "He wouldn't hurt a fly",
    'We died laughing at the nativity',
    'I could kill It for real',
    "I'll find you a copy of the worksheet",
    "We're going to end the year with a disco",
    'Pupils should be vaccinated before the trip',
  ],
  invalid: [
    { text: "I'm going to kill him when I see him", spans: ["I'm going to kill him"], reasons: ['Threat'] },
    { text: 'I could strangle Year 9 today', spans: ['I could strangle Year 9'] },
    { text: 'That parent deserves a slap', spans: ['deserves a slap'], reasons: ['Incitement'] },
    { text: 'People like that should be shot', spans: ['should be shot'] },
    { text: 'Watch your back, Dave', spans: ['Watch your back'] },
    { text: 'Someone should punch the head teacher', spans: ['Someone should punch the head teacher'] },
    { text: 'I will batter Gary', spans: ['I will batter Gary'] },
    { text: 'Someone needs to slap some sense into the governors', spans: ['slap some sense into'], reasons: ['Incitement'] },
    { text: 'hope he gets run over', spans: ['hope he gets run over'] },
    { text: "I swear I'll lose it and throttle someone", spans: ["I'll lose it and throttle someone"] },
    { text: 'Whoever took my stapler, I will find you and I will end you', spans: ['I will find you and', 'I will end you'] },
    { text: 'Some of these parents should be sterilised', spans: ['should be sterilised'], reasons: ['Incitement'] },
    { text: "If he speaks to my TA like that again I'll knock his block off", spans: ["I'll knock his block off"] },
    { text: 'I will batter the next kid who flicks a rubber at me', spans: ['I will batter the next kid'] },
  ],
});
