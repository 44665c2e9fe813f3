import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './uk-postcode.ts';

testRule(rule, {
  valid: [
    // Session places9 (shared/business.ts, one owner check): a venue's address after its hours, or a business's hours after it.
    'Museum is open daily, free entry: Castle Street, Norwich NR1 3JU',
    'The garden centre at 4 Mill Lane, Thirsk YO7 1PZ opens at 9',
    // Session places8 (shared/business.ts): the postcode ends a local trade's address.
    'Order from Whitworth\'s Butchers, 8 Castle Street, YO62 5AB, open till 5',
    'Units 3-4, Bridgewater Trading Estate, M17 1AB is where the soft play has moved',
    // A business's address.
    'The new florist at 12 Market Street, Ledbury HR8 2AQ is lovely',
    'Year 6 SATs start on 12 May',
    'Room B12 is flooded again',
    'EH1 JS is not a postcode',
    'Flight BA2490 lands at 10:45',
    'Scored 3-1 in the KS2 football final',
    'Our school is at DE55 4FY so come along to the fair',
    'The A38 was gridlocked',
    'QA1 1AA has a letter Q in the first place',
    'W1A1AAA is too long',
    // Cases from the ideal-postcodes/postcode validation fixtures (MIT).
    '12FSSD',
    '1A1 1AA',
    'EH1JS',
    'EH 1JS',
    'Y5 2 PE lessons this week',
    'we scored 12 6 NE of the pavilion', // lower-case and numbers only
  ],
  config: { schoolPostcode: 'DE55 4FY' },
  invalid: [
    { text: 'Open house at ours on Saturday: 4 Mill Lane, Thirsk YO7 1PZ', spans: ['YO7 1PZ'] },
    { text: 'New house! We are at NR10 3EZ now', spans: ['NR10 3EZ'], reasons: ['postcode'] },
    { text: 'parcel to sw1a1aa please', spans: ['sw1a1aa'] },
    { text: 'L27 8XY, M1 1AE or W1A 0AX (or EC1V 9HX).', spans: ['L27 8XY', 'M1 1AE', 'W1A 0AX', 'EC1V 9HX'] },
    { text: 'Post it to GIR 0AA', spans: ['GIR 0AA'] },
    { text: 'NR103EZ RG45AY NE69 7AW SE23 2NF MA1 1AA BT35 8GE', spans: ['NR103EZ', 'RG45AY', 'NE69 7AW', 'SE23 2NF', 'MA1 1AA', 'BT35 8GE'] },
    { text: 'My address ends DE55 4FY', spans: ['DE55 4FY'], config: {} },
    // The inward code split after its digit, and odd spaces (normalised to one before rules run).
    { text: 'lost cat near B97 6 HT, grey tabby', spans: ['B97 6 HT'] },
    { text: 'Finally moved!! PO19 8 DJ here we come', spans: ['PO19 8 DJ'] },
    { text: 'sat nav didn\'t know S6 1  TW', spans: ['S6 1  TW'] },
    { text: 'Postcode is LS6\u2009\u20091AB', spans: ['LS6\u2009\u20091AB'] },
    // Every letter a Cyrillic look-alike: the digits make each part a Latin code (lib/engine/normalise.ts).
    { text: 'New address, post it to \u0405W1\u0410 1\u0410\u0410 please', spans: ['\u0405W1\u0410 1\u0410\u0410'] },
    { text: 'We are at \u0412\u041D19 1\u0410\u0412 now', spans: ['\u0412\u041D19 1\u0410\u0412'] },
    { text: 'Moved in! \u041C1 4\u0412T if you want to send a card', spans: ['\u041C1 4\u0412T'] },
  ],
});
