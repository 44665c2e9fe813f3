/**
 * Common English short forms of first names, formal name first. Staff write "Ollie" for a pupil who is
 * "Oliver" on the register, so the generator emits every form of a group (see rosterForms). Kept to short
 * forms in everyday use in UK schools; a short form may belong to several formal names (Alex, Sam, Charlie).
 */
export const NICKNAME_GROUPS = [
  ['alexander', 'alex', 'xander', 'alfie', 'sandy', 'lex'],
  ['alexandra', 'alex', 'lexi', 'lexie', 'sasha', 'sandra', 'ally'],
  ['alexis', 'alex', 'lexi'],
  ['alfred', 'alfie', 'alf', 'fred'],
  ['abigail', 'abi', 'abbie', 'abby', 'gail'],
  ['amelia', 'millie', 'mia', 'amy', 'mel'],
  ['anastasia', 'ana', 'stacey', 'tasha'],
  ['andrew', 'andy', 'drew'],
  ['anthony', 'tony', 'ant'],
  ['archibald', 'archie', 'archy'],
  ['arthur', 'art', 'artie'],
  ['benjamin', 'ben', 'benji', 'benny'],
  ['bethany', 'beth'],
  ['callum', 'cal'],
  ['caroline', 'carrie', 'caz'],
  ['catherine', 'cath', 'cathy', 'kate', 'katie', 'cat'],
  ['katherine', 'kath', 'kathy', 'kate', 'katie', 'kat', 'kitty'],
  ['charles', 'charlie', 'chas', 'chaz'],
  ['charlotte', 'charlie', 'lottie', 'lotte', 'lotty'],
  ['christopher', 'chris', 'kit'],
  ['christina', 'chrissy', 'tina'],
  ['daniel', 'dan', 'danny'],
  ['daniella', 'dani'],
  ['david', 'dave', 'davey'],
  ['deborah', 'debbie', 'deb'],
  ['dominic', 'dom'],
  ['edward', 'ed', 'eddie', 'ted', 'teddy', 'ned'],
  ['eleanor', 'ellie', 'elle', 'nell', 'nellie', 'nora'],
  ['elizabeth', 'liz', 'lizzie', 'lizzy', 'beth', 'betty', 'eliza', 'libby', 'elsie', 'bess'],
  ['ellen', 'ellie', 'nell'],
  ['emily', 'em', 'emmy', 'millie'],
  ['emma', 'em', 'emmy'],
  ['evangeline', 'evie', 'eva'],
  ['evelyn', 'evie', 'eve'],
  ['florence', 'flo', 'flossie', 'florrie'],
  ['frances', 'fran', 'frankie'],
  ['francesca', 'fran', 'frankie', 'chessie'],
  ['francis', 'frank', 'frankie'],
  ['frederick', 'fred', 'freddie', 'freddy'],
  ['gabriel', 'gabe'],
  ['gabriella', 'gabby', 'gabi', 'ella'],
  ['gabrielle', 'gabby', 'gabi'],
  ['georgina', 'georgie', 'gina'],
  ['george', 'georgie'],
  ['harriet', 'hattie', 'harry'],
  ['henry', 'harry', 'hal', 'hank'],
  ['harrison', 'harry'],
  ['imogen', 'immy', 'imi'],
  ['isabella', 'izzy', 'izzie', 'bella', 'issy', 'isa'],
  ['isabelle', 'izzy', 'izzie', 'belle', 'issy'],
  ['isobel', 'izzy', 'issy'],
  ['jacob', 'jake', 'jay'],
  ['james', 'jim', 'jimmy', 'jamie', 'jem'],
  ['jennifer', 'jen', 'jenny'],
  ['jessica', 'jess', 'jessie'],
  ['jonathan', 'jon', 'jonny', 'johnny'],
  ['john', 'johnny', 'jack'],
  ['joseph', 'joe', 'joey', 'jo'],
  ['josephine', 'josie', 'jo'],
  ['joshua', 'josh'],
  ['katerina', 'kat', 'katie'],
  ['kimberley', 'kim'],
  ['leonardo', 'leo'],
  ['leonard', 'leo', 'len', 'lenny'],
  ['lewis', 'lew'],
  ['louisa', 'lou'],
  ['louise', 'lou'],
  ['madeleine', 'maddie', 'maddy'],
  ['madison', 'maddie', 'maddy'],
  ['margaret', 'maggie', 'meg', 'peggy'],
  ['matilda', 'tilly', 'tillie', 'tilda', 'mattie'],
  ['matthew', 'matt', 'matty'],
  ['maximilian', 'max'],
  ['maxwell', 'max'],
  ['michael', 'mike', 'mikey', 'mick'],
  ['natalie', 'nat'],
  ['natasha', 'tasha', 'nat'],
  ['nathan', 'nate', 'nat'],
  ['nathaniel', 'nate', 'nat'],
  ['nicholas', 'nick', 'nicky'],
  ['nicola', 'nicky', 'nic'],
  ['oliver', 'ollie', 'olly', 'oli'],
  ['olivia', 'liv', 'livvy', 'livia', 'ollie'],
  ['patrick', 'pat', 'paddy'],
  ['penelope', 'penny', 'nell'],
  ['peter', 'pete'],
  ['phoebe', 'phoebs'],
  ['rebecca', 'becky', 'becca', 'bex'],
  ['richard', 'rich', 'richie', 'rick', 'dick'],
  ['robert', 'rob', 'robbie', 'bob', 'bobby', 'bert'],
  ['ronald', 'ron', 'ronnie'],
  ['rosalind', 'ros', 'rosie'],
  ['rose', 'rosie'],
  ['rosemary', 'rosie'],
  ['samantha', 'sam', 'sammy'],
  ['samuel', 'sam', 'sammy'],
  ['sebastian', 'seb', 'bastian'],
  ['sophia', 'sophie', 'soph'],
  ['sophie', 'soph'],
  ['stephanie', 'steph'],
  ['stephen', 'steve', 'stevie'],
  ['steven', 'steve', 'stevie'],
  ['susan', 'sue', 'susie'],
  ['theodore', 'theo', 'ted', 'teddy'],
  ['theodora', 'thea', 'dora'],
  ['thomas', 'tom', 'tommy'],
  ['timothy', 'tim', 'timmy'],
  ['victoria', 'vicky', 'tori', 'vic'],
  ['william', 'will', 'billy', 'bill', 'liam', 'wills'],
  ['zachary', 'zach', 'zac', 'zak'],
  // Short forms across the cultures of classrooms in England and Wales (names folded: Małgorzata -> malgorzata).
  // Yoruba (the Olu-/Oluwa- prefix is also dropped generically, see yorubaShortForms).
  ['damilola', 'dami', 'lola'],
  ['oluwadamilola', 'dami', 'damilola'],
  ['olufemi', 'femi'],
  ['oluwafemi', 'femi'],
  ['oluwakemi', 'kemi'],
  ['oluwaseun', 'seun'],
  ['oluwatobi', 'tobi'],
  ['oluwatosin', 'tosin'],
  ['oluwatomisin', 'tomi', 'tomisin'],
  ['oluwadarasimi', 'dara', 'darasimi', 'simi'],
  ['oluwatimilehin', 'timi', 'timilehin'],
  ['oluwanifemi', 'nifemi'],
  ['temitope', 'temi', 'tope'],
  ['temiloluwa', 'temi'],
  ['ayomide', 'ayo'],
  ['ayodeji', 'ayo', 'deji'],
  ['adebayo', 'bayo'],
  ['adewale', 'wale'],
  ['folasade', 'sade', 'fola'],
  ['omolola', 'lola'],
  ['boluwatife', 'bolu', 'tife'],
  ['ifeoluwa', 'ife'],
  ['mobolaji', 'bolaji', 'laji'],
  ['oreoluwa', 'ore'],
  ['toluwalope', 'tolu'],
  ['toluwani', 'tolu'],
  ['mofeoluwa', 'mofe'],
  // Igbo
  ['chukwuemeka', 'emeka'],
  ['chinonso', 'nonso'],
  ['chiamaka', 'amaka'],
  ['obinna', 'obi'],
  ['chinedu', 'nedu'],
  ['onyekachi', 'kachi'],
  ['ebubechukwu', 'ebube'],
  ['chimamanda', 'mandy'],
  ['ifeanyi', 'ify'],
  ['chidiebere', 'chidi'],
  ['chidinma', 'dinma'],
  ['somtochukwu', 'somto'],
  ['kosisochukwu', 'kosi'],
  ['chukwudi', 'chudi'],
  // Polish
  ['malgorzata', 'gosia', 'malgosia', 'gosha'],
  ['tomasz', 'tomek'],
  ['katarzyna', 'kasia', 'kasha'],
  ['aleksandra', 'ola', 'ala', 'olka'],
  ['aleksander', 'olek', 'aleks', 'alek'],
  ['wojciech', 'wojtek'],
  ['jakub', 'kuba'],
  ['agnieszka', 'aga', 'agnes'],
  ['magdalena', 'magda'],
  ['zofia', 'zosia'],
  ['weronika', 'wera', 'nika'],
  ['krzysztof', 'krzys', 'chris'],
  ['piotr', 'piotrek'],
  ['joanna', 'asia', 'jo'],
  ['barbara', 'basia', 'babs'],
  ['stanislaw', 'stas', 'stan'],
  ['grzegorz', 'grzes', 'greg'],
  ['maciej', 'maciek'],
  ['anna', 'ania', 'anka', 'annie'],
  ['jan', 'janek'],
  ['michal', 'michalek'],
  ['pawel', 'pawelek'],
  ['dominika', 'domi', 'nika'],
  ['wiktoria', 'wiki', 'vicky'],
  ['zuzanna', 'zuza', 'zuzia'],
  ['kacper', 'kacperek'],
  // Russian, Ukrainian, Bulgarian
  ['aleksandr', 'sasha', 'sanya'],
  ['oleksandr', 'sasha', 'oleks'],
  ['alexander', 'sasha'],
  ['mykhailo', 'misha'],
  ['mikhail', 'misha'],
  ['dmytro', 'dima'],
  ['dmitri', 'dima'],
  ['dmitry', 'dima'],
  ['yekaterina', 'katya'],
  ['ekaterina', 'katya'],
  ['kateryna', 'katya'],
  ['anastasiia', 'nastya', 'stasia'],
  ['anastasia', 'nastya'],
  ['natalia', 'natasha', 'nata'],
  ['yevgeny', 'zhenya'],
  ['volodymyr', 'vova', 'volodya'],
  ['vladimir', 'vova', 'volodya', 'vlad'],
  ['vladyslav', 'vlad', 'vlada'],
  ['ivan', 'vanya'],
  ['maria', 'masha', 'mari'],
  ['olga', 'olya'],
  ['tatiana', 'tanya'],
  ['svetlana', 'sveta'],
  ['yaroslav', 'slava'],
  ['sofiia', 'sonya', 'sofi'],
  // Hungarian, Czech, Romanian, Baltic
  ['zsofia', 'zsofi', 'zsofika'],
  ['erzsebet', 'erzsi', 'zsoka'],
  ['katalin', 'kati'],
  ['istvan', 'pisti'],
  ['eliska', 'eli'],
  ['ionut', 'ionel'],
  ['andrei', 'andi'],
  ['gabriela', 'gabi'],
  // South Asian
  ['siddharth', 'sid', 'siddhu'],
  ['siddhant', 'sid'],
  ['priyanka', 'priya'],
  ['aishwarya', 'aish'],
  ['rajesh', 'raj'],
  ['rajinder', 'raj'],
  ['jaswinder', 'jas'],
  ['jasmeet', 'jas'],
  ['jaspreet', 'jas'],
  ['harpreet', 'harp'],
  ['gurpreet', 'gurp'],
  ['abhishek', 'abhi'],
  ['abhinav', 'abhi'],
  ['anirudh', 'ani'],
  ['aditya', 'adi'],
  ['nikhil', 'nik'],
  ['vikram', 'vik'],
  ['shreya', 'shre'],
  // Arabic, Somali, Turkish
  ['muhammad', 'mo', 'moe', 'mohammed', 'mohammad', 'mohamed', 'mohamad', 'mohd'],
  ['mohammed', 'mo', 'moe', 'muhammad', 'mohammad', 'mohamed'],
  ['mohamed', 'mo', 'moe', 'muhammad', 'mohammed'],
  ['abdulrahman', 'abdul', 'abdi'],
  ['abdirahman', 'abdi'],
  ['abdullahi', 'abdi'],
  ['abdullah', 'abdul'],
  ['abdirahim', 'abdi'],
  ['ibrahim', 'ibby', 'ibra'],
  ['mustafa', 'musti'],
  ['fatima', 'fati'],
  ['khadija', 'dija'],
  ['mehmet', 'memo'],
  // Spanish, Portuguese, Italian, French
  ['francisco', 'paco', 'fran', 'cisco'],
  ['jose', 'pepe'],
  ['guillermo', 'memo', 'guille'],
  ['alejandro', 'ale', 'alex'],
  ['giuseppe', 'beppe', 'peppe'],
  ['francesco', 'checco', 'fran'],
  ['guilherme', 'gui'],
  ['joao', 'joaozinho'],
  ['antonio', 'toni', 'tony'],
  ['dolores', 'lola'],
  ['guillaume', 'guigui'],
  // Irish, Welsh, Scottish
  ['siobhan', 'shiv'],
  ['gwenllian', 'gwen'],
  ['gwennan', 'gwen'],
  ['llywelyn', 'llew'],
  ['ieuan', 'iwan'],
  // Akan day names (Ghana): the spellings and everyday forms of each (Kwadwo is Kojo, Kwabena is Kobby).
  ['kwadwo', 'kojo', 'kwadjo', 'jojo'],
  ['kwabena', 'kobby', 'kobina', 'ebo'],
  ['kwaku', 'kweku', 'kuuku'],
  ['kwame', 'kwamena', 'kwamina', 'ato'],
  ['kwasi', 'kwesi', 'akwasi', 'siisi'],
  ['kofi', 'fiifi'],
  ['yaw', 'yao'],
  ['adwoa', 'adjoa', 'adjowa'],
  ['abena', 'abenaa'],
  ['akua', 'ekua'],
  ['afua', 'efua', 'afia', 'efia'],
  ['ama', 'amma'],
  ['akosua', 'esi', 'akos'],
  // Edo (Benin City) names: the first part used alone.
  ['eseosa', 'ese'],
  ['osasere', 'osas'],
  ['osaretin', 'osas'],
  ['osagie', 'osa'],
  ['efosa', 'efe'],
  // Hebrew and Jewish names.
  ['hephzibah', 'hephzi', 'hepzi', 'hepsie'],
  ['elisheva', 'sheva'],
  ['shoshana', 'shosh'],
  ['avraham', 'avi'],
  ['binyamin', 'benji'],
  ['menachem', 'menny'],
  // Somali and Arabic endings written either way.
  ['yahye', 'yahya'],
  ['yahya', 'yahye'],
  // Polish and Lithuanian.
  ['bartlomiej', 'bartek', 'bartus'],
  ['angharad', 'hari'],
  ['rhiannon', 'rhi'],
  ['dafydd', 'dai', 'dewi'],
  ['alasdair', 'ali'],
  ['caoimhe', 'keeva'],
  ['tadhg', 'tig'],
  // Session 19: more everyday forms across the cultures of classrooms in England and Wales.
  // Polish
  ['przemyslaw', 'przemek'],
  ['jaroslaw', 'jarek'],
  ['miroslaw', 'mirek'],
  ['radoslaw', 'radek'],
  ['slawomir', 'slawek'],
  ['bartosz', 'bartek'],
  ['magdalena', 'madzia'],
  ['szymon', 'szymek'],
  ['mateusz', 'mati'],
  // Greek
  ['konstantinos', 'kostas', 'kostis', 'dinos'],
  ['panagiotis', 'panos', 'takis'],
  ['ioannis', 'giannis', 'yannis'],
  ['georgios', 'giorgos'],
  ['dimitrios', 'dimitris', 'dimi'],
  ['athanasios', 'thanos', 'thanasis'],
  ['evangelos', 'vangelis'],
  ['aikaterini', 'katerina'],
  ['paraskevi', 'evi', 'voula'],
  // Welsh, Irish, Scottish Gaelic
  ['rhodri', 'rhod'],
  ['gwilym', 'gwil'],
  ['padraig', 'paddy', 'padraic'],
  ['diarmuid', 'dermot'],
  ['ruaridh', 'ruairidh', 'ruairi', 'rory'],
  ['ruairidh', 'ruaridh', 'ruairi', 'rory'],
  // Romanian, Ukrainian, Russian
  ['alexandru', 'alex'],
  ['yevhen', 'zhenya'],
  ['yevheniia', 'zhenya'],
  ['mariya', 'masha'],
  ['mariia', 'masha'],
  ['oleksii', 'lyosha', 'oleks'],
  ['mykola', 'kolya'],
  ['viktoriia', 'vika'],
  ['polina', 'polya'],
  // Arabic compounds with Abdul-: the second part alone.
  ['abdulaziz', 'aziz'],
  ['abdulkarim', 'karim'],
  ['abdulrahim', 'rahim'],
] as const satisfies readonly (readonly string[])[];

/**
 * Yoruba names built on Olu- / Oluwa- ("God"): staff often drop it (Olufemi -> Femi, Oluwakemi -> Kemi,
 * Oluwadamilola -> Damilola). Only where what is left is a name of three letters or more.
 */
export function yorubaShortForms(name: string): string[] {
  const out: string[] = [];
  for (const p of ['oluwa', 'olu']) {
    if (name.startsWith(p) && name.length - p.length >= 3) {
      out.push(name.slice(p.length));
      break;
    }
  }
  // The first part of a compound name is used alone: Temilola / Temitope -> Temi, Ayodele -> Ayo, Adebayo -> Ade.
  const rest = out[0] ?? name;
  for (const m of YORUBA_LEADS) if (rest.startsWith(m) && rest.length - m.length >= 3 && rest !== m) out.push(m);
  // ... and for some names the last part: Folashade -> Shade, Olamiposi -> Posi, Temitope -> Tope, Adewale -> Wale.
  for (const t of YORUBA_TAILS) if (name.endsWith(t) && name.length - t.length >= 3 && !out.includes(t)) out.push(t);
  return out;
}

/** Last parts of Yoruba compound names that are used alone as the everyday name. */
const YORUBA_TAILS = ['shade', 'posi', 'tope', 'wale', 'tunde', 'bayo', 'dayo', 'funke', 'bunmi', 'lola', 'mide', 'yinka', 'kunle', 'tola', 'sola', 'seun', 'tosin', 'fisayo', 'dunni',
  // Session 19: Adebola -> Bola, Ayodele -> Dele, Adenike -> Nike.
  'bola', 'dele', 'nike'];

/** Leading parts of Yoruba compound names that are used alone as the everyday name. */
const YORUBA_LEADS = ['anu', 'oyin', 'temi', 'tomi', 'tobi', 'ayo', 'ade', 'femi', 'dami', 'fola', 'funmi', 'bola', 'kemi', 'tolu', 'yemi', 'dayo', 'sola', 'shola', 'tunde', 'yinka', 'bisi', 'jide', 'kunle', 'niyi', 'seyi', 'deji', 'tayo', 'kayode', 'busola', 'ife', 'simi', 'tife'];

/**
 * Punjabi and Sikh names built on a second part such as -preet, -deep, -jeet, -veer: staff often use the
 * first part (Sehajpreet -> Sehaj, Agampreet -> Agam, Simranjeet -> Simran), where four letters or more are left.
 */
export function punjabiShortForms(name: string): string[] {
  for (const s of PUNJABI_TAILS) if (name.endsWith(s) && name.length - s.length >= 4) return [name.slice(0, -s.length)];
  return [];
}
const PUNJABI_TAILS = ['preet', 'deep', 'jeet', 'jit', 'veer', 'vir', 'inder', 'jot', 'meet', 'noor', 'leen', 'dev'];

/**
 * Spellings of the same name in another transliteration (Arabic, Somali, Urdu, Persian, Turkish names written in
 * English letters): staff write "Yusuf" for a pupil registered as "Yousuf", "Samir" for "Sameer", "Maryam" for
 * "Mariam", "Safiya" for "Safiyah", "Zainab" for "Zaynab", "Kasim" for "Qasim". One change at a time, so the
 * variants stay close to the registered spelling; only names of five letters or more, and variants of four or more.
 */
export function spellingVariants(name: string): string[] {
  if (name.length < 5 || !/^[a-z]+$/.test(name)) return [];
  const out = new Set<string>();
  const swap = (from: RegExp, to: string) => {
    for (const m of name.matchAll(from)) {
      const v = name.slice(0, m.index) + to + name.slice(m.index + m[0].length);
      if (v.length >= 4) out.add(v);
    }
  };
  swap(/ou/g, 'u');
  swap(/(?<=^[yj])u/g, 'ou');
  swap(/oo/g, 'u');
  swap(/ee/g, 'i');
  swap(/aa/g, 'a');
  swap(/ay/g, 'ai');
  swap(/ai/g, 'ay');
  swap(/ei/g, 'ai');
  swap(/(?<=[^aeiou])y(?=[aeiou])/g, 'i');
  swap(/(?<=[^aeiou])i(?=a)/g, 'y');
  swap(/ah$/g, 'a');
  swap(/^q/g, 'k');
  swap(/ss/g, 's');
  swap(/mm/g, 'm');
  out.delete(name);
  return [...out];
}

/**
 * Formal name or short form -> the other forms staff may write for the same child. A formal name gives
 * its short forms (Oliver -> Ollie, Olly, Oli); a short form gives the formal names it comes from
 * (Ollie -> Oliver, Olivia) but not their other short forms, so "Alex" does not grow into "Alfie".
 */
export function nicknameVariants(name: string): string[] {
  const out = new Set<string>();
  for (const group of NICKNAME_GROUPS) {
    const members = group as readonly string[];
    if (members[0] === name) for (const g of members) out.add(g);
    else if (members.includes(name)) out.add(members[0]!);
  }
  out.delete(name);
  return [...out];
}

/**
 * The clipped form staff make of a long name: its first syllables, up to the first letter of its second vowel group
 * (Anuoluwapo -> Anu, Neriyah -> Neri, Hephzibah -> Hephzi, Eseosa -> Ese, Michalina -> Micha, Elizabeth -> Eli).
 * Only names of six letters or more, and a form of three letters or more that is shorter than the name by two.
 */
export function clippedForm(name: string): string[] {
  if (name.length < 6 || !/^[a-z]+$/.test(name)) return [];
  const vowel = (c: string): boolean => 'aeiouy'.includes(c);
  let k = 0;
  while (k < name.length && !vowel(name[k]!)) k++;
  while (k < name.length && vowel(name[k]!)) k++;
  while (k < name.length && !vowel(name[k]!)) k++;
  // k is the first letter of the second vowel group; a leading "y" is a consonant ("Yahye" -> no form).
  const form = name.slice(0, k + 1);
  return form.length >= 3 && form.length <= name.length - 2 ? [form] : [];
}
