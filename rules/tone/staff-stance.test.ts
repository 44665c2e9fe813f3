import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './staff-stance.ts';

testRule(rule, {
  valid: [
    // Praise, news, sympathy and everyday moans stay clean.
    'Lovely assembly from Year 2 today, so proud of them',
    'Thank you to our brilliant office team for sorting the trip',
    'Our head ran a lovely staff breakfast this morning',
    "Parents' evening tonight, wish me luck",
    'Pay award announced for teachers, 4% from September',
    'The kids in my class are the best, honestly',
    // Complaints about things that are not school.
    'Rain again. My umbrella has given up',
    'The referee was a disgrace today',
    'Spurs were dreadful again, sack the manager',
    // Too short to judge.
    'ugh. Mondays.',
    // A council alone is not school business.
    'The council have missed our bins again. impressive consistency',
  ],
  invalid: [
    { text: "The kids in 9X couldn't find the exit with a map", spans: ["The kids in 9X couldn't find the exit with a map"], reasons: ['pupils'] },
    { text: 'Our head thinks a new logo will fix recruitment. Genius.', spans: ['Our head thinks a new logo will fix recruitment'], reasons: ['head, leaders'] },
    { text: 'Another survey about workload from the people who create the workload', spans: ['Another survey about workload from the people who create the workload'], reasons: ['workload'] },
    { text: 'Nobody in SLT has taught a full timetable in a decade and it shows', spans: ['Nobody in SLT has taught a full timetable in a decade and it shows'], reasons: ['leaders'] },
  ],
});
