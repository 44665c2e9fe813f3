import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './vehicle-reg.ts';

testRule(rule, {
  valid: [
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
