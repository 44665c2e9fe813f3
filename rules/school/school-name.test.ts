import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './school-name.ts';

const config = {
  schoolName: 'Woodbridge Junior School',
  schoolAliases: ['WJS', 'Woodbridge Juniors'],
  schoolPostcode: 'DE55 4FY',
  schoolDomain: 'woodbridge.derbyshire.sch.uk',
};

testRule(rule, {
  config,
  valid: [
    // Session places8: a walk or route named after the same saint.
    { text: "St Aidan's Way is a lovely walk, did it with my dad", config: { schoolName: "St Aidan's C of E Primary School", schoolAliases: ["St Aidan's"] } },
    // Other places that share the school's name.
    'Woodbridge Priory is gorgeous in the snow',
    'Driving past Woodbridge station every morning',
    'Lovely walk along the river this morning.',
    'Year 6 were brilliant in assembly today.',
    'the wood bridge over the stream has finally been fixed',
    'Our wjs meeting is at four', // initials only count in capitals or as a hashtag
    'DE55 4FZ is not our postcode',
    { text: 'Proud of everyone at Woodbridge Junior School', config: {} },
    'we drove through woodbridge on the way home', // a one-word short form only counts when capitalised
    'Email me at jo@otherschool.sch.uk',
    'Stuck in traffic on Woodbridge Road for an hour',
    { text: 'Rovers beat Hillcrest Athletic 2-1 yesterday', config: { schoolName: 'Hillcrest Primary School', schoolAliases: ['Hillcrest'] } },
    { text: 'Frosty walk up Hillcrest country park this morning', config: { schoolName: 'Hillcrest Primary School', schoolAliases: ['Hillcrest'] } },
    { text: "St Aidan's church bells are ringing for the wedding", config: { schoolName: "St Aidan's C of E Primary School", schoolAliases: ["St Aidan's"] } },
    // Session places7: shortened initials count only as a tag; a Welsh school's name without "Ysgol Y" needs a tie.
    { text: 'BIS is a bank', config: { schoolName: 'Bursledon Church of England Infant School' } },
    { text: 'faenol is a word I cannot pronounce', config: { schoolName: 'Ysgol Y Faenol' } },
  ],
  invalid: [
    { text: 'wjs staff night out was brilliant', spans: ['wjs'] },
    { text: 'Hillcrest netball team won the league', config: { schoolName: 'Hillcrest Primary School', schoolAliases: ['Hillcrest'] }, spans: ['Hillcrest'] },
    { text: 'So proud of everyone at Woodbridge Junior School today!', spans: ['Woodbridge Junior School'], reasons: ['names your school'] },
    { text: 'woodbridge junior school sports day was a washout', spans: ['woodbridge junior school'] },
    { text: 'Back to Woodbridge tomorrow, wish me luck', spans: ['Woodbridge'], reasons: ['short form'] },
    { text: 'Another busy week at Woodbridge Juniors.', spans: ['Woodbridge Juniors'] },
    { text: 'Woodbridge Junior summer fair this Saturday', spans: ['Woodbridge Junior'] },
    { text: 'Woodbridge Primary? No, Woodbridge Junior School.', spans: ['Woodbridge Primary', 'Woodbridge Junior School'] },
    { text: 'Huge well done to the WJS choir', spans: ['WJS'], reasons: ['initials'] },
    { text: 'Our Woodbridge choir sang at the Royal Albert Hall', spans: ['Woodbridge'] },
    { text: 'Great day #WJS #WoodbridgeJuniors', spans: ['#WJS', '#WoodbridgeJuniors'] },
    { text: 'follow @woodbridge_js for updates', spans: ['@woodbridge_js'], reasons: ['hashtag or handle'] },
    { text: 'Parking near DE55 4FY is a nightmare', spans: ['DE55 4FY'], reasons: ['postcode'] },
    { text: 'parking near de554fy is a nightmare', spans: ['de554fy'] },
    { text: 'See www.woodbridge.derbyshire.sch.uk/news for details', spans: ['www.woodbridge.derbyshire.sch.uk'], reasons: ['web address'] },
    { text: 'Email office@woodbridge.derbyshire.sch.uk', spans: ['woodbridge.derbyshire.sch.uk'] },
    { text: 'The Woodbridge Junior School choir', spans: ['Woodbridge Junior School'] },
    {
      text: 'Proud of St Mary\u2019s today',
      config: { schoolName: "St Mary's C of E Primary School" },
      spans: ['St Mary\u2019s'],
    },
    {
      text: 'Another day at st marys c of e primary',
      config: { schoolName: "St Mary's C of E Primary School" },
      spans: ['st marys c of e primary'],
    },
    { text: 'Off to the Oaks Academy open evening', config: { schoolName: 'The Oaks Academy', schoolAliases: ['TOA'] }, spans: ['Oaks Academy'] },
    // Session places7: initials without "School" or the church designation as a tag, with a school-spirit word, and
    // the Welsh article left off ("Ysgol Y Faenol" is "Faenol" to its staff).
    { text: '#BIS choir were magical tonight', config: { schoolName: 'Bursledon Church of England Infant School' }, spans: ['#BIS'] },
    { text: 'Tiny voices: #CADI choir at the care home', config: { schoolName: 'Crofton Anne Dale Infant School' }, spans: ['#CADI'] },
    { text: '#WPSfamily raised £600 for the food bank', config: { schoolName: 'Wyborne Primary School' }, spans: ['#WPSfamily'] },
    { text: 'Eisteddfod practice with my lot at Faenol', config: { schoolName: 'Ysgol Y Faenol' }, spans: ['Faenol'] },
  ],
});
