import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './school-tag.ts';

testRule(rule, {
  valid: [
    // Session places10: lower-case handles with an underscore need a school word at the end; spirit words need a listed school.
    '@jane_smith thanks!',
    '@leeds_rhinos great match',
    '#LeedsHeroes on the NHS wards',
    '@pizza_sch00l',
    '#TeamGB were incredible at the Olympics',
    '#LondonPride at the weekend, what a party',
    '#PrimaryTeacher life',
    '#BackToSchool chaos',
    '@jb_year6 has been posting memes', // a pupil, not a school
    '#TeacherLife',
    '#ProudMum moment',
    '#LifeAtTheBeach is the best life', // no school after "life at"
    'Lovely service @StMarksChurch this morning',
    '#PrimarySchoolTeacher problems',
  ],
  invalid: [
    { text: 'Thanks @SandhurstSch for the warm welcome', spans: ['@SandhurstSch'] },
    { text: 'Follow @ParklandsPrimSch for updates', spans: ['@ParklandsPrimSch'] },
    { text: '@brookfield_inf thank you!', spans: ['@brookfield_inf'] },
    { text: '@millbank_primary what a day', spans: ['@millbank_primary'] },
    { text: '#HighfieldHeroes sports day', spans: ['#HighfieldHeroes'] },
    { text: 'Thanks @OakfieldPrimary for having me on supply today', spans: ['@OakfieldPrimary'], reasons: ["school's account"] },
    { text: '#StAnnesCE Year 2 have been planting potatoes', spans: ['#StAnnesCE'], reasons: ['names a school'] },
    { text: 'Follow @StMarysCEPrimary for news', spans: ['@StMarysCEPrimary'] },
    { text: 'Thank you @HillcrestPS for hosting the cluster moderation', spans: ['@HillcrestPS'] },
    { text: '#OakfieldPride Year 4 won the eco award!', spans: ['#OakfieldPride'] },
    { text: '#TeamRedhill Year 5 coding club made a game!', spans: ['#TeamRedhill'] },
    { text: 'follow @greenbankprimary for the fair', spans: ['@greenbankprimary'] },
    { text: 'Shoutout to @uplands_infants for the parachute', spans: ['@uplands_infants'] },
    { text: 'cake sale raised £212!! thank you all @CrescentPrimaryMansfield', spans: ['@CrescentPrimaryMansfield'] },
    { text: 'Look at these wreaths #ManorPrimaryFamily', spans: ['#ManorPrimaryFamily'] },
    { text: '#LifeAtLathom open evening, come and see us', spans: ['#LifeAtLathom'] },
    { text: 'Huge thanks @StLukesCannock for hosting', spans: ['@StLukesCannock'] },
  ],
});
