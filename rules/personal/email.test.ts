import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './email.ts';

testRule(rule, {
  valid: [
    // Session places9: a company's help, care, billing or returns mailbox reaches a team, not a person.
    'Complaints go to care@brightline.co.uk, for all the good it does',
    'billing@hydrowave.energy never answers',
    // Session places8: a staff member's address on a school's domain is the school rules' (it names the school).
    'Questions about the trip to me please: a.iqbal@fernbrook.kirklees.sch.uk',
    { text: 'Email me on p.jones@hillcrest.medway.sch.uk for tickets', config: { schoolDomain: 'hillcrest.medway.sch.uk' } },
    'Contact: J.Bloggs@woodbridge.derbyshire.sch.uk.',
    'Email head@woodbridge.derbyshire.sch.uk for a copy',
    // Shared office mailboxes reach a team, not a person.
    'Any questions about the trip, email office@hillcrest.medway.sch.uk',
    'Send the forms to enquiries@riverside.org.uk please',
    'Dot to dot puzzles at the cafe for the kids',
    'See you at the park at 3',
    'Join the dots at school.com style websites', // no "at" between
    'Follow @PostPause for updates',
    '@USER @USER you are right',
    'Meet at 3 @ the gate',
    'Email me, my address is in the staff handbook',
    'See you.@later',
    'name@localhost is not a real address',
    '',
  ],
  invalid: [
    { text: 'new personal one is help.me.ella@gmail.com', spans: ['help.me.ella@gmail.com'] },
    // A school's name in a personal mailbox is still a personal address.
    { text: 'email me at fernbrook.mum@gmail.com', spans: ['fernbrook.mum@gmail.com'] },
    { text: 'my work email is office@janesmithphotography.co.uk', spans: ['office@janesmithphotography.co.uk'] },
    { text: 'reach me on info@gmail.com', spans: ['info@gmail.com'] },
    { text: 'email jen dot hartley at gmail dot com for the pattern', spans: ['jen dot hartley at gmail dot com'] },
    { text: 'email jen.hartley[at]gmail.com', spans: ['jen.hartley[at]gmail.com'] },
    { text: 'bex (at) hotmail (dot) co (dot) uk', spans: ['bex (at) hotmail (dot) co (dot) uk'] },
    { text: 'Drop me a line at jane.smith@gmail.com if you want the resources', spans: ['jane.smith@gmail.com'], reasons: ['email address'] },
    { text: 'a@b.co and mr_o\'neill+class@school-mail.org.uk', spans: ['a@b.co', "mr_o'neill+class@school-mail.org.uk"] },
    { text: '(sarah99@hotmail.co.uk)', spans: ['sarah99@hotmail.co.uk'] },
  ],
});
