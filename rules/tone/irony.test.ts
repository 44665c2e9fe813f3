import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './irony.ts';

testRule(rule, {
  valid: [
    // Thanks for "putting up with me" is thanks for patience, whatever day it names.
    'Finished my dissertation at last. Thanks to my partner and my kids for putting up with me shut in the spare room with a laptop every Sunday.',
    'Staff meeting: 3.30. Biscuits: none, sorry!',
    'Our head bought new books for every class. The kids have no excuse not to read now!',
    'Our head got a new car. No more lifts from me!',
    'New laptops for the trust team this week. Our Year 6 kids helped set them up, brilliant job.',
    // Tallies with good news, no zero, or a notice.
    'Miles walked on the school trip: 9. Children lost: 0. Great day.',
    'Reports written: 28. Cups of tea: 11. Nearly there.',
    'Staff meeting: cancelled. Cover: none needed.',
    // A treat laid on, or a reminder that saved the day.
    'Love our head putting on breakfast for staff on the last day of term.',
    'Really appreciate the office sending the reminder the night before, saved me!',
    // Sincere thanks: an opportunity, a kindness, a treat.
    'So grateful to be given the chance to lead the Year 5 residential this year',
    'Huge thanks to whoever left flowers in the staffroom this morning',
    'So thankful for the extra hour in bed when the clocks went back',
    'Thrilled to be told I passed my NPQ today',
    'Thank you to our amazing kitchen team for the Christmas dinner today',
    // Times: the writer's own late email, neutral notices, travel, kind messages.
    'I sent my report comments off at 10pm so I could have a lie in tomorrow',
    'Sent my first ever newsletter at 4pm, eek! Hope families like it',
    'Coach leaves at 7.45am sharp for the Year 4 trip',
    'Got a lovely email from a parent at 9.30pm thanking me for the trip',
    'Our flight landed at 11.50pm and we were home by 1am',
    'Reminder: parents\' evening is Thursday 14th, 3.30-7pm. Book your slot via the app',
    'Thank you for the message at 8pm last night, it made my week',
    'Our new baby arrived at 3.12am on Sunday! Both doing well',
    'Sunday 10pm: a lovely text from my mentor wishing me luck',
    // Praise and family, not neglect.
    'Our head has never once missed a concert, she is amazing',
    'My sister took two weeks to reply to my wedding invite',
    // A count echoed in pride or about the writer.
    'We raised 640 pounds for the hospice in three days. Three!',
    'Our Year 2s read five books each this week. Five.',
    "I've had three coffees today. Three.",
    // Everyday weariness.
    'So tired of the dark mornings already, roll on spring',
    'Fed up of being stuck in traffic on the M6 every morning',
    // Ideas of one's own or of family.
    'My idea of a perfect Saturday is a long walk and a pub lunch',
    "My daughter's idea of tidying is moving the mess to another room",
    // A class learning a skill.
    "Some of my Year 1s can't hold a pencil yet, so we're doing lots of playdough",
    "Half my group couldn't read the clock in September and now they all can. So proud",
  ],
  invalid: [
    { text: 'Extra duties this term: 3. Thank yous: none.', spans: ['Extra duties this term: 3. Thank yous: none'] },
    { text: 'The MAT bought iPads for the exec team. Our Year 1 class shares 4 laptops.', spans: ['The MAT bought iPads for the exec team. Our Year 1 class shares 4 laptops'] },
    { text: 'New sofas in the head office. Our Year 4 classroom still has no blinds.', spans: ['New sofas in the head office. Our Year 4 classroom still has no blinds'] },
    { text: 'Six teachers left at Easter. Exit interviews: none.', spans: ['Six teachers left at Easter. Exit interviews: none'] },
    { text: "Our art budget: no money for paint. Trust budget: £9k for new signs.", spans: ["Our art budget: no money for paint. Trust budget: £9k for new signs"] },
    // Facts set side by side: a zero or a lack against what staff need, or beside what leaders have.
    { text: 'Learning walks this half term: 4. Extra PPA: zero.', spans: ['Learning walks this half term: 4. Extra PPA: zero'] },
    { text: "CEO's bonus: 12%. Our TA budget: frozen.", spans: ["CEO's bonus: 12%. Our TA budget: frozen"] },
    // Thanks for what someone did, when it was late notice or extra work.
    { text: 'Really appreciate SLT changing the exam timetable the night before. Really helpful.', spans: ['appreciate SLT changing the exam timetable the night before'] },
    { text: 'So grateful to be told at 3.45 that the books need marking in green by Friday', spans: ['grateful to be told at 3.45 that the books need marking in green by Friday'], reasons: ['Sarcasm'] },
    { text: 'Huge thanks to whoever thought a staff meeting at 4.45 on the last day of term was a good idea', spans: ['thanks to whoever thought a staff meeting at 4.45 on the last day of term was a good idea'] },
    { text: 'Delighted to be covering geography again on my only free period', spans: ['Delighted to be covering geography again on my only free period'] },
    { text: 'Email from the head at 11.40pm last night. About uniform. Again.', spans: ['Email from the head at 11.40pm last night'], reasons: ['timestamp'] },
    { text: 'Data deadline announced at 4pm today for 9am tomorrow', spans: ['announced at 4pm today for 9am tomorrow'] },
    { text: 'The new timetable landed at 10.30pm on Sunday', spans: ['landed at 10.30pm on Sunday'] },
    { text: "Found out at 8.25 that I'm teaching in the hall all day", spans: ["Found out at 8.25 that I'm teaching in the hall all day"] },
    { text: "Getting very tired of being told to 'do more with less' by people on twice my salary", spans: ["tired of being told to 'do more with less' by people on twice my salary"], reasons: ['weariness'] },
    { text: "The trust's idea of wellbeing is a yoga video and an extra INSET on a Saturday", spans: ["The trust's idea of wellbeing is a yoga video and an extra INSET on a Saturday"] },
    { text: 'Leadership got new laptops. We got told to share the one working printer', spans: ['Leadership got new laptops. We got told to share the one working printer'], reasons: ['contrasting'] },
    { text: "Half my Year 10s can't spell 'because'. Year 10!", spans: ["Half my Year 10s can't spell 'because'"], reasons: ['Mocking pupils'] },
    { text: 'Honoured to be volunteered for the Christmas fair committee. Again. Without being asked', spans: ['Honoured to be volunteered for the Christmas fair committee'] },
    { text: "Sunday 9pm: email about Monday's learning walk. Every week.", spans: ["Sunday 9pm: email about Monday's learning walk"] },
    { text: 'Received the new duty rota at 11pm. Duty starts at 8.', spans: ['Received the new duty rota at 11pm'] },
    { text: 'The business manager took two weeks to reply to a request for glue sticks', spans: ['The business manager took two weeks to reply to a request for glue sticks'], reasons: ['neglect'] },
    { text: "Our SLT haven't set foot in a classroom since the pandemic", spans: ["Our SLT haven't set foot in a classroom since the pandemic"] },
    { text: 'The reception teacher next door leaves at 3.20 every single day', spans: ['The reception teacher next door leaves at 3.20 every single day'] },
    { text: 'None of my Year 7s can tie a tie. Thirty minutes of my life every morning', spans: ['None of my Year 7s can tie a tie'] },
    { text: 'Our head has been in three times this term. Three.', spans: ['three times this term. Three.'], reasons: ['repeating a count'] },
    { text: 'Not one parent replied to the survey. Not one.', spans: ['Not one parent replied to the survey. Not one.'] },
    { text: 'The head emailed parents 12 times about uniform. 12.', spans: ['12 times about uniform. 12.'], reasons: ['repeating a count'] },
    { text: 'SLT did a learning walk every single day. Every single day.', spans: ['every single day. Every single day.'], reasons: ['repeating a count'] },
    { text: 'The office lost the trip forms twice. Twice?', spans: ['twice. Twice?'], reasons: ['repeating a count'] },
  ],
});
