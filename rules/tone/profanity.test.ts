import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './profanity.ts';

testRule(rule, {
  valid: [
    'What a bloody long day, bugger the marking',
    "Can't be arsed with the washing up",
    'Lovely trip to Scunthorpe and Penistone with Year 5',
    'Class assessment in the assembly hall, then shiitake risotto',
    'Our RSE lesson covered puberty, sex and the correct words: penis and vagina',
    'Essex, Sussex and Middlesex',
    'Got an A* and two A**s, 9-1 grades next',
    'A cocktail by the pool, a blue tit at the feeder and a peacock',
    'Hancock, Dickens and Cockburn on the reading list',
    'Mezzo forte is written mf in the score',
    'e.g. the well-known i.e. case',
    '@fuckbot is a handle we do not report',
    'The bitch had her litter overnight, mum and pups doing well',
    'Spotted dick and custard, then Dick Whittington at the Playhouse',
  ],
  invalid: [
    { text: 'What the fuck is going on', spans: ['fuck'], reasons: ['Profanity'] },
    { text: 'Absolute SHITSHOW today', spans: ['SHITSHOW'] },
    { text: 'f*ck this, sh1t day', spans: ['f*ck', 'sh1t'], reasons: ['disguised', 'disguised'] },
    { text: 'what a f***ing joke', spans: ['f***ing'] },
    { text: 'f u c k Mondays', spans: ['f u c k'] },
    { text: 's.h.i.t.', spans: ['s.h.i.t'] },
    { text: 'fuuuuuck me that was close', spans: ['fuuuuuck'] },
    { text: 'he is a total tosser and a bellend', spans: ['tosser', 'bellend'] },
    { text: 'Bollocks to Ofsted', spans: ['Bollocks'] },
    { text: 'wtf was that', spans: ['wtf'] },
    { text: 'That was a proper piss-take', spans: ['piss'] },
    { text: 'you $h!t', spans: ['$h!t'] },
    { text: 'Shut your mouth you ugly bitch', spans: ['bitch'] },
  ],
});
