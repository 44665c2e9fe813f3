import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './confidential.ts';

testRule(rule, {
  valid: [
    // The writer's own news.
    'Guess who got the deputy headship?! Me! Still cannot believe it',
    // A question answered at once is a reveal.
    "Guess who's coming to assembly tomorrow? Santa!",
    // Session tonefp5: the writer raising their own hand, and a fond family story with nobody at work in it.
    "Guess who's directing the nativity again this year 🙋‍♀️ wish me luck",
    'Family reunion at Auntie Mavis\'s. Not naming names but someone (cough, my brother) ate a whole cheesecake before the buffet opened and blamed the dog.',
    "Family quiz night update: the Hennessy clan has a new champion. Not naming names but a certain someone got every intro right and did a victory lap of the kitchen.",
    'Between us we ate a whole Colin the Caterpillar',
    "Rumour has it there's cake in the kitchen, be right back",
    'The school nurse offers confidential support to any pupil who needs it',
    'Results will be made public on Thursday',
    'Tell everyone about the summer fair!',
    'Apparently it is going to rain all week',
    'Between 3 and 4pm the hall is free',
    'Record breaking cake sale today',
    // A confession about the writer, with nobody else in it.
    // A family's hardship met with support, or the writer's own family, is not gossip.
    "Apparently one of my Year 3s' dads lost his job last week, so we've put together a food parcel for the family.",
    "Apparently my mum's new fella is a better cook than me. Not surprised tbh 😂",
    "Worried about a girl in my form whose dad is in prison. Spoke to our DSL.",
    "Spent my evening colour-coding my pens. I found it oddly relaxing. Don't tell anyone.",
    // The secret after "don't tell anyone but" is the writer's own feeling, slip or news (issue 11, tonefp3).
    "Don't tell anyone but I'm secretly dreading the reunion on Saturday. What do I even wear?",
    "Don't tell anyone, but I polished off the kids' selection box last night. Every single one.",
    "Don't tell anyone but I think I might cry at the leaving do tomorrow.",
    "Don't tell anyone - I've booked a spa weekend and I'm not telling my sister.",
  ],
  invalid: [
    // Gossip openers.
    { text: "Guess who didn't turn up to the INSET they organised", spans: ["Guess who didn't"], reasons: ['Gossip'] },
    { text: 'Not one to gossip but the new deputy has been at interviews', spans: ['Not one to gossip'] },
    { text: "won't say which department but their results look too good to be true", spans: ["won't say which"] },
    { text: "Our head is leaving at Easter. Don't tell anyone.", spans: ["Don't tell anyone"] },
    { text: "Don't tell anyone but the head is leaving at Easter", spans: ["Don't tell anyone"], reasons: ['Confidentiality'] },
    // What the writer heard or knows about others stays a confidence, even when "I" opens it.
    { text: "Don't tell anyone but I heard the deputy has been suspended", spans: ["Don't tell anyone"] },
    { text: "Don't tell anyone but I know which teacher is leaving at Easter", spans: ["Don't tell anyone"] },
    { text: "Don't tell anyone but I think she's pregnant again", spans: ["Don't tell anyone"] },
    { text: 'Just between us, Ofsted are in next week', spans: ['between us'] },
    { text: 'The merger is not public yet so shh', spans: ['not public yet'] },
    { text: "Off the record, I shouldn't be saying this", spans: ['Off the record', "I shouldn't be saying this"] },
    { text: 'Rumour has it the deputy is having an affair', spans: ['Rumour has it', 'having an affair'], reasons: ['Gossip', 'Gossip'] },
    { text: 'Apparently Dave got a written warning', spans: ['Apparently Dave got'] },
    { text: 'This is strictly confidential', spans: ['strictly confidential'] },
    { text: 'Not naming names but a certain Year 6 teacher got caught drink driving', spans: ['Not naming names'] },
    { text: 'Family BBQ was lovely. Not naming names but a certain deputy head from work turned up drunk and fell in the pond', spans: ['Not naming names'] },
    { text: "Guess who's been signed off again 🙄 our deputy, third time this term", spans: ["Guess who's"] },
    // Gossip about a pupil's family: a family member, a private matter and a sign of hearsay.
    { text: "Heard one of my Y5s' mum has been evicted again 👀", spans: ["mum has been evicted"], reasons: ['Gossip'] },
    { text: "So that's why the lad in 7B has been late all week. His dad's been arrested. Not surprised.", spans: ["dad's been arrested"] },
    { text: 'The dad who shouted at pick-up on Monday has apparently been arrested 👀', spans: ['dad who shouted at pick-up on Monday has apparently been arrested'] },
    { text: 'Apparently the girls in my tutor group have a new stepdad and the old one is in jail', spans: ['stepdad and the old one is in jail'] },
    { text: 'Not supposed to say this, but the LA are investigating', spans: ['Not supposed to say'] },
  ],
});
