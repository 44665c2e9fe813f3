import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './staff-group.ts';

testRule(rule, {
  valid: [
    // Session places9 (shared/writer-role.ts): someone else's job, a pupil's post, no job.
    'Supply teacher today was great, the kids loved her',
    'Deputy head boy at my old school, 1994, what a haircut',
    'Head of the queue at the bakery',
    'The class teacher rang about my daughter',
    '#talife',
    // Session places10: job hashtags that are no one's job, marking that is not a teacher's.
    '#TeacherAppreciationWeek',
    '#teacher',
    'Invigilator duty at the uni all week, exams everywhere',
    'Me and the other mums ran the cake stall',
    'The other TAs in the story were lovely', // no writer among them
    '#Year6 was a long time ago for me',
    'Marking my territory on the sofa',
    'My son is marking his Year 9 mocks himself, bless him',
    'Marking my calendar for the Y6 leavers do, my daughter is in it',
    // Session places8: a year group's team with nothing from the staff side (a parent says this too), a hotel's reception team.
    "The Year 6 team did a fab leavers' assembly.",
    'The Reception team at the hotel were lovely, planning our wedding',
    // A parent's view, the written-out year group, distances, sums and units.
    'The Y6s at my son\'s school have a residential next week',
    'The Year 11s showed no mercy in the staff netball match',
    "I'm covering 5k tomorrow morning at parkrun",
    '8x3 is 24, I checked with my calculator',
    'Teaching 10mg doses is not a thing',
    // The same jobs elsewhere, a site team, a lollipop lady (the council's).
    'Our site manager says the new flats will be done by spring',
    'Our site team did an amazing job clearing the snow',
    'Our lollipop lady knitted every child a tiny hat',
    'Our office team at the bank are brilliant',
    // "As" + something no school has, or not at the start of a clause.
    'As head of the household I declare it pizza night',
    'As head of marketing I get all the freebies',
    'She works as head of year 9 at a school in Leeds and loves it',
    'Our new head of sales is starting in January',
    'Our dsl broadband keeps dropping',
    // Session places7: a parent's count, duties at other workplaces, a child's head of year, an everyday "head of".
    "Took 30 Year 6s' worth of cupcakes to my son's school",
    'On lunch duty at the hospital canteen today, busy one',
    "My daughter's head of year rang about her attendance",
    'Head of marketing at my husband\'s work just quit',
    'Invigilation at the university exams is paid by the hour',
  ],
  invalid: [
    // Session places9 (shared/writer-role.ts): a school job the writer holds, as staff caption their day.
    { text: 'Proud SENDCo moment today', spans: ['SENDCo'] },
    { text: 'Form tutor to 8K and they are chaos', spans: ['Form tutor to 8K'] },
    { text: 'Deputy head by day, chauffeur by night', spans: ['Deputy head by day'] },
    { text: 'Lunchtime supervisor at a small infant school in Bude, best hours ever', spans: ['Lunchtime supervisor at a small infant school'] },
    { text: 'As a cover supervisor I never know what room I am in', spans: ['As a cover supervisor'] },
    { text: '#NQTlife survived week one', spans: ['#NQTlife'] },
    // Session places10: a year group's or phase's teacher as a hashtag, a school job as a hashtag of its own, marking a year group's work.
    { text: '#Year6Teacher life: SATs papers in the boot', spans: ['#Year6Teacher'] },
    { text: 'glue sticks with no lids #Y2Teacher', spans: ['#Y2Teacher'] },
    { text: 'Nativity costumes done #ReceptionTeacher', spans: ['#ReceptionTeacher'] },
    { text: 'Personal statements all weekend #headofsixthform', spans: ['#headofsixthform'] },
    { text: 'Another EHCP review #SENCo', spans: ['#SENCo'] },
    { text: 'Invigilator duty for Y11 science, silence', spans: ['Invigilator'] },
    { text: 'HLTA by title, everything else by nature', spans: ['HLTA by title'] },
    { text: 'Me and the other HLTAs ran sports day', spans: ['Me and the other HLTAs'] },
    { text: 'The other TAs and I sorted the library', spans: ['The other TAs and I'] },
    { text: 'Sat on the train marking my Year 10 mocks', spans: ['marking my Year 10 mocks'] },
    { text: 'marking my Y8 books, send coffee', spans: ['marking my Y8 books'] },
    { text: 'Still marking the 9X3 essays at midnight', spans: ['marking the 9X3 essays'] },
    // Session places8: a year group's or phase's staff, in a post from the staff side.
    { text: 'Planning with the Year 4 team all afternoon, send biscuits', spans: ['the Year 4 team'] },
    { text: 'In the staffroom the KS2 team are plotting', spans: ['the KS2 team'] },
    { text: 'the Y6s performed their leavers song and I sobbed', spans: ['the Y6s'] },
    { text: 'the yr 3s discovered worms today, utter chaos', spans: ['the yr 3s'] },
    { text: 'covering 9b2 last thing friday, wish me luck', spans: ['covering 9b2'] },
    { text: 'teaching 7R3 about volcanoes tomorrow', spans: ['teaching 7R3'] },
    { text: 'Covering 8X again, pray for me', spans: ['Covering 8X'] },
    { text: 'Our midday supervisors are the unsung heroes of this place', spans: ['Our midday supervisors'] },
    { text: 'Huge thanks to our brilliant teaching assistants', spans: ['our brilliant teaching assistants'] },
    { text: 'Our cover supervisor survived period 5', spans: ['Our cover supervisor'] },
    { text: 'Shout out to our learning mentors who never give up', spans: ['our learning mentors'] },
    { text: 'Huge thank you to our site manager for clearing the snow at 6am', spans: ['our site manager'] },
    { text: 'Our learning support assistants ran the whole trip', spans: ['Our learning support assistants'] },
    { text: 'As head of year 7 I have answered 80 emails about lanyards', spans: ['As head of year 7'] },
    { text: 'As form tutor to 11 lovely teenagers, today was emotional', spans: ['As form tutor'] },
    { text: 'Tired. As SENCO, I have done 14 reviews this half term', spans: ['As SENCO'] },
    { text: 'Teaching assistant life: glue sticks and plasters', spans: ['Teaching assistant life'] },
    { text: 'Our DSL has been amazing this term', spans: ['Our DSL'] },
    // Session places7: a count of a year group, a duty only a school has, a school job opening the writer's day,
    // invigilating school exams.
    { text: '50 Year 8s, 4 staff and one coach toilet', spans: ['50 Year 8s'] },
    { text: 'Took 60 Y9s to the Science Museum and brought 60 back', spans: ['60 Y9s'] },
    { text: 'bus duty in the sleet, character building', spans: ['bus duty'] },
    { text: 'Head of Year 10 life: three phone calls before 8am', spans: ['Head of Year 10'] },
    { text: 'Cover supervisor again today, Year 8 science', spans: ['Cover supervisor'] },
    { text: 'DSL refresher training all day, brain full', spans: ['DSL'] },
    { text: 'Exam invigilation all morning for the Year 11 mocks', spans: ['invigilation'] },
  ],
});
