import { testRule } from '../../tests/helpers/rule-tester.ts';
import { hashRoster } from '../../lib/engine/roster/index.ts';
import rule from './roster-name.ts';

// A made-up class list; the configuration only ever carries its hashes.
const SECRET = 'rule-test-secret-not-for-production';
const config = {
  rosterSecret: SECRET,
  rosterScheme: 'hmac-sha256-16' as const,
  rosterHashes: hashRoster(SECRET, [
    { forename: 'Jack', surname: 'Smith' },
    { forename: 'Amelia', surname: 'Khan' },
    { forename: 'Zoë', surname: 'Adeyemi' },
    { forename: 'Oliver', surname: 'Brown', preferred: 'Ollie' },
    { forename: 'Isabella', surname: 'Nowak' },
    { forename: 'Mary-Jane', surname: "O'Neill" },
    { forename: 'Tom', surname: 'Hughes' },
    { forename: 'Grace', surname: 'Patel' },
    { forename: 'Zephyrine', surname: 'Lloyd' },
    { forename: 'Florence', surname: 'Barker', preferred: 'Flo' },
    { forename: 'Ruby', surname: 'Jones' },
    { forename: 'Olufemi', surname: 'Adebayo' },
    { forename: 'Małgorzata', surname: 'Kowalczyk' },
    { forename: 'Tomasz', surname: 'Nowicki' },
    { forename: 'Nnamdi-Chukwu', surname: 'Okeke' },
    { forename: 'Zsófia', surname: 'Varga' },
    { forename: 'Cerys', surname: 'Llewellyn' },
    { forename: 'Priya', surname: 'Sharma' },
    { forename: 'William', surname: 'Novak' },
    { forename: 'Harmanpreet', surname: 'Gill' },
    { forename: 'Temitope', surname: 'Ajayi' },
    { forename: 'Faith', surname: 'Mensah' },
    { forename: 'Treasure', surname: 'Boateng' },
    { forename: 'Loujain', surname: 'Haddad' },
    { forename: 'Rumbidzai', surname: 'Moyo' },
    { forename: 'Storm', surname: 'Mitchell' },
    { forename: 'Tulip', surname: 'Harrington' },
    { forename: 'Yousuf', surname: 'Rahimi' },
    { forename: 'Ellie', surname: 'Gallagher' },
    { forename: 'Olamiposi', surname: 'Ogundipe' },
    // Session 17: a double-barrelled word-name, an Akan day name, a word-name, a rabbi's name, a weather word.
    { forename: 'Harmony-Rose', surname: 'Fletcher' },
    { forename: 'Kwadwo', surname: 'Asante' },
    { forename: 'Glory', surname: 'Okoro' },
    { forename: 'Akiva', surname: 'Levy' },
    { forename: 'Sunny', surname: 'Dhillon' },
    { forename: 'Yubo', surname: 'Zhou' },
    { forename: 'Maciej', surname: 'Wójcik', preferred: 'Maciek' },
    { forename: 'Teghbir', surname: 'Sandhu' },
    { forename: 'Kadiatou', surname: 'Diallo' },
    { forename: 'Harbour', surname: 'Fenwick' },
    { forename: 'Aleksandra', surname: 'Wiśniewska', preferred: 'Ola' },
    // Session 19: a short form not in the CSV, a place-name, a word-name that is a value, a famous full name.
    { forename: 'Zofia', surname: 'Wróbel' },
    { forename: 'Phoenix', surname: 'Blake' },
    { forename: 'Justice', surname: 'Owusu' },
    { forename: 'Jordan', surname: 'Henderson' },
    { forename: 'Katarzyna', surname: 'Nowicka' },
    { forename: 'Autumn', surname: 'Reid' },
    // roster12: a short form that is also a toy.
    { forename: 'Theodore', surname: 'Lockwood', preferred: 'Teddy' },
    { forename: 'Skye', surname: 'McLeod' },
    // roster13: a first name that is also a famous surname.
    { forename: 'Marley', surname: 'Okoro' },
    // pupil17: word-names in their own sense, a newborn's name, a show's title.
    { forename: 'Summer', surname: 'Blakey' },
    { forename: 'River', surname: 'Ashdown' },
    { forename: 'Ottilie', surname: 'Marsh' },
    { forename: 'Annie', surname: 'Cole' },
  ]),
};

testRule(rule, {
  config,
  valid: [
    // pupil17: a word-name in its own sense with "'s" for "is"/"has", near school talk.
    "Summer's finally here! Back to school on Monday with my new class so making the most of the garden.",
    "River's burst its banks by the bridge again, so the school run took forever and my class were all late.",
    // ... a newborn announced (and named again later in the post), a show's title, helpers at a church do.
    'Our gorgeous girl Ottilie arrived at 2am, 7lb 4oz. Maternity leave starts now and my class are in safe hands. Ottilie is already the boss of the house.',
    "We're doing Annie! this year and my Year 6 class are buzzing about auditions.",
    'Harvest supper after the school day: thanks to Annie on the tombola and Faith on the teas, the church roof fund is nearly there.',
    // ... the writer's partner ("my X" with a couple's word), named again later in the post.
    'Happy anniversary to my Tom! Back to marking my Year 9 mocks tonight.',
    "Ten years married to my Tom today. Back to my class tomorrow. Tom finally admitted we don't need four fans in one room.",
    // Session roster13: a partner's night out, a grown-up's age, a brand before what it makes.
    'Date night with Priya tonight after a very long week in my classroom.',
    'Jack would have been 85 today. Raising a glass to him tonight, then back to my class tomorrow.',
    'Got my new Faith trainers in the sale. Year 4 PE tomorrow so they will be tested.',
    // Session roster13: one judgement per name in a post: a rostered first name the post has already said is a grown-up
    // (a uni friend, a colleague at her leaving do) is that grown-up when named again with nothing said of a child.
    'Twenty years since Cerys and I met on the first day of uni in Leeds, both lost looking for the same lecture hall. We went for afternoon tea on Saturday to celebrate and laughed until the waitress asked us to keep it down. Love you Cerys, here is to twenty more.',
    "Thank you to everyone who came to Priya's leaving do at the office on Friday, she has been our practice manager for ten years. Good luck in Spain Priya!",
    // ... a rostered first name after another first name is a surname ("Bob Marley"); a rostered surname before
    // "household" with no school talk is a home ("The Nowak household"), most often the writer's own.
    'Listened to Legend on the drive home and sang every single word. Bob Marley just hits different when the sun is out.',
    'The Nowak household is officially in Christmas mode. Tree up on the 1st, matching pyjamas ordered, and the elf is stuck in the fruit bowl. My husband says it is too early.',
    // Session pupil12: the writer's own children after "my two", grown-ups who work at a shop or salon.
    'Half term at Center Parcs with my two. Yubo went down the rapids twelve times and Akiva refused to leave the pool. Back to the classroom on Monday.',
    'Big shout out to Ellie at the Co-op who always saves me the last sourdough loaf. Legend.',
    'Got my hair cut by Priya at the salon on the high street, highly recommend.',
    'Date night with the other half at the new Italian. Our waiter Yubo was a legend and brought us free tiramisu.',
    // Session pupil12: the writer's relatives named after the group is introduced, a pet named, a relative in an appositive.
    "Weekend with the nephews. Yubo is 6 and has decided he's a paleontologist, so you can imagine how Saturday went. Back to work Monday for a rest!",
    "Brother-in-law's new puppy is called Zephyrine and she has eaten one sock and a TV remote.",
    'Walked up the hill on our London weekend. Akiva, my father-in-law, led the way with an actual paper map.',
    'Rainy Sunday, so it was Storm & Ellie films back to back and a roast. The boxset is next. Marking for my class can wait.',
    'Went to the Yubo bike shop for a new chain and came out with a whole new bike. Back to school on Monday.',
    // Session pupil12: rostered first names on grown-ups far from school.
    'Finally got a letter back from my pen pal Loujain in Vienna. We have been writing since we were 14.',
    'Phone screen cracked on Monday. Weekend round-up: took my two to see Yubo at the cinema, the animated one, they loved it. Back to school tomorrow, my class have a trip on Wednesday.',
    'Went to see Ellie, my best mate from school, in her first play at the theatre. She was brilliant.',
    'Priya and Ellie at the Albert Hall last night, what a gig. Still humming their songs. Marking to do tomorrow for my class.',
    'Long weekend at my cousin\'s wedding. Ellie looked stunning in red and gold and the mehndi night went on till 3am. Back to a pile of marking and my class tomorrow.',
    // Someone else with a rostered first name (issue 11).,
    // pupil11: a place-name winning something with no class life near.
    // pupil11: a rostered full name that is a public figure's, by what is made about them.
    'Ruby Jones documentary tonight, already emotional',
    'Interview with Priya Sharma on the radio this morning, so inspiring',
    'Listening to a Cerys Llewellyn song on repeat while I mark',
    'Autumn came early this year, the class went conker hunting',
    'Tom is our new phase leader and he is brilliant',
    'Phoenix won the playoff final last night, what a game',
    // pupil11: a grown-up met for a coffee or a drink before or after school, and a business named in lower case.
    'Coffee with Tom before school, the only way I get through a Monday',
    'Quick drinks with Priya and Cerys after school, much needed',
    'Caught up with Priya and Tomasz from our old school, so lovely',
    'Lunch with Cerys, we have been friends since sixth form',
    'Priya in IT fixed my laptop before the assembly',
    'Met Cerys for drinks after parents evening',
    'Thanks Priya for the lift to school this morning',
    "Dinner at Priya's restaurant on the high street, the dosa is unreal",
    "Yousuf's barbers on the corner gives the best fades in town",
    "Cerys's new bakery opens on Saturday, go and support her",
    'My brother-in-law Tomasz is over from Gdańsk',
    'Priya from the coffee van remembered my order again',
    // Session 21: the writer at home with the household while the named one is away.
    "Tom's in Spain this week, so it's just me and the cat",
    'Priya is away with work till Friday, just me and the kids',
    'Cerys from my Pilates class made me laugh so much',
    "Reading Priya's book on leadership, recommend to every new head",
    'Tomasz the plumber finally fixed the boiler',
    'Cerys and Priya, my old uni friends, are visiting',
    'Faith in humanity restored by the bus driver this morning',
    'Lovely walk with the dog this morning.',
    'Jack is such a common name these days', // the name talked about as a word
    'Tom and I won the pub quiz again', // grown-ups' life
    'My husband Femi made me breakfast in bed', // someone else
    'Gosia from uni is visiting this weekend',
    'Cerys Matthews on the radio this morning was great', // another surname: someone else
    "Reading Priya Sharma's new novel, gripping", // a namesake author
    'Big game tonight, come on Novak!!', // a surname alone without family words
    'Hope the weather holds for the weekend',
    'Grace she said, and then the bell went', // a pronoun straight after: not a subject
    'Faith restored, she finally got the boiler fixed', // "Faith" with no verb of its own after it
    'Priya from accounts is leaving, we will miss her', // grown-ups' work
    'My husband Tom cooked tonight, then Year 6 reports', // adult relation
    'Reading Stephen King in the staff room', // not on the roster
    'Smith was top of the table again', // a surname alone is never a match
    'grace under pressure at parents evening', // lower-case word in a capitalised post
    'Grace before meals in assembly, then lunch', // a name that is also a word, at the start of a sentence
    'Year 6 were superb today, so proud of them all.',
    'Easter holidays in Florence with my husband, no marking allowed', // a place, though Florence is on the roster
    'Ruby Murray night with the staff after a long term',
    'Grace period for Year 6 reports ends Friday',
    'Tom and I won the pub quiz again', // a common name, no lesson words
    // A grown-up with a title and a pupil's full name; a name that is also a word, used as the word (issue 11).
    'Guest speaker Dr Loujain Haddad talked to staff about trauma-informed practice',
    'Treasure hunt round the village with my two this afternoon',
    'Ruby wedding party for my parents on Saturday',
    'Storm warning for Friday, wrap up everyone',
    'Tulip fields in Holland are on the bucket list',
    'Priya covered my lunch duty today, owe her one', // a colleague doing the writer's job
    'Femi and I survived parents evening', // the writer's peer
    // A rostered surname with family words, clearly another family (issue 11).
    'The Gallagher brothers are back on tour, I am 17 again',
    'the Novak family next door have a new puppy',
    'Sharma family wedding this weekend, so much dancing',
    // Session 15: grown-ups with a partner, own children, an appositive, a business, a trade, a namesake athlete,
    // a former workplace and a rare name among grown-ups' life.
    'Had dinner with Yubo and his wife, they are moving back to Shanghai',
    'Dinner with Maciek and his wife, we met on our teacher training course',
    'Took my own kids Femi and Efe to the cinema',
    'Lena, the lovely lady at the Polish deli, gave me free paczki',
    "Ola's Kitchen on the high road does the best pierogi",
    'Tomasz, our plumber, fixed the leak in ten minutes',
    'Kadiatou Diallo the athlete is so inspiring for my daughter',
    'Had a lovely coffee with Ola after work, she has just had a baby girl',
    'Catching up with Jack from my PGCE days, 15 years teaching between us now',
    // Session 17: a rostered name after a title, as a shop's name, in a chant, as the complement of a staff role.
    "Rabbi Akiva's story about the drop of water came up in RE today",
    "Sunny's Off Licence was the only place open after parents evening",
    'Glory Glory Man United, what a result',
    'Our new TA is Sunny and the kids already adore her',
    'Lovely day. sunny all afternoon and the kids loved it',
    { text: 'Jack Smith scored for Spurs', config: {} }, // no roster configured
    { text: 'Jack Smith scored', config: { ...config, rosterSecret: 'another-secret' } }, // wrong secret
    // Session 19: values, a grown-up's role after a comma, a word-name after a quantifier, a famous full name.
    'Kindness, Justice and Courage are the three words painted on our school hall wall',
    'Our class value this half term is Justice',
    "Kasia, my Polish teacher on Tuesday evenings, says my pronunciation is 'brave'",
    "Jordan Henderson's career deserves far more credit than it gets",
    'Jordan Henderson with the assist again',
    'We need some Faith in this staffroom',
    'Autumn leaves all over the playground again',
    'Storm, Autumn and Faith are names my Year 6s would give their pets',
    'Faith restored! Someone returned my stapler to my classroom',
    'Loujain Haddad the tennis player is on telly tonight',
    // roster12: a rostered surname after a title or as a plural, with nothing of a child of theirs: a colleague, a
    // neighbour, a shopkeeper, another family from the writer's road, a famous family.
    'Mrs Boateng, our new deputy head, brought flapjacks for the staffroom',
    'Mrs Mensah next door has had her cataract operation and is already telling the bin men off',
    'Mr Gill at the corner shop has started stocking my favourite biscuits',
    'The Boatengs from our road had a street party for the jubilee, bunting everywhere',
    'The Gallaghers are back on tour and I am 17 again',
    'Mr and Mrs Novak from over the road came for dinner, lovely couple',
    'Our neighbours the Boatengs have had a new baby, so lovely. Back to my class tomorrow.',
    'The Novak family have moved in next door, they seem nice. Back at school tomorrow.',
    // roster12: a grown-up's job right before the name, set off by commas; a teddy bear.
    "Dad's in hospital again but the nurse on his ward, Glory, has been an absolute gem",
    'My hairdresser, Sunny, has moved to a new salon in town and I am bereft',
    'Teddy bears picnic with my class today, so cute',
    // roster12: grown-ups' life in the name's sentence; class life only after a topic turn.
    'Shout out to faith, which got me through this week',
    // roster12: an island that is also a name, after "on"/"to"/"of".
    'Half term plans: a week on Skye with the in-laws, then back to my class for the spring term.',
    'Yubo brought the wine and it was lethal. Work in the morning, my class have PE first thing.',
    // ... or in the sentence just before, which the name's sentence goes on with.
    "Drove down to Cardiff for my cousin's 30th, ended up dancing till 2. Yubo was on top form as always. Then Monday: back to school, my class had a supply on Friday.",
    'Had coffee with an old friend on Saturday. Priya has just moved back from Dubai and has so many stories. Back to my class on Monday!',
    'Sunday lunch at ours. Priya brought her famous plum brandy and we all regretted it. Tomorrow it is back to my Year 5s and our Romans topic.',
  ],
  invalid: [
    // pupil17: the same names as pupils.
    { text: "Summer's been brilliant in my class this week, her writing has come on so much", spans: ["Summer's"] },
    { text: "River's painting won the art prize in my Year 4 class", spans: ["River's"] },
    { text: 'Annie in my class was cast as the Artful Dodger and she nailed her solo', spans: ['Annie'] },
    // Session roster13: a child's age, a child with new trainers, a date of a class.
    { text: 'Jack is 7 today and my class sang happy birthday to him', spans: ['Jack'] },
    { text: 'Jack was 20 points ahead in the class spelling quiz', spans: ['Jack'] },
    { text: 'Faith brought her new trainers in for PE with my class', spans: ['Faith'] },
    // Session roster13: the same first name as a friend and then with a pupil's own evidence keeps the pupil.
    { text: 'Cerys in my class read her poem to the whole school today. Then tea with my friend Cerys, who is a teacher too.', spans: ['Cerys'] },
    { text: 'Marley finished his first chapter book today', spans: ['Marley'] },
    { text: 'The Nowak household sent in the most amazing volcano for our science week', spans: ['Nowak household'] },
    // roster12: a rostered surname as a pupil's family: plural ("the Novaks"), after a title with their child in the
    // sentence ("Mrs Nowicka ... her daughter"), "Mr and Mrs X" at parents' evening.
    { text: 'Lovely to see the Boatengs at the mosque open day, their youngest is in my class', spans: ['Boatengs'] },
    { text: 'Bumped into the Novaks at the Christmas fair and their youngest showed me her new reading book from my class', spans: ['Novaks'] },
    { text: 'The Boatengs sent a lovely card at the end of term, their lad has grown so much in my class this year', spans: ['Boatengs'] },
    { text: 'Mr and Mrs Mensah came to parents evening and were thrilled with his reading', spans: ['Mr and Mrs Mensah'] },
    { text: 'Mrs Nowicka popped in to say thank you for helping her daughter settle into my class', spans: ['Mrs Nowicka'] },
    { text: "Mrs Okoro's youngest is in my class and she is a delight", spans: ["Mrs Okoro's"] },
    { text: 'Had a lovely chat with Mrs Gill at pick up, her son has settled in so well', spans: ['Mrs Gill'], reasons: ['family words'] },
    { text: 'Bumped into Mrs Gill in town, her son has grown so much', spans: ['Mrs Gill'], reasons: ['worth a look'] },
    // roster12: a lower-case name in a capitalised post, doing something to "his"/"her" thing.
    { text: 'At school the best bit of my week was yubo reading his poem to my class', spans: ['yubo'] },
    // roster12: a word-name after "from" is a place, unless a parent of hers follows: "an email from Faith's dad".
    { text: "Had a lovely email from Faith's dad saying she has been reading to her little brother every night", spans: ["Faith's"] },
    // roster12: after "watching", a hyphenated name seen doing something is a child, not a show's title.
    { text: 'Watching Harmony-Rose dance in the nativity was the best bit', spans: ['Harmony-Rose'] },
    // roster12: a lower-case word-name praised, then "who": a person.
    { text: 'A quiet shout out to glory, who was so nervous about moving up and today presented her topic to my whole class', spans: ['glory'] },
    { text: 'Skye in my class asked if clouds are made of candyfloss', spans: ['Skye'] },
    { text: 'mrs nowicka came in to thank me for helping her daughter settle into my class', spans: ['mrs nowicka'] },
    // roster12: a hyphenated first name run together, in a hashtag or typed.
    { text: 'Well done #maryjane for her poem in assembly today', spans: ['#maryjane'] },
    { text: 'Harmonyrose read her story beautifully in class today', spans: ['Harmonyrose'] },
    // ... and a pupil's role before the name is no grown-up's job.
    { text: 'The new girl in my class, Glory, has settled in brilliantly', spans: ['Glory'] },
    // Session pupil12: a long post wanders; grown-ups' life in another sentence leaves the pupil; a past-tense verb after a name.
    { text: 'Cold, tired and full of crumpets. Bins were missed again, so our road now looks like a festival site. Ellie and Yubo made me a get well soon card with a picture of me as a ghost. I have been off two days with a cold. Anyway, kettle on. Bed now.', spans: ['Ellie', 'Yubo'] },
    { text: 'Yousuf arrived in January speaking no English and today he read a whole book to me.', spans: ['Yousuf'] },
    // roster12: grown-ups' life in the sentence before, but the name's own sentence is about class.
    { text: "Thanks to everyone at work for covering me. In among it all, Yubo and Zephyrine made me a card that says 'we hope your dad gets beter'.", spans: ['Zephyrine'] },
    { text: 'Drinks with the girls on Friday, far too much prosecco. Yubo finally cracked his times tables in maths today and I nearly cried.', spans: ['Yubo'] },
    { text: 'Jordan Henderson in Year 5 made a documentary about our school garden', spans: ['Jordan Henderson'] },
    { text: 'Faith is our deputy head girl this year', spans: ['Faith'] },
    // pupil11: a word-name ranked top, a word-name as the subject of a pupil's role.
    { text: 'Autumn came top in the times tables challenge again', spans: ['Autumn'] },
    { text: 'Justice is our new reading ambassador and takes it very seriously', spans: ['Justice'] },
    // pupil11: a place-name that wins a class quiz, a word-name that finds something at playtime.
    { text: 'Phoenix won the class quiz by one point and did a lap of honour', spans: ['Phoenix'] },
    { text: 'Treasure found a ladybird at playtime and we all had to stop for a look', spans: ['Treasure'] },
    // Session 21: a word-name that stands up and does what only people do.
    { text: "Grace stood up and told everyone about her grandma's farm in Kenya", spans: ['Grace'] },
    // ... and "just me and" a pupil is not the household.
    { text: 'The walking bus was just me and Priya this morning because of the rain', spans: ['Priya'] },
    // Session 17: a double-barrelled name's possessive, an Akan day name's everyday form, pupils as the complement of
    // a pupil's role, a lower-case word-name praised and called "she".
    { text: "Harmony-Rose's rainforest poster is on our corridor wall", spans: ["Harmony-Rose's"] },
    { text: 'Kojo was captain at football club today and did not stop smiling', spans: ['Kojo'] },
    { text: 'Our school councillors this year are Akiva and Sunny', spans: ['Akiva', 'Sunny'] },
    { text: 'so proud of glory today, she was so brave at the dentist talk', spans: ['glory'] },
    { text: 'Glory and Akiva are brilliant', spans: ['Glory', 'Akiva'] },
    { text: 'glory was so helpful at lunch today', spans: ['glory'] },
    { text: 'Great day today. glory was so kind to a friend at lunch', spans: ['glory'] },
    // Compound short forms and word-names acting as people (issue 11).,
    { text: 'Harman smashed his times tables check today', spans: ['Harman'] },
    { text: 'temi read the class story beautifully', spans: ['temi'] },
    { text: 'Faith sang a solo at the carol concert', spans: ['Faith'] },
    // The sentence goes on to call its subject "her"/"his", or calls it a person.
    { text: 'Faith had the best week, her writing has come on leaps and bounds', spans: ['Faith'] },
    { text: 'Grace was a superstar in the nativity. Not a dry eye in the hall.', spans: ['Grace'] },
    { text: 'So proud of Jack Smith today', spans: ['Jack Smith'], reasons: ['full name'] },
    { text: 'JACK SMITH!!!', spans: ['JACK SMITH'] },
    { text: 'jack smith has been a star', spans: ['jack smith'] },
    { text: "Amelia Khan's reading has come on so much", spans: ["Amelia Khan's"] },
    { text: 'Zoe Adeyemi and Zoë Adeyemi', spans: ['Zoe Adeyemi', 'Zoë Adeyemi'] },
    { text: 'Well done to Jack\nSmith', spans: ['Jack\nSmith'] },
    { text: 'Well done Ja\u200Bck Smi\u200Bth', spans: ['Ja\u200Bck Smi\u200Bth'] },
    { text: 'Shout out to Jack S. for his poem', spans: ['Jack S'], reasons: ['surname initial'] },
    { text: 'Certificates: J. Smith, A. Khan', spans: ['J. Smith', 'A. Khan'], reasons: ['initial and surname'] },
    { text: 'Look at this! #JackSmith #ameliakhan', spans: ['#JackSmith', '#ameliakhan'], reasons: ['hashtag'] },
    { text: 'follow @jacksmith2015 lol', spans: ['@jacksmith2015'] },
    { text: 'Ollie Brown read beautifully', spans: ['Ollie Brown'] },
    { text: 'Izzy Nowak, star of the week', spans: ['Izzy Nowak'] },
    { text: "Mary-Jane O'Neill won the prize", spans: ["Mary-Jane O'Neill"] },
    { text: 'Mary Jane Oneill won the prize', spans: ['Mary Jane Oneill'] },
    { text: 'Jack was brilliant in assembly today', spans: ['Jack'], reasons: ['in a post about school'] },
    { text: "Year 6 trip: Amelia's first time on a coach", spans: ["Amelia's"] },
    { text: 'Zephyrine made me laugh so much today', spans: ['Zephyrine'], reasons: ['unusual'] },
    { text: 'in class today ollie said the funniest thing', spans: ['ollie'] },
    { text: 'Our class assembly went well and Grace sang a solo', spans: ['Grace'] },
    { text: 'So proud of Amelia and Isabella for their science fair project', spans: ['Amelia', 'Isabella'] },
    { text: 'ollie b finally remembered his PE kit. miracles do happen', spans: ['ollie'] },
    { text: 'Isabella and Mary-Jane did a duet at the Christmas concert', spans: ['Isabella', 'Mary-Jane'] },
    // Short forms across cultures, accents either way, hashtags and handles, surnames with family words.
    { text: 'Femi was an absolute superstar in the spelling bee today', spans: ['Femi'] },
    { text: 'Gosia finally read a whole page aloud to the class', spans: ['Gosia'] },
    { text: 'Tomek scored the winning goal at lunch', spans: ['Tomek'] },
    { text: 'Nnamdi asked if dinosaurs had teachers. Deep questions in Year 3', spans: ['Nnamdi'] },
    { text: 'so proud of zsofi today', spans: ['zsofi'], reasons: ['worth a look'] },
    { text: 'Malgorzata Kowalczyk has the neatest exercise book', spans: ['Malgorzata Kowalczyk'] },
    { text: 'Zsofia Varga won the county poetry prize', spans: ['Zsofia Varga'] },
    { text: '#GoGosia county finals here we come', spans: ['#GoGosia'] },
    // Session pupil12: "proud of you" before the name.
    { text: '#ProudOfYouRuby, first time all the way up the climbing frame!', spans: ['#ProudOfYouRuby'] },
    { text: '@tomeknowicki2016 stop posting about Minecraft', spans: ['@tomeknowicki2016'] },
    { text: 'The Novak brothers were so helpful at the fair', spans: ['Novak brothers'], reasons: ['surname'] },
    { text: 'Great to see Cerys at the park today', spans: ['Cerys'], reasons: ['worth a look'] },
    // A parent's child; a word-name acting as a person.
    // (roster12: her mother's title and surname, with "her daughter" after it, identify the pupil too.)
    { text: 'Mrs Moyo said her daughter Rumbidzai has been practising her lines every night', spans: ['Mrs Moyo', 'Rumbidzai'] },
    { text: 'Treasure finally beat me at chess', spans: ['Treasure'] },
    { text: 'Storm had a much better day today', spans: ['Storm'], reasons: ['worth a look'] },
    { text: 'Proud of loujain today', spans: ['loujain'] },
    { text: 'Yusuf was so helpful in class today', spans: ['Yusuf'] },
    { text: 'the Novak brothers came round for tea', spans: ['Novak brothers'], reasons: ['worth a look'] },
    { text: 'Tulip painted a self-portrait in art club', spans: ['Tulip'] },
    // Session 15: a Yoruba short form from the end of the name, a Sikh middle name, one-to-one work, "watching" a
    // pupil do something, a word-name doing what people do.
    { text: 'Posi read her story to the whole class', spans: ['Posi'] },
    { text: 'Teghbir Singh Sandhu, you superstar, thanks for your help in the library', spans: ['Teghbir'] },
    { text: 'Reading with Yubo this morning, three books and he wants a fourth', spans: ['Yubo'] },
    { text: 'Watching Kadiatou take her first penalty at the tournament', spans: ['Kadiatou'] },
    { text: 'Harbour painted the most beautiful sunset for our art display', spans: ['Harbour'] },
    // Session 19: a part in a school event, a negated auxiliary, a place-name doing what only a person does, a child's
    // question about the world.
    { text: 'Storm played the donkey in the nativity with total commitment', spans: ['Storm'] },
    { text: 'Autumn was the narrator in our harvest assembly', spans: ['Autumn'] },
    { text: "Zosia wouldn't stop giggling during silent reading", spans: ['Zosia'] },
    { text: 'Phoenix finished his first chapter book today', spans: ['Phoenix'] },
    { text: 'Justice asked me whether clouds are heavy', spans: ['Justice'] },
    { text: 'mrs banda came to collect rumbidzai early', spans: ['rumbidzai'] },
    { text: 'Faith, who joined us in Year 3, has been chosen as school librarian', spans: ['Faith'] },
    { text: 'Well done Kojo, county champion', spans: ['Kojo'] },
  ],
});
