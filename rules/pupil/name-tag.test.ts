import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './name-tag.ts';

testRule(rule, {
  valid: [
    '#ProudTeacher moment today',
    'follow @jane_smith1985 for recipes',
    'tickets for @leeds_2019 are gone',
    '#GoodLuckEveryone with the mocks',
    '#WellDoneEveryone what a sports day',
    '#GoTeam at the district gala', // no name after the cheer
    '#ProudOfYou all',
    '#GoEngland come on!!',
    '#WellDoneMarcusRashford for the free school meals campaign', // famous
    '#BackToSchool chaos',
    'Follow @MrsB_Year6 for our class news', // a teacher's handle
    '@hillcrest_y6team', // no: the year is not at the end of a name handle
    '#Congrats to all the Year 6s',
    // Session pupil12: pride for the writer's own family, not a name.
    '#ProudOfYouDad, 40 years at the fire station and retiring today',
    '#ProudOfYouSis, qualified nurse at last',
  ],
  invalid: [
    { text: '#GoTemi at the county finals!', spans: ['#GoTemi'] },
    // Session 21: a name part an English word list also holds, which the post writes as a name elsewhere.
    { text: 'Cheering on our Nadifa at the county cross country tomorrow! #GoNadifa', spans: ['#GoNadifa'] },
    { text: '#WellDoneDami for the best Viking longship in Year 4', spans: ['#WellDoneDami'], reasons: ['hashtag'] },
    { text: '#GoMaisie!! County cross country champion at 10 years old', spans: ['#GoMaisie'] },
    { text: '#ProudOfZikora for her science fair win', spans: ['#ProudOfZikora'] },
    // Session pupil12: pride said to the child ("proud of you") before the name.
    { text: '#ProudOfYouAmelie, swimming certificate finally in the bag after 3 terms of trying!!', spans: ['#ProudOfYouAmelie'] },
    { text: 'You said your line loud and clear #SoProudOfYouEsme', spans: ['#SoProudOfYouEsme'] },
    { text: '#SoProudOfBilal, first chapter book finished', spans: ['#SoProudOfBilal'] },
    { text: '#CongratsOtilia reading award winner', spans: ['#CongratsOtilia'] },
    { text: '#GoTeamKofi at the district swimming gala', spans: ['#GoTeamKofi'] },
    { text: '#SuperstarSiena 🌟', spans: ['#SuperstarSiena'] },
    { text: 'Shout out to @little_leo_2016 for the best poem', spans: ['@little_leo_2016'] },
    { text: '#GoodLuckAmara in the spelling bee final', spans: ['#GoodLuckAmara'] },
    { text: '@jb_year6 has been posting homework memes again', spans: ['@jb_year6'], reasons: ['year group'] },
    { text: '@ollie_y7 stop tweeting in lessons please', spans: ['@ollie_y7'] },
    { text: '@mia.year5 your homework is late', spans: ['@mia.year5'] },
  ],
});
