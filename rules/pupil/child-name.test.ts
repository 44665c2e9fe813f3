import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './child-name.ts';
import { hashRoster } from '../../lib/engine/roster/index.ts';

testRule(rule, {
  valid: [
    // pupil17: a show's title after what a cast does, a newborn announced, helpers at a fete, a word-name in its own sense.
    "We're doing Oliver! this year and my Year 6 class are buzzing, auditions next week.",
    'Back to school on Monday with my class. Auditions for Matilda the Musical at the am-dram tonight though!',
    'Welcome to the world, little Ottilie! Arrived at 3.12am, 7lb 2oz, for my amazing sister. Back in my classroom tomorrow. Ottilie already has us all wrapped round her finger.',
    'Summer fair done! Thanks to Margaret on the tombola, Keith on the barbecue and Dilys who sorted the bric-a-brac. My class loved the sponge throw.',
    "Summer's finally here and my class are going feral in the heat.",
    // ... the writer's partner called "my X" with a couple's word, and the same name later; helpers who ran the teas.
    'Happy anniversary to my Idris! Back to marking the Year 9 mocks tonight.',
    "Ten years married to my Idris today. Back to my class tomorrow. Idris finally admitted we don't need four fans in one room.",
    'Bronwen and Eirlys ran the teas at the church fair. Back to my class on Monday.',
    "My brother's over from Dubai with his little ones, Zayn and Amira. Jet lag chaos. My Year 3s have their class assembly this week.",
    // Session pupil15: a famous surname elsewhere in the post makes the first name alone that person.
    'Bellingham with another worldie last night. Jude is the best midfielder in the world and my Year 9s agree.',
    // Session pupil15: school talk only in a sentence that announces the return to school ("Back to school tomorrow")
    // says the rest of the post is not school: the writer's own children, friends' children, singers, characters.
    'Half term with the kids. Ezra and Mabel built a den in the woods and fell in the stream. Back to school tomorrow and my Year 3s have their class assembly.',
    'Watching the Eurovision with a takeaway. Loreen was robbed. Back to work on Monday, the Year 10 mocks start.',
    'Little Ava next door has started calling me Auntie Jo. Home by ten because school tomorrow.',
    // Session pupil15: a grown-up's joke at the pub, a grown-up asking the writer to cover a shift.
    'Jordan told me a joke at the pub about a penguin and I nearly spat my pint out. Long week of marking ahead.',
    "Kai asked me today if I could cover his shift on Saturday. Long week of marking ahead.",
    // Session pupil15: a singer named in full then by first name; a TV child after "watch <Title>"; a friend on the
    // writer's Saturday run; a neighbour's lad; a date night.
    "Sabrina Carpenter at Hyde Park was everything. Sabrina, if you're reading, marry me. Back to school tomorrow, my Year 6s have SATs practice.",
    'Did anyone watch The Piano last night? The little girl Lucy who played Chopin had me in bits. Back to school tomorrow, my Year 6s have SATs practice.',
    "Saturday run with Grainne round the reservoir, she's training for Manchester. Back to school tomorrow, my Year 6s have SATs practice.",
    "Our neighbour's lad Tomasz mowed our lawn for a fiver. Back to school tomorrow, my Year 6s have SATs practice.",
    'Date night! Tapas with Dev, then the cinema. Back to school tomorrow, my Year 6s have SATs practice.',
    // Session pupil15: the writer's own children without "my": a home milestone in the name's sentence, a working
    // parent's voice, own children counted in the sentence before a class named.
    "Took the stabilisers off the bike today and Edie was gone, down the lane, shouting. Back to school tomorrow, my Year 5s have a maths test.",
    // Session pupil16: a parent's routine with their own small child in the sentence before, around or after the name.
    'Swimming lessons at 8am on a Saturday should be banned. But Zaid got his 10m badge today and did the proudest wave from the deep end.',
    "The tooth fairy nearly forgot last night. Marnie's first wobbly one came out at tea and she made me promise she'd come. Year 4 assessments all week.",
    'Morning school run chaos: Kit lost a shoe in the car and the baby threw toast at the window. Then I taught three lessons before coffee.',
    'Bedtime tonight took an hour. Ayla wanted the dinosaur song, twice, and a glass of water. Marking can wait.',
    'Nappy-free since Friday and Ottoline has had two accidents, both on the new rug. My Year 2s are easier.',
    // Session pupil16: grown-ups at school named after their role; children on TV and singers at a gig.
    'Thank you to our parent volunteers this term. Jodie has done reading with Year 2 every Thursday since September.',
    'New site manager started this week — Mikael, who fixed the boiler on day one. Staffroom is buzzing.',
    "Obsessed with the kids' version of Bake Off. Tiny Marnie's sugar castle had the judges in tears. Back to school tomorrow, my Year 6s have SATs practice.",
    'Finally the big gig: Niamh came on stage at nine and played the whole album front to back. Teaching phonics today with no voice, sorry Year 1.',
    // Session pupil16: a player's moment in a match watched as a fan; a brand after "like it's".
    "What a game last night! Bukayo's run in the 80th minute had me off the sofa and then Declan's header from the corner. My Year 9s will be unbearable.",
    "Kane's penalty miss was painful. The lads at five-a-side won't stop going on about it. Year 11 mocks all week.",
    'Big shout out to Maurice the lollipop man, who wears his new coat like it\'s Dior. Love our school.',
    'Cyngerdd Nadolig Blwyddyn 2 heno, da iawn bawb',
    "World Book Day panic. Ottilie went as the Gruffalo in a costume held together with parcel tape. Proud of my efforts as a working mum. Teaching all day dressed as a witch.",
    'Our two are finally both at school now. Ivy is in Year 2 and Reggie has just started Reception. I am back full-time teaching and the house is so quiet.',
    "Watching Harry Potter with my own kids this weekend. Hermione is the real hero, I don't make the rules. Ron is comic relief, fight me. Back to school Monday.",
    // Session pupil15: grown-ups in a long post: friends met up with, friends from teacher training, a pub quiz team.
    'Met up with Chloe and Hannah from teacher training this weekend, cocktails and karaoke. Back to my Year 4s tomorrow, lessons not planned.',
    'Quiz night at the pub with the usual team: Tom, Kerry and Anwar. Came second. Home by 11 because school tomorrow.',
    'Lovely catch up with Anwen from my PGCE year. Back to my class tomorrow.',
    // Session pupil15: characters of a film or a book named after its title (a watching or reading verb before two
    // capitalised words), in a post that also talks about school.
    'Watching Toy Story with the kids tonight. Jessie is the real star, fight me. Back to my class on Monday, planning not done.',
    "We're reading Kensuke's Kingdom in class and they are all desperate to know what happens to Michael and the dog.",
    'Film club showed Matilda today and every kid in the room booed at the telly. Best Friday afternoon in my classroom.',
    // Session pupil15: relatives' and grandchildren's names in a long post, with school talk only in another sentence.
    "Brother-in-law's lot came for Sunday lunch, their three (Idris, Nell and baby Wren) demolished a trifle. Loaded the dishwasher three times. Lesson plans for my class still not done.",
    "His little ones are staying with us while he's working away. Fynn is 4 and thinks our cat is a tiger. Back to teaching on Monday and it'll feel calm in comparison.",
    'Nephew\'s birthday party at the trampoline park today. Jude bounced for two hours and fell asleep in his party bag. Straight back to marking for my Year 9s after.',
    "Nephew's party at the trampoline park: six-year-olds, sugar and gravity. Jude bounced for two hours and fell asleep in his party bag. My sister looked as tired as I feel after a Friday with Year 9.",
    'Grandchildren day! Elsie and Ted came over and we made rock cakes. Retired from teaching and busier than ever.',
    // Session pupil14: lessons a family pays for (piano, swimming, ballet) are no school talk beside a sibling named.
    'Rosalind started piano lessons this week and loves it. Her brother Tadhg wants to learn the drums now, heaven help us.',
    // Session pupil14: someone the writer meets or goes out with for their usual walk, run or swim is a grown-up friend.
    'Shattered after a long week at school. Met Eluned by the canal at eight for our usual Saturday walk, eleven miles and two cafes later I feel human again.',
    'Back at school after the Easter break. Dragged myself out with Siobhan for our weekly run round the lake, then straight into planning for my class.',
    // Session pupil14: a writer who says they were at a school event "as a parent" / "as a mum" names their own children.
    'Parents evening as a parent for once, on the other side of the table. Wilfred never stops talking in phonics apparently, which tracks.',
    'Sports day as a mum instead of a teacher. Elodie won the sack race and Caspian cried because his egg fell off the spoon. Sunburnt and happy.',
    // Session pupil14: a character of the book the class reads, named without the title, in the sentence that
    // speaks of the novel, its author or its chapters (or the one after it), and doing what happens in a story.
    "My class are loving our new class novel. Yusuf's journey across the desert had them gasping at every page, and the author leaves every chapter on a cliffhanger.",
    'Read the last two chapters to my Year 4s before home time. When Mirela finally found her dad at the harbour, the whole room went silent.',
    // Session pupil14: a brother's, sister's or cousin's children counted after "her"/"his"/"their" in a post that
    // names that relative ("her two", "his little ones", "their three").
    "Lunch at my brother's on Sunday after a long week at school. His little ones are three and six now. Wilf read me his whole dinosaur book and Aurelia painted my nails.",
    'My sister came over with her two after school pickup and the house was carnage. Her two are wild. Marnie had a new scooter and Ptolemy wanted me to watch every trick. Planning for my class can wait.',
    'Cousin came to stay with their three and the kids ran riot all weekend. Their three loved the beach. Soren built a den and Ilse fell in the rock pool. Back to my class on Monday.',
    // Session pupil13: a colleague at a staff social named in the sentence before, players of a team being watched,
    // a part of a book or show ("Julian's chapter").
    'Great night at the Christmas do. Farrah from Y4 did karaoke and was brilliant, our head did the conga.',
    'What a tournament. The Lionesses were immense: Leah, Millie, Lucy and Chloe were unreal at the back and that penalty from Chloe!!',
    'Cricket on the telly all afternoon. Joe and Harry batted beautifully and Ben hit six sixes.',
    "Finished Wonder with my Year 5s. Julian's chapter got the best discussion all year.",
    "Rewatched Inside Out with the kids. Riley's big scene at the end still gets me.",
    // Session pupil13: the writer's own children in a family post with no school word: "their dad" as the other
    // parent, a sibling named ("her brother Tobiah").
    'Rafe is DESPERATE for a pirate costume for his party and I have left it all to the last minute. Their dad is away all week so I am solo parenting again.',
    'Ines started ballet this week and absolutely loved it. Her brother Tobiah is jealous so he wants to go too. Costs a fortune but worth it.',
    'Zuzia lost her first tooth at the cinema on Saturday, so it has been a big weekend in our house.',
    'Met Ksawery for a coffee on my break, he has had a rough week at the garage.',
    'Sat with Marcus at lunch because he had fallen out with his boss again, poor lad.',
    'Sat with Jodie at lunch, she was upset about her landlord putting the rent up.',
    'Sleepover with the grandkids. Maisie is 7 and Ezra is 4 and they were up till ten giggling.',
    'Afternoon with the godkids. Tallulah is 8 now and beats me at chess.',
    'Staff night out last night. Jodie from Reception won the quiz and Priyanka from Y6 sang Mamma Mia at the karaoke.',
    'Netball on the telly while I mark. Helen and Imogen in the circle were immense.',
    'Fire drill at work today, so we all stood in the car park for forty minutes. Marcus from accounts had brought a brolly, smug as anything.',
    'Half term at Center Parcs with my two. Kairo went down the rapids twelve times and Neve refused to leave the pool. Back to the classroom on Monday.',
    'Staff meeting ran over. The car is broken. The boiler is broken. Kate painted a sunflower for the staffroom wall, she is so talented.',
    'Marking done and my class were angels today. Then home: the washing, the bins, the boiler. I rang the council about the bins for an hour. Sunday was a washout too. My husband built a rocket out of cereal boxes for the kids. Early night.',
    'Long day of marking then physio. My physio Anneliese has magic hands, back feels brand new.',
    "Half term reading list: Matilda, then the new story: Charlotte's Web.",
    // Session pupil12: "her daughter" after the writer's friend or sister is named: the friend's child.
    'Had a lovely lunch with my friend Gemma. Her daughter Poppy is doing so well at her new school, reading chapter books already.',
    'Weekend round-up: took my two to see Belle at the cinema, the animated one. Back to school tomorrow, my class have a trip on Wednesday.',
    // Session pupil12: a friend's child, and a name the post has already called family.
    "Congratulations to my friend's little girl Aoife who has just got a place at the grammar school!",
    'My friend Jade\'s little boy Marley started nursery today and she cried more than he did.',
    'So proud of my little brother Seb who has just passed his PGCE and is starting as an NQT at a school in Leeds in September. Welcome to the madhouse, Seb.',
    // Session pupil12: a double-barrelled surname with a grown-up's age.
    'Olivia Newton-John, 73, has died, what a voice she had',
    // Session pupil12: care given to a grown-up, a social coffee, a grown-up's best friend.
    'Had to give Dave a pep talk before his job interview this morning',
    'Coffee with Imogen before work, she told me all about her new baby brother-in-law',
    'Gave Martha a plaster after she cut her finger chopping onions at the pub',
    // Session pupil12: in a long post the writer's family named in the same stretch as the name, or the same
    // name introduced as family elsewhere in the post, still makes it family.
    'Lovely week off. Took the dog to the beach on Monday. Went to the garden centre on Tuesday. My nephew Caleb came for tea on Wednesday. He read his new book to me all evening, every single page. Back to work soon.',
    'Nice quiet Sunday. My niece Tilly is staying with us this week. We baked a cake and watched a film. The weather was awful all day. Tilly read a whole page of her book to me at bedtime. She is growing up so fast.',
    "School's out for my kids. On the fridge: beach, museum, picnic, cinema, a day at Nana's. Lots of screen time will happen instead.",
    'Big thank you to the receptionist at the dentist who calmed my very nervous son in the waiting room. She showed him the fish tank and told him a story about a brave tooth. By the time we went in, Teodor was grinning.',
    // The writer's own child (issue 11, clean12): "our little Hamza" as families say it, "my very anxious daughter"
    // with words between, and a parent's report of "his teacher wrote back".
    'Our little Hamza started nursery this week and I cried more than he did. He walked straight in and found the dinosaurs.',
    'Thank you to the nurse who calmed my very anxious daughter before her jab. She let her press the buttons, told her a story about a brave bear, and by the time it was done Elodie was smiling.',
    "Tobias wrote in his school reading record: 'It was a book.' His teacher wrote back 'Thank you for this detailed review, Tobias!'",
    // Grown-ups by where they are from, in-laws, epithets, pets, authors' books, name talk (issue 11).,
    "How far Beyonce has come since her Destiny's Child days",
    'How far my sister Dagny has come since she started her business, so proud',
    'Nadia made me a card for my birthday, she is the best neighbour',
    'Tamsin read the whole book in one night and told me the ending',
    'Tom Jones was brilliant at the concert last night',
    'My husband Jaxon has been such a little helper this week while I mark',
    'Mrs Jones told me Shanice is retiring this term, we will miss her',
    'Priyanka came into class late again, the yoga teacher was not impressed',
    'Cerys came into the office beaming about her new job',
    'My husband Ishan painted me a picture for our anniversary, I cried',
    'Nadia held my hand all the way through the scary film, what a friend',
    // pupil11: the same kinds of evidence said of the writer's own child, a friend, a grown-up's request.
    'My son Oakley asked me if I was alive when the dinosaurs were around',
    'Jasmine asked if I fancied seeing the new dinosaur film at the weekend',
    'My friend Priya read a whole book on the plane without stopping',
    'Collected Mia from the airport this morning, so good to have her home',
    'How proud am I of my sister Kezia. She managed the whole marathon without stopping.',
    "A little birdie tells me our chair of governors is stepping down",
    // pupil11: thanks for a staff-only event, someone met at a conference.
    'Thank you to Anvi and Tolga for organising the staff quiz, what a night',
    'Met Saffron at a conference last year, she runs a brilliant maths hub now',
    // pupil11: friends met for brunch or a coffee, with the place they know each other from.
    'Brunch with Tegan and Shanice, the girls I trained with, exactly what I needed before the new term',
    'Coffee with Zainab before school, she always knows what to say about my class',
    "Lunch at Tobiah's cafe after the school run, the best eggs in town",
    'My sister-in-law Yetunde is staying for half term',
    'Kwabena from the car wash did a great job, then back to marking',
    'Thanks to Emma and Sarah in the office for sorting out the trip money',
    "Reading Sadia's book on curriculum design over the holidays",
    'Year 3 named the class hamster Nibbles',
    'Oakley the school dog is back after his op',
    'Picking up Zaid from nursery then straight to parents evening',
    "Siobhan means 'God is gracious', my Year 8s told me",
    'Mo Farah visited our school today!',
    'My Year 10s are reading Romeo and Juliet this term',
    'Holly and ivy decorations are up in the classroom, so festive',
    'So proud of my little girl Hope, she swam 10m at her swimming lesson',
    'Will the photocopier ever work? Year 6 reports due Friday',
    'Summer has arrived and Year 2 are melting',
    'Story time was chaos today but the class loved it',
    "Our Zuri starts Reception in September and I'm not ready", // the writer's own child
    // An all-capitals name-word is emphasis.
    'Top tip for new teachers: the photocopier WILL jam the morning of your observation. Print the night before!',
    // Session 17: the complement of a staff role, a business name in capitals, a title, a public figure, a chant.
    'Our new TA is Bex and the kids already adore her',
    'The safeguarding leads this year are Donna and Imran',
    'Our local councillors are Jane and Bob, they opened the school fair',
    "Priya's Nail Bar for a treat after parents evening",
    'Imam Yusuf came to speak to our Year 8s about Ramadan',
    'My Year 6s all think Lauren James is the best footballer in the world',
    'Rosie Rosie Rosie, the Year 2 chant at sports day is stuck in my head',
    'Summer was so lovely, thank you all for the cards',
    "Sarah's mum is lovely and made us tea in the garden",
    'My husband Tom made dinner tonight', // an adult, and no school context
    "Reading Stephen King's new book on the train", // famous, no school context
    'Amelia came round for tea', // a name, but nothing about school
    'Year 6 were brilliant today, so proud of them all.',
    'Our head Sarah led a lovely assembly', // staff, not a pupil
    'Claire, my TA, saved the day in class again',
    // Session 21: grown-ups with the same time, feeling and activity words as a child in the writer's care; the
    // writer's own child; a plant on a building; a grown-up's own event; a full name with no school word.
    'Sophie finally passed her driving test today!!',
    'Priyanka beamed all the way through her graduation this morning, so proud of her',
    "Aisha's little face when I told her the holiday was booked, best friend ever",
    "Can't believe my little Esme starts secondary in September",
    "The neighbours' little girl Esme knocked on the door to show me her new bike",
    'Harriet ran her first marathon today, absolute legend',
    'Lucy taught me to knit this afternoon and I am obsessed',
    'Ivy over the porch at school is finally turning red',
    "My eldest daughter's school report says 'Freya is a chatterbox'. Yes. We know.",
    'My daughter\'s teacher says Thea is the kindest in the class. Happy mum',
    "Freya's leaving do tonight, going to miss her so much, best TA ever",
    "Junaid Safdar's book on behaviour is on our staff reading list",
    'Ben told everyone at the party about his promotion this week',
    // ... a day's clock beside an activity alone, a grown-up's age.
    'Jess spelt my name wrong on the cake this morning',
    'Hannah counted 200 steps up the lighthouse this morning',
    'Aisha finally learnt to swim this summer at 35, so proud of her',
    'Chloe painted my nails this afternoon, bliss',
    'Reading Harry Potter with my class this term', // a character
    'Summer term is nearly over and the kids are shattered', // month/season word, not a name
    'Grace before lunch, then back to the classroom', // a name-word at the start of a sentence
    'Year 4 are learning about Florence Nightingale',
    'Mr Smith and Mrs Jones ran the school trip',
    'Chelsea were awful again, marking my Year 9 mocks to cheer up', // a club, far from the cue and a word-name
    'my son Jack has his nativity tomorrow', // the member of staff's own child
    'Off to St Mary\u2019s for a school visit',
    // Session 15: grown-ups by the clause around them, brands of two words, an author's middle initial, class pets,
    // values, a particle surname, a former workplace.
    'Working with my mum on the new timetable for the allotment',
    'Dinner with Yusuf and his wife, then back to marking my Year 9 mocks',
    'Took my own kids Rumi and Idris to the school fair',
    'Tried the new Ted Baker shop, way too expensive for a teacher',
    "Reading Onjali Q. Raúf's The Boy at the Back of the Class with my Y5s",
    'Chase & Storm, the two hamsters in my classroom, escaped again',
    'Grace, Hope and Faith are the three values our school is built on',
    'Mo Salah and Virgil van Dijk posters everywhere in my classroom',
    'Lunch with Gemma and Lou from my old school, missed these two',
    "Zeynep's Kitchen does the best lunch near school",
    'Watching Frozen again with my Year 1s, send help',
    'Reading with Sarah at book club tonight, wine in hand',
    "Saw Mabel at the school gate, she's expecting twins!",
    'Listening to Kendrick while marking Year 10 essays',
    // Grown-ups' names now rare among children need direct evidence: colleagues thanked for school events.
    'Thanks to Sandra and Bev for running the PTA disco',
    'Working with Sian on the new timetable all weekend, send coffee',
    'Kate and Jo ran the staffroom bake off and raised £80',
    // Months and places that are also names.
    'Back to school in September, so August is for sleeping',
    'KS2 SATs week starts 12 May 2025',
    'Year 13 results day is 14 August, fingers crossed',
    'Our trip to York in May was the highlight of the year for Year 4',
    'We did the Great Fire of London today, Year 2 loved it',
    'Year 9 exchange to Lyon confirmed for the spring term',
    // Curriculum figures, characters, plants.
    'Year 2 loved Samuel Pepys burying his cheese',
    'Matilda, The Twits and The BFG - Year 3 Roald Dahl day was a hit',
    "Charlotte's Web is the class book this term",
    'Lily pads in the pond are back, the Year 1 science lesson wrote itself',
    'Holly and ivy decorations are up in the classroom!',
    'The shooting at Sandy Hook elementary school in 2012',
    'Chelsea lost again. At least my Year 8 class cheered me up.',
    'Summer has arrived and the classroom is baking',
    'Year 5 are reading The Iron Man by Ted Hughes and loving it',
    'Lovely chat with Megan\'s grandad in the park', // no school talk: a neighbour's grandchild
    'Dinner with Rahyl from the gym, what a catch up', // no school talk
    'My husband Kwame made me a lasagne',
    'Sherlock Holmes week in Year 5', // a character
    // Lists of grown-ups, a parent's child without school talk, the writer's own and relatives' children.
    'Thanks to Sarah, Jo and Priya for a brilliant night out, my feet are ruined',
    'Shoutout to Deborah, Carol and Wendy in the office who keep this place running',
    'Congrats to Tom, Chloe and Raj on their engagements this year',
    'Her son Leon is getting married next month, she is beside herself',
    'My friend\'s daughter Gifty just graduated as a nurse',
    'My daughter Aneira had her school play tonight and I cried',
    'Huge thanks to the TAs who stayed late to get the hall ready for the concert',
    // A full name followed by what it is known for: an author, an artist, a character.
    'Wilfrid Owen poems with year 10 today, heavy going',
    'Georges Seurat for our Y5 art topic, they loved the dots',
    // The writer's peers and colleagues covering; a list with one famous name or character in it.
    'Jess, Amir and I are doing the school fun run for charity',
    'Thanks to Tariq for covering my class today',
    'Kylian Mbappe, Messi and Haaland: my Y6 boys debate this daily',
    'Read Wonder to 4B, Auggie, Jack and Summer had them hooked',
    // A full name with only school talk around: a public figure more often than a pupil.
    'Kemi Badenoch visited the school today',
    'My class are obsessed with Sabrina Carpenter',
    // A parent writing about their own child.
    'Ayaan got star of the week at school today, proud mummy moment',
    "Lily's first day at big school!! where has the time gone",
    'Picking Noor up from school, she has had a great day',
    'Dropped Tobi at nursery for his first day and cried in the car',
    'Taking Reuben to his swimming lesson after school',
    // Brands, things, places and characters that are names too.
    'Zara sale is on, spent my whole pay packet, back to marking',
    'Isla of Arran trip with Year 9',
    "Aldi's Kevin the Carrot is back, my class are buzzing",
    'Alexa, play calming music for my Year 1s',
    'holly and ivy decorations in the classroom',
    'The Year 6 production of Oliver was fantastic, Fagin stole the show', // a show's title
    // pupil6: stars known by one name, lists of surnames or towns, animals named in a list, brands, double-barrelled own children.
    'Rihanna blasting in the car after a long day of reports',
    'Rice, Saka and Grealish on the bench tonight, fuming, back to marking',
    'Leeds, Chester and Bristol: our school trips this year',
    'Our class stick insects are called Twiggy, Beau and Olive',
    'Buried Nibbles today, best rabbit we ever had',
    'My new Barbour coat survived playground duty',
    'my son Alfie-James starts Year 1 on Monday',
    'rock n roll assembly with year 2 today',
    'Emma and Tom ran the tombola at the summer fair, thanks to the PTA',
    'The award went to Priya, our head of science',
    'Olly Murs on full blast while I mark my Year 8s\' books',
    'Raye on repeat in my classroom while I tidy',
    'Antony Gormley exhibition with the sixth form next week',
    // Session 19: values and virtues, a grown-up's role after a comma, a colleague's duty, a grown-up's question,
    // a word-name after a quantifier, what only a grown-up has after a full name.
    'Patience, Hope and Faith: the three things you need for SATs week',
    'Our school value this month is Patience. I am personally failing at it.',
    'Kindness, Grace and Courage are painted on the wall of every classroom',
    'Valentina, my Spanish teacher at night class, says my accent is improving',
    'Tom asked me if I could cover his lunch duty',
    'My husband Dev asked me whether the clouds look like rain',
    'We need some Hope in this staffroom before the inspection',
    "Florence Pugh's career is going from strength to strength, our Year 10s love her",
    'Harmony at last! The Year 6 printer works again',
    'Massive thanks to Adebayo our site manager for gritting the playground at 6am',
    'Summer Time by Will Smith is the ultimate end of term song',
    'Jess, who teaches Year 4, has been nominated for a Pearson award',
    "Tom asked me if I'd cover his Year 9 class on Friday",
    "Priya's year 6 class did a brilliant assembly today",
    "Fatima's Year 2s sang so beautifully in the carol concert",
    "Callum's lesson on fractions was the best I've seen all year, so much to steal",
    'Sam took my Year 9s for the afternoon and survived',
    'Big thank you to Mariam who has volunteered in our library every Tuesday for years',
  ],
  invalid: [
    // pupil17: pupils in the same kinds of post.
    { text: "We're doing Oliver! this year and Teodor in Year 5 has learnt every line already.", spans: ['Teodor'] },
    { text: 'Summer fair done! Amara in 5B ran the lemonade stall and raised £40 for charity.', spans: ['Amara'] },
    { text: 'So proud of my Jayden in Year 4 today, he read his poem in assembly.', spans: ['Jayden'] },
    { text: "Thank you to everyone at the summer fair! Tomasz's Mum ran the raffle and raised £300 for our class trip.", spans: ["Tomasz's"] },
    // Session pupil15: children have training too ("from training" alone is no teacher training).
    { text: 'Amara and Leo from training were at the match on Saturday cheering on our under-11s in Year 6.', spans: ['Amara', 'Leo'] },
    // Session pupil15: a relative's school is no family day.
    { text: "Sports day today, my nephew's school came over for the relay. Amara won the relay for us and did a lap of honour.", spans: ['Amara'] },
    // Session pupil15: capitalised school events after "watching", "started", "finished" are no film or book titles.
    { text: 'Watching Sports Day from the sidelines with my class. Amara won the sack race and then fell over.', spans: ['Amara'] },
    { text: 'Started Book Week with my Year 2s. Tobiasz came dressed as a pirate.', spans: ['Tobiasz'] },
    // Session pupil15: "working mum" far from the name in a long post leaves a pupil named elsewhere.
    { text: "Working mum guilt this week, the washing has won. Sunday roast at my mum's. Highlight of my week: Ottilie finally read a whole page by herself in guided reading and grinned at me like she'd won the lottery.", spans: ['Ottilie'] },
    { text: "Sunday dinner, then a long walk round the lake. Back to work tomorrow, I'm doing a phonics training session after school which I'm dreading. But I promised Aurelia that I would listen to her read first thing. She's been practising all weekend apparently.", spans: ['Aurelia'] },
    // Session pupil15: ... but school talk in the name's own sentence, or a sentence that is no return, still counts.
    { text: 'Amara finally got her pen licence today. Back to school tomorrow after the long weekend.', spans: ['Amara'] },
    { text: 'Back to school tomorrow and Kit in my Year 3 class has his assembly.', spans: ['Kit'] },
    { text: 'Kit finally did a width without the float! So proud of my Year 3s at the swimming gala today.', spans: ['Kit'] },
    // Session pupil15: a child's joke told to the writer, a child's question with "today" before it, in a long post
    // far from the school talk.
    { text: "Weekend was a write-off, the boiler died again and the man can't come till Thursday. The dog has eaten a sock and the car needs tyres. Anyway, Yusra told me a joke about a penguin today and I haven't stopped laughing. The allotment is a jungle and I have given up on the courgettes. Chippy tea tonight. Long week of marking ahead.", spans: ['Yusra'] },
    { text: "Weekend was a write-off, the boiler died again and the man can't come till Thursday. The dog has eaten a sock and the car needs tyres. Zebedee asked me today if the moon has a mum. The allotment is a jungle and I have given up on the courgettes. Chippy tea tonight. Long week of marking ahead.", spans: ['Zebedee'] },
    // Session pupil15: a place word ending the sentence before ("did the maths outside. Wolfie ...") is no "outside Wolfie".
    { text: 'Roasting hot day, 31 degrees in the classroom, so we did the maths outside. Wolfie managed to get chalk in his ears somehow.', spans: ['Wolfie'] },
    { text: "Bronagh showed me her lost tooth in a tiny envelope and explained the tooth fairy's pricing model at lunch.", spans: ['Bronagh'] },
    // Session pupil15: ... a child of the writer's class beside a home word stays a pupil.
    { text: 'My class were brilliant today. Edie in my class told me she took her stabilisers off at the weekend.', spans: ['Edie'] },
    { text: 'Working mum life, marking at 10pm. Ottilie in Y2 made me a card today and I nearly cried.', spans: ['Ottilie'] },
    // Session pupil15: a role word ending the sentence before ("... by the office. Mikolaj from 2C") is not the name's title.
    { text: 'Cake sale for Children in Need, I was on the table by the office. Mikolaj from 2C spent his whole pound on one cupcake.', spans: ['Mikolaj'] },
    { text: "Watched three episodes of a Danish crime thing. Work was lovely though; Thanisha and Conlan ran the class shop and charged me 40p for a paper clip.", spans: ['Thanisha', 'Conlan'] },
    // Session pupil15: ... a child watching with the class is still a pupil.
    { text: 'Watching Toy Story in class as a treat. Jessamy cried at the end and asked to watch it again.', spans: ['Jessamy'] },
    // Session pupil14: ... but a class beside them still is.
    { text: 'Rosalind started piano lessons this week and loves it. Her brother Tadhg is in my class and wants to learn the drums now.', spans: ['Rosalind'] },
    // Session pupil14: a child who leads the class's usual walk is not met by the writer.
    { text: 'Forest school with my class. Amira led our usual walk to the pond and spotted a heron.', spans: ['Amira'] },
    // Session pupil14: "as a parent" beside the writer's own class ("my class") leaves the pupil named.
    { text: 'As a parent and a teacher I know how hard sports day is. Amira in my class won the sack race today.', spans: ['Amira'] },
    // Session pupil14: beside the class read, a child who reacts to it as a reader is still a pupil.
    { text: 'Read the last two chapters to my Year 4s before home time. Mirela begged me to read one more.', spans: ['Mirela'] },
    { text: "Three chapters left of our class novel and my Year 5s are hooked. Zofia's prediction for the ending was spot on.", spans: ["Zofia's"] },
    { text: 'Finished the class novel with my Year 6s today. Kacper cried at the ending and Ola wants to write to the author.', spans: ['Kacper', 'Ola'] },
    // Session pupil14: "her two" with no relative of the writer named is a parent's children in school talk.
    { text: 'Parents evening tonight. Mrs Okafor says her two are loving Year 3, and Chidera read to the whole class today.', spans: ['Chidera'] },
    // Session pupil13: sitting with a child at lunch or break for a child's trouble (a fall-out, feeling lonely).
    { text: 'Had to sit with Maelie at lunch because she had fallen out with her best friend again.', spans: ['Maelie'] },
    { text: "Sat with Dwij for the whole of lunchtime, he was so lonely today. Breaks my heart", spans: ['Dwij'] },
    { text: 'Back to school with my class after the holiday. Maisie is 7 now and told me all about her trip to see her nieces.', spans: ['Maisie'] },
    { text: "Rafferty's big scene in the nativity went perfectly, even if Mary dropped the baby.", spans: ["Rafferty's"] },
    { text: 'My class watched the Lionesses final in the hall. Amira cried when they won.', spans: ['Amira'] },
    // Session pupil13: break as a time of the school day ("at break", "spent break with"), not "my break".
    { text: 'Spent break with Ksawery, who has had a rough week. He just wanted someone to play catch with.', spans: ['Ksawery'] },
    // Session pupil13: school-day routines with no school word: silent reading, a fire drill.
    { text: 'Tomasz nodded off in silent reading again, snoring and all', spans: ['Tomasz'] },
    { text: 'Fire drill at 2pm in the pouring rain. Wiktor lost a welly in a puddle and Amelka carried it back for him', spans: ['Wiktor'] },
    { text: 'Amara lost her first tooth in the middle of phonics and her brother in Year 5 came down to see it.', spans: ['Amara'] },
    { text: 'Mabli started swimming lessons with my class this week and loved it. Her brother Idris is in Year 6.', spans: ['Mabli'] },
    { text: 'Rafe finally read a whole page in our reading group today. Their dad is going to be so proud when I tell him at pickup.', spans: ['Rafe'] },
    // Session pupil13: a school match or a class reading a book keeps its pupils.
    { text: 'Our football match against Bramley was brilliant, Keiran scored twice and my class cheered the whole way.', spans: ['Keiran'] },
    { text: 'Reading Gangsta Granny with my class and Saisha laughed so hard she fell off her chair.', spans: ['Saisha'] },
    { text: "Christmas party in my class today. Farrah won musical statues and Dexter's jumper lit up.", spans: ['Farrah', "Dexter's"] },
    { text: 'Ines has been such a kind friend to our new girl Wiktoria this week', spans: ['Ines', 'Wiktoria'] },
    // Class life near a name acting as a person; lower-case names; word-names on direct evidence (issue 11).,
    { text: 'Ifeoluwa and Kamsi were brilliant in geography this morning', spans: ['Ifeoluwa', 'Kamsi'] },
    { text: 'Dovydas was so pleased with his certificate he showed everyone', spans: ['Dovydas'] },
    { text: 'So proud of agata today, she read aloud in assembly', spans: ['agata'] },
    { text: 'Year 4 spelling test done and wiktoria got full marks', spans: ['wiktoria'] },
    { text: 'Honour in 6B asked why the sea is salty', spans: ['Honour'] },
    { text: 'Blessing from 3K drew the whole class a dragon', spans: ['Blessing'] },
    { text: 'Faith painted the best portrait in art today', spans: ['Faith'] },
    { text: 'hope in my Y3 group got her pen licence!', spans: ['hope'] },
    { text: 'P4 have been building bug hotels and Tiwaloluwa found a beetle', spans: ['Tiwaloluwa'] },
    { text: 'shout out to aamina in 9c for the best homework this week', spans: ['aamina'] },
    { text: 'Our new girl Ximena is settling in beautifully', spans: ['Ximena'] },
    { text: 'Legend (yes, really, that is his name) won the Year 5 chess club', spans: ['Legend'] },
    { text: 'Amelia in my class cried all morning', spans: ['Amelia'], reasons: ["child's first name"] },
    { text: 'So proud of Jack Smith in 5B today', spans: ['Jack Smith'], reasons: ["child's full name"] },
    { text: "Leo's mum came in to complain about his reading book", spans: ["Leo's"] },
    { text: 'Year 6 SATs next week. Oliver has been working so hard', spans: ['Oliver'] },
    { text: 'Star of the week goes to Isla B. for amazing effort', spans: ['Isla B'] },
    { text: 'parents evening tonight and omg alfie\'s dad was lovely', spans: ["alfie's"] },
    { text: 'My Y6s were amazing today, especially Muhammad and Aisha', spans: ['Muhammad', 'Aisha'] },
    { text: 'One of my pupils, Freya, drew this for me', spans: ['Freya'] },
    { text: 'Playground duty: Harry fell off the climbing frame again', spans: ['Harry'] },
    { text: 'Absolute highlight: May in year 2 read a whole page on her own', spans: ['May'] },
    { text: 'Flo has started calling me Miss Teacher', spans: ['Flo'] },
    { text: 'Massive shout out to Evie H who stayed behind for extra maths. Grade 7!!', spans: ['Evie H'] },
    { text: 'Hugo built a lighthouse with a working bulb in DT', spans: ['Hugo'] },
    { text: 'Isabella and Sienna did a duet at the Christmas concert', spans: ['Isabella', 'Sienna'] },
    { text: 'ollie b finally remembered his PE kit. miracles do happen', spans: ['ollie'] },
    { text: 'Ezra (Reception) brought his grandad’s medals in', spans: ['Ezra'] },
    { text: 'Ibrahim, 8, designed our new reading corner logo', spans: ['Ibrahim'] },
    { text: 'Sienna in 5W wrote a letter to the council about the potholes', spans: ['Sienna'] },
    // Names from the full ONS lists and names no list holds, judged by shape, with a class, an age or a parent.
    { text: 'Ayobami in 4M read his whole poem to the class', spans: ['Ayobami'] },
    { text: 'Itohan (Y2) has finally cracked her number bonds', spans: ['Itohan'] },
    { text: 'Khizr in P3 lost his first tooth during phonics', spans: ['Khizr'] },
    { text: 'Gwenlli in Blwyddyn 2 won the eisteddfod recitation today!', spans: ['Gwenlli'] },
    { text: 'Wafa in my top set got 100% on the mock', spans: ['Wafa'] },
    { text: "Kojo's grandad came in to talk about growing up in Ghana", spans: ["Kojo's"] },
    { text: 'Ada, Bilal and Wen from my class were the stars of the science assembly', spans: ['Ada', 'Bilal', 'Wen'] },
    { text: 'Nesta, aged 7, has already written a three-chapter book', spans: ['Nesta'] },
    { text: 'Well done to Zakriya for getting his pen licence today', spans: ['Zakriya'] },
    { text: 'Leen S. finally cracked column addition today', spans: ['Leen S'] },
    // A list is one group: school life in its sentence makes every name in it a pupil's (issue 11).
    { text: 'Jiya, Anvi and Myra did a fab job running the cake sale for Children in Need', spans: ['Jiya', 'Anvi', 'Myra'] },
    { text: 'Stars of the week: Hodan, Kiaan, Matylda, Guled. Well deserved', spans: ['Hodan', 'Kiaan', 'Matylda', 'Guled'] },
    { text: 'Kudos to Ketsia, Rayssa and Jamiah for their brilliant recorder trio at the spring concert', spans: ['Ketsia', 'Rayssa', 'Jamiah'] },
    { text: 'eco council today: riddhi, prachi and divjot want to ban plastic straws', spans: ['riddhi', 'prachi', 'divjot'] },
    // A parent's child with school talk: "her son", "Mrs Shah's daughter", "their youngest".
    { text: 'Told Mrs Kaur at pick-up that her daughter Tvisha had been a superstar in assembly', spans: ['Tvisha'] },
    { text: "Mrs Shah's daughter Ashana got full marks on her times tables check!", spans: ['Ashana'] },
    // A catch-up or a coffee with a child's parent: the grown-up met is the parent, the name is the child's.
    { text: "Caught up with Tobenna's dad at pick-up, he's so pleased with the reading", spans: ["Tobenna's"] },
    { text: "Had a lovely catch up with Zainab's nan at the gate about her spellings", spans: ["Zainab's"] },
    { text: 'Their youngest, Ihsaan, joined Reception this week and already runs the home corner', spans: ['Ihsaan'] },
    // Early-years and school routines as class life; a performer after "watched"; "thank you to ... who".
    { text: 'Tidy up time and little Lavin put every single block back', spans: ['Lavin'] },
    { text: 'Watched Oluwatimilehin play Joseph in the nativity and he forgot nothing', spans: ['Oluwatimilehin'] },
    { text: 'A massive thank you to Fatehveer who stayed behind to stack the chairs after the school concert', spans: ['Fatehveer'] },
    { text: 'Comfort was so brave at the dentist talk in assembly', spans: ['Comfort'] },
    { text: "Ilinca and Sahra from the nursery room made me a 'cake' out of sand", spans: ['Ilinca', 'Sahra'] },
    { text: 'Aliye finished her first chapter book today and ran to show me', spans: ['Aliye'] },
    { text: 'Bumped into Mrs Ahmed whose son Zayyan is in my class', spans: ['Zayyan'] },
    { text: 'Gave Zuzanna a sticker for trying so hard', spans: ['Zuzanna'] },
    { text: 'Proud teacher moment: Ayaan got star of the week in my class', spans: ['Ayaan'] },
    { text: 'Well done to amara and kezia for the best poster in Year 3', spans: ['amara', 'kezia'] },
    { text: 'Tiago told me in registration that he is moving to Portugal', spans: ['Tiago'] },
    { text: 'Well done Ikenna, Zuzia and Rafferty - top readers!', spans: ['Ikenna', 'Zuzia', 'Rafferty'] },
    { text: "Bedirhan's dad emailed about the nits letter", spans: ["Bedirhan's"] },
    // The pupil, not the place after "from".
    { text: 'Vlada arrived from Kharkiv in March and was reading to my Y4s', spans: ['Vlada'] },
    // pupil6: helpers at a school event, rewards and calls home, word-names in a sentence about a person.
    { text: 'Thank you Olamide, Kacper and Elodie for selling raffle tickets at the summer fete', spans: ['Olamide', 'Kacper', 'Elodie'] },
    { text: 'Ngozi, Kacper and Elodie sold raffle tickets at the summer fete', spans: ['Ngozi', 'Kacper', 'Elodie'] },
    { text: 'Posted a praise postcard home to Ebenezer-Kofi for his kindness', spans: ['Ebenezer-Kofi'] },
    // Session 17: pupils as the complement of a pupil's role; double-barrelled names (with a particle too) as one name.
    { text: 'Our eco monitors this half term are Nneka and Tadeo', spans: ['Nneka', 'Tadeo'] },
    { text: 'Star writer: Zarmina, for her story about a dragon', spans: ['Zarmina'] },
    { text: 'Reading champion of the month goes to Swara', spans: ['Swara'] },
    { text: 'Will was so helpful in the library today', spans: ['Will'] },
    { text: "Ola's nan, a retired nurse, came in to talk about hospitals", spans: ["Ola's"] },
    { text: 'Class monitor for the week = Lukasz. He takes it very seriously', spans: ['Lukasz'] },
    { text: "Lily-Rae's volcano actually erupted in science week", spans: ["Lily-Rae's"] },
    { text: 'Watching Kacie-Mai dance in the talent show was a joy', spans: ['Kacie-Mai'] },
    { text: "Umm-e-Hani's model volcano erupted over the table in science", spans: ["Umm-e-Hani's"] },
    { text: 'The kindness cup this half term goes to Wiktoria', spans: ['Wiktoria'] },
    { text: 'massive thank u to amara n kezia for helping at the school disco', spans: ['amara', 'kezia'] },
    { text: 'Maisie in my class sang on the radio today!', spans: ['Maisie'] },
    { text: 'Precious has been such a thoughtful reading buddy this week', spans: ['Precious'] },
    { text: 'Jaroslav carefully explained his science fair project to the judges', spans: ['Jaroslav'] },
    // Session 15: one-to-one work, a person after "watching", a lower-case name doing what people do, clubs and the
    // school run as class life, an award after a colon or a hashtag, a surname with a class code, a list after a colon.
    { text: 'Reading with Hartej after lunch is my favourite 15 minutes of the day', spans: ['Hartej'] },
    { text: 'Watching Matus finally get his spellings right was the best bit of my week', spans: ['Matus'] },
    { text: 'dami finally said a full sentence in English at group time and the whole class clapped', spans: ['dami'] },
    { text: 'Princewill brought his trumpet to music club and played it all lunchtime', spans: ['Princewill'] },
    { text: "Such a lovely chat with Jaheem's dad at pick up today", spans: ["Jaheem's"] },
    { text: 'Golden time winner this week: Testimony, for helping everyone tidy up', spans: ['Testimony'] },
    { text: '#StarOfTheWeek goes to Oluwafolabomi', spans: ['Oluwafolabomi'] },
    { text: 'Nowak in 10X has improved more than anyone this year', spans: ['Nowak'] },
    { text: 'Tombola table at the summer fair: Haniya and Leyton', spans: ['Haniya', 'Leyton'] },
    { text: 'so proud of my little reader oyinkansola today, 3 books in one week', spans: ['oyinkansola'] },
    { text: "Gosia's mum brought pierogi for the class party", spans: ["Gosia's"] },
    { text: 'Shoutout to Pearl, 8, who raised money at the school fete', spans: ['Pearl'] },
    { text: 'Ameerah in 8C2 made me cry with her speech about her grandad', spans: ['Ameerah'] },
    { text: 'Well done Gemma in 4B for your fractions', spans: ['Gemma'] },
    { text: 'Loved hearing Mateusz chatting in Polish to help the new starter settle in', spans: ['Mateusz'] },
    { text: 'Especially going to miss Aoibheann and her jokes in my Year 11 class', spans: ['Aoibheann'] },
    // Session 19: a part in a school event, a titled colleague's class, a child's question about the world, a
    // negated auxiliary, "who" after a name, a place-name doing what only a person does, a class table.
    { text: 'Harmony was the narrator in our carol concert and never missed a line', spans: ['Harmony'] },
    { text: "Ms Kovalenko's class had a visit from the fire brigade - Taras held the hose", spans: ['Taras'] },
    { text: 'Ammar asked me whether clouds are heavy', spans: ['Ammar'] },
    { text: "Ezinne wouldn't let go of my hand on the trip to the farm", spans: ['Ezinne'] },
    { text: 'Teodor, who only joined us in September, read to the whole hall this morning', spans: ['Teodor'] },
    { text: 'Florence read her story to the class and got a round of applause', spans: ['Florence'] },
    { text: 'Half of table 3 were crying with laughter when Joaquin read out his story', spans: ['Joaquin'] },
    { text: 'First week with my new Reception class and Amelka already calls me mummy', spans: ['Amelka'] },
    { text: "The look on Precious's face when she got her certificate", spans: ["Precious's"] },
    { text: 'Nobody tell Jovan I cried at his poem', spans: ['Jovan'] },
    { text: 'So proud of Ayaan our head boy for his speech', spans: ['Ayaan'] },
    { text: "On lunch duty and Keziah told me she's getting a puppy", spans: ['Keziah'] },
    { text: 'Amara covered her face when the class sang happy birthday to her', spans: ['Amara'] },
    { text: 'Bilal, who volunteered to read in assembly, was so confident', spans: ['Bilal'] },
    { text: 'Sami always asks me why the sky is blue, every single day', spans: ['Sami'] },
    { text: "Leo's class assembly was all about the Romans and he was the emperor", spans: ["Leo's"] },
    { text: 'Amara took my hand on the walk to the library', spans: ['Amara'] },
    { text: 'Precious played a very grumpy shepherd this afternoon', spans: ['Precious'] },
    // pupil11: pride asked as a question, a child's question about the writer's age, an age after "the kindest",
    // a bare verb after "watching", counting and telling the writer, a pupil's nan at a coffee morning, a child
    // collected early, reading aloud, a whole page without stopping.
    { text: 'How proud am I of Eliska. She managed the whole week without a single wobble.', spans: ['Eliska'] },
    { text: 'Taha asked me if I was alive when the dinosaurs were around', spans: ['Taha'] },
    { text: 'Honestly Ibrahima is the funniest 7 year old I know', spans: ['Ibrahima'] },
    { text: "Watching Kiyan finally believe he can do fractions is the best bit of my job", spans: ['Kiyan'] },
    { text: 'Hamdi counted the counters twice, then told me I had miscounted. He was right.', spans: ['Hamdi'] },
    { text: "Nuala's grandad came to our coffee morning and told me all about his allotment", spans: ["Nuala's"] },
    { text: 'Mr Dunne came to collect Ilyas early and he was gutted to miss the end of the story', spans: ['Ilyas'] },
    { text: 'oluwatobi wrote a poem about her nan and read it out. not a dry eye', spans: ['oluwatobi'] },
    { text: 'zaynab read a whole page without stopping!!!', spans: ['zaynab'] },
    // pupil11: coming into class beaming, how far a child has come since September, reading to the little ones,
    // shy in the autumn, a card made for the writer, a pupil's progress talked over with a titled parent.
    { text: 'Rehan came into class beaming because his dad is home from the army', spans: ['Rehan'] },
    { text: "How far Kerem has come since September. He wouldn't even hold a pencil.", spans: ['Kerem'] },
    { text: 'Lovely moment when Anaya read to the little ones', spans: ['Anaya'] },
    { text: 'cannot believe how chatty Amelie is now, she was so shy in the autumn', spans: ['Amelie'] },
    { text: "Roksana spent the whole afternoon making me a card 'for being the best'", spans: ['Roksana'] },
    { text: "Chatted to Mrs Adebayo about Ifeoluwa's progress and she cried happy tears", spans: ["Ifeoluwa's"] },
    { text: 'omg tolu finally got column addition!!!', spans: ['tolu'] },
    { text: 'Temiloluwa was the lead in our summer production', spans: ['Temiloluwa'] },
    { text: 'Adaeze is our new eco monitor and has already told off the head for leaving the lights on', spans: ['Adaeze'] },
    { text: "Oskar didn't want to go out at break, he wanted to finish his comic", spans: ['Oskar'] },
    { text: 'Ishan painted his mum a rainbow today and would not let anyone else touch it', spans: ['Ishan'] },
    { text: 'Still thinking about the way Safiya held my hand on the walk back this afternoon', spans: ['Safiya'] },
    { text: 'Ayesha asked the most brilliant question about the water cycle', spans: ['Ayesha'] },
    { text: 'kaylan learned how to do a forward roll', spans: ['kaylan'] },
    { text: 'Ruby-Mae wrote her first ever story today', spans: ['Ruby-Mae'] },
    { text: 'Mr Hussain stopped me at the gate to say Zayd has been reading every night', spans: ['Zayd'] },
    { text: 'Had a chat with Ms Kowalski about how Natalia is settling in', spans: ['Natalia'] },
    { text: 'Jaxon has been such a little helper this week', spans: ['Jaxon'] },
    { text: "That moment when Aarohi finally reads the word 'said' without sounding it out", spans: ['Aarohi'] },
    { text: 'Well done to Hafsa who read her own poem to the whole class without looking at the card once', spans: ['Hafsa'] },
    // Session 21: a child in the writer's care named with no school word (low, "worth a look"): growth, a child's
    // little face, a baby sibling, an age, "little" before the name, the writer's teaching; a list after a class
    // group with a character's name in it; a plant name that is a child's.
    { text: "Devraj's little face when he realised he'd spelt 'necessary' right", spans: ["Devraj's"], reasons: ['the way staff write about a child they teach'] },
    { text: "Can't get over how much Oluwaseun has grown in confidence since Easter", spans: ['Oluwaseun'] },
    { text: 'Marcel cried when the butterflies were released. Then half the carpet cried.', spans: ['Marcel'] },
    { text: 'First day back and little Rayan is already asking when Christmas is', spans: ['Rayan'] },
    { text: 'On gate duty this morning and Tadiwa told me all about her new baby brother', spans: ['Tadiwa'] },
    { text: "Yesterday Ivo told me he's 'basically a grown up now'. He is 5.", spans: ['Ivo'] },
    { text: 'Taiwo is the kindest boy I have ever taught', spans: ['Taiwo'] },
    { text: 'Keziah counted all the way to 100 today without stopping!!', spans: ['Keziah'] },
    { text: 'After weeks of trying Husna can finally swim without armbands', spans: ['Husna'] },
    { text: 'Our little Nursery gang: Amani, Otis and Lyra planted sunflowers today', spans: ['Amani', 'Otis', 'Lyra'] },
    { text: 'Ivy on the front row sang beautifully in assembly', spans: ['Ivy'] },
    // Session pupil16: a home routine near the name, with school talk in the name's sentence or a class's bedtime stories.
    { text: 'Swimming lessons with Year 4 this morning: Amara swam a width without the float!', spans: ['Amara'] },
    { text: 'Nightmare school run. Ayaan told me at the gate, in front of the whole class, that his tooth fell out in his cereal.', spans: ['Ayaan'] },
    { text: "Poor Tomasz lost his first tooth in his apple at lunch and we had to search the whole hall", spans: ['Tomasz'] },
    { text: 'Sunday: the school run is off and so is my phone. Still thinking about how Jayden got through a whole day without a meltdown for the first time this term.', spans: ['Jayden'] },
    // Session pupil16: a new teacher and a child in one sentence; an episode shown to the class.
    { text: 'Our new teacher started today and Kai was so excited he drew her a picture.', spans: ['Kai'] },
    { text: 'Showed my class an episode of Horrible Histories. Kai laughed so hard he fell off his chair.', spans: ['Kai'] },
    { text: 'Half term, day 2: garden centre, dog walk, Netflix. I keep thinking about how well Idris did in his reading, up three levels since September.', spans: ['Idris'] },
    { text: 'Finally watched the last series of that Danish thing. Also still buzzing from Friday: Keeley finally cracked long division after weeks of tears. Year 6 SATs are coming.', spans: ['Keeley'] },
    { text: "Our Year 5 team won the league match 3-2! Amara's header in the last minute, and the whole team piled on her.", spans: ["Amara's"] },
    // Session pupil16: a name no list holds and only faintly name-shaped, with a pupil's class after it.
    { text: 'So proud of Nkechi in my Year 9 class today, she read her poem to the whole school.', spans: ['Nkechi'] },
    // Session pupil16: a film canister is no film talk.
    { text: "Best afternoon: we made rockets out of film canisters and Zoltan's went higher than the roof. Marking tonight though.", spans: ["Zoltan's"] },
    { text: 'Bedtime stories are the best bit of my job. Kezia read hers to the whole carpet today and everyone clapped.', spans: ['Kezia'] },
    // Session pupil12: a child's piece of work in a long post about the writer's school day, far from the school talk.
    { text: 'Marking done by 9pm, a personal best, and my class were angels today. Then the house: a tip. The washing is piling up, the bins were missed again and the boiler is making that noise. I spent an hour on hold to the council about the bins and got nowhere at all, which was about what I expected. Sunday was a washout too. Oh, and Tobiah built a rocket out of cereal boxes and tape and gave it a full countdown. Early night for me.', spans: ['Tobiah'] },
    // Session pupil12: "story" before a colon introduces the anecdote, not a title.
    { text: 'Fell asleep on the sofa again. Anyway, funny story: Marisol lost her wobbly tooth in her yoghurt at lunch and we searched the whole dinner hall.', spans: ['Marisol'] },
    // Session pupil12: a child's age in words; the whole line.
    { text: 'Little moment from Friday I keep thinking about: Ines held the door for the whole line and said good morning to every grown up. Seven years old.', spans: ['Ines'] },
    // Session pupil12: a child's age after a full name with a double-barrelled surname.
    { text: 'Kofi Mensah-Boateng, 10, ran the whole of the district cross-country this afternoon in the rain', spans: ['Kofi Mensah-Boateng'] },
    // Session pupil12: care given to a child, a little one called by name, a child's own best friend, coffee spilt.
    { text: 'Had to give Lochlan a plaster and a pep talk at lunch after he tried to jump the whole sandpit', spans: ['Lochlan'] },
    { text: 'Then had to give Eden a spare pair of trousers and a pep talk after an accident at lunch. Glamorous life.', spans: ['Eden'] },
    { text: "A little lad called Bodhi brought me a conker 'for luck' at break today.", spans: ['Bodhi'] },
    { text: "Had to sit with Tiegan for most of lunch because she'd fallen out with her best friend. They were holding hands again by playtime.", spans: ['Tiegan'] },
    { text: "Spilt coffee down my top. Then Teodor gave me a drawing of a cat wearing a crown and said it's me.", spans: ['Teodor'] },
    // Session pupil12: a long post wanders; grown-ups' life and the writer's family in other sentences, far from the
    // name, leave the child in the writer's care.
    { text: 'Our boiler man finally came and the house is warm again. Spent all of Saturday morning at the tip. In other news Ruairi has lost his third jumper this week. If anyone finds a tiny blue jumper with no name in it, it is his. Treating myself to a takeaway tonight. My mum has discovered voice notes and sends me ten a day.', spans: ['Ruairi'] },
  ],
});

// Session roster13: with the school's roster, a first name on it is roster-name's to judge; child-name keeps it only on
// direct evidence of a child (a class, an age, praise, a reward), so a rostered name roster-name leaves as a grown-up
// is not flagged again. Names not on the roster are judged as without one.
const ROSTER_SECRET = 'child-name-test-secret-not-for-production';
testRule(rule, {
  config: {
    rosterSecret: ROSTER_SECRET,
    rosterScheme: 'hmac-sha256-16' as const,
    rosterHashes: hashRoster(ROSTER_SECRET, [
      { forename: 'Aoife', surname: 'Brennan' },
      { forename: 'Grace', surname: 'Mwangi' },
      { forename: 'Ruby', surname: 'Saddler' },
      { forename: 'Ezra', surname: 'Lindley' },
    ]),
  },
  valid: [
    'Back to school tomorrow and my Year 4s have their class assembly, so tonight is ironing. Lovely weekend though. Aoife came up from London and we did the Sunday market, then she cried at the end of the film like always. Aoife has been my best mate since we were eighteen.',
    'Parents evening done, my Year 6 class did me proud. Celebrated with Ruby and Grace at the Crown, two glasses of wine and home by nine like the rock and roll teacher I am.',
  ],
  invalid: [
    { text: 'Ezra in my class finally cracked his seven times table today', spans: ['Ezra'] },
    { text: 'So proud of Aoife today, she read her poem to the whole school', spans: ['Aoife'] },
    // Not on the roster: judged as without one.
    { text: 'Maisie in my class finally cracked her seven times table today', spans: ['Maisie'] },
  ],
});
