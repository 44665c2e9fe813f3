import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './vehicle-reg.ts';

testRule(rule, {
  valid: [
    // Session places9: someone else's plate (spotted, a stranger's car) gives nothing of the writer's away.
    'Saw a personalised plate on the M1 today, K1 NGS, brilliant',
    "Someone's van has been parked across the drive for two days, LM19 TKD, if that's you please move it",
    // Session places8: a label with something else after it.
    'registration is at 8.45, reg for the trip closes Friday',
    'The wifi password is KX19 BZF apparently', // the shape, with no car in sight
    'my car failed its MOT again', // a car, no plate
    'Postcode is DE55 4FY, park on the road', // a postcode: digit before the last letters
    'Year 6 car park duty, AB12 ICE', // I is never issued in the last three letters
    'kx19 bzf is parked outside', // lower case
    'Flight BA2490 delayed, car to the airport booked',
  ],
  invalid: [
    { text: 'Someone scraped my car in the Morrisons car park, reg LM19 TKD, did anyone see?', spans: ['LM19 TKD'] },
    // Session places8: any case right after its label.
    { text: 'reg: yr71kfn if anyone spots it', spans: ['yr71kfn'] },
    { text: 'my reg is ma68 xwn, silver estate', spans: ['ma68 xwn'] },
    { text: 'Reg: MA 21 XYZ', spans: ['MA 21 XYZ'] },
    { text: 'Some genius has dented my car in the Tesco car park. Reg KX19 BZF if anyone saw anything', spans: ['KX19 BZF'], reasons: ['car registration'] },
    { text: 'My plate is LD21XYT if anyone sees the blue Corsa', spans: ['LD21XYT'] },
    { text: 'reg number WX68 KLM, someone scraped my car', spans: ['WX68 KLM'] },
    { text: 'Old banger R123 ABC finally failed its MOT', spans: ['R123 ABC'] },
  ],
});
