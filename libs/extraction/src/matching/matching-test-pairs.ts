// Labelled claim pairs for choosing and checking the matching thresholds (used
// by the specs and by bench/claim-matching/tune.ts). Written as two newsrooms
// would write the same fact: moved attribution, active/passive, synonyms,
// other number formats. Not used at run time.

export type ClaimPair = readonly [string, string];

/** The same claim reworded by another article: should be suggested. */
export const REWORDED_PAIRS: readonly ClaimPair[] = [
  [
    '3,179 people, including 1,519 children, have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said.',
    'The Russian Reconciliation Center said 3,179 people including 1,519 children left eastern Aleppo via humanitarian corridors',
  ],
  [
    '3,179 people, including 1,519 children – among them 138 newborn babies – have left eastern Aleppo through the ‘humanitarian corridors’ set up by Syrian government forces, the Russian Reconciliation Center also noted on Monday.',
    'According to the Russian military, 3,179 people, 1,519 of them children, left eastern Aleppo through humanitarian corridors on Monday.',
  ],
  [
    'Unemployment fell to 4.1 percent in March, the lowest level since 2000, the Labor Department said on Friday.',
    'The unemployment rate dropped to 4.1% in March, its lowest since 2000, according to the Labor Department.',
  ],
  [
    'More than 400,000 people have been killed in Syria since the war began in 2011.',
    "Syria's war, which began in 2011, has killed over 400,000 people.",
  ],
  [
    'Turkey shot down a Russian Su-24 fighter jet near the Syrian border on Tuesday.',
    'A Russian Su-24 fighter jet was shot down by Turkey near the Syrian border.',
  ],
  [
    'The European Central Bank kept interest rates unchanged at 0 percent on Thursday.',
    'On Thursday, the European Central Bank left interest rates unchanged at zero percent.',
  ],
  [
    'Apple sold 74.5 million iPhones in the last three months of 2014.',
    'In the last three months of 2014, Apple sold 74.5 million iPhones, the company said.',
  ],
  [
    "The city's population grew by 12 percent between 2010 and 2020, census data show.",
    "Census data show the city's population rose 12% between 2010 and 2020.",
  ],
  [
    'Police arrested 23 people after clashes in central Paris on Saturday.',
    'Twenty-three people were arrested by police after clashes in central Paris on Saturday.',
  ],
  [
    'Germany took in 890,000 asylum seekers in 2015, the interior ministry said.',
    'According to the interior ministry, 890,000 asylum seekers arrived in Germany in 2015.',
  ],
  [
    'The World Health Organization said the Ebola outbreak has killed more than 11,000 people.',
    'More than 11,000 people have died in the Ebola outbreak, according to the World Health Organization.',
  ],
  [
    'Greece must repay 1.6 billion euros to the International Monetary Fund by June 30.',
    'Greece has to repay €1.6bn to the International Monetary Fund by 30 June.',
  ],
  [
    'Russian air strikes killed at least 45 civilians in Idlib province on Sunday, the Syrian Observatory for Human Rights said.',
    'At least 45 civilians were killed in Russian airstrikes on Idlib province on Sunday, according to the Syrian Observatory for Human Rights.',
  ],
  [
    'The earthquake measured 7.8 and killed nearly 9,000 people in Nepal.',
    'Nearly 9,000 people were killed in Nepal by the 7.8-magnitude earthquake.',
  ],
  [
    "China's economy grew 6.9 percent in 2015, its slowest pace in 25 years.",
    "In 2015 China's economy grew by 6.9%, the slowest pace in 25 years.",
  ],
  [
    'The Pentagon said 50 U.S. special operations forces will be deployed to Syria.',
    'Fifty US special operations forces will be sent to Syria, the Pentagon said.',
  ],
  [
    'Over 1 million migrants and refugees crossed into Europe in 2015, the UN refugee agency said.',
    'The UN refugee agency said more than one million refugees and migrants crossed into Europe in 2015.',
  ],
  [
    'Hillary Clinton won 2.8 million more votes than Donald Trump in the 2016 election.',
    'In the 2016 election, Clinton received 2.8 million more votes than Trump.',
  ],
  [
    'The company will cut 3,000 jobs worldwide by the end of next year.',
    'By the end of next year, the company plans to cut 3,000 jobs around the world.',
  ],
  [
    "Brazil's Zika outbreak has been linked to more than 4,000 cases of microcephaly.",
    'More than 4,000 cases of microcephaly in Brazil have been linked to the Zika outbreak.',
  ],
  [
    'The Islamic State group has lost 40 percent of its territory in Iraq, the Pentagon said.',
    'Islamic State militants have lost about 40% of the territory they held in Iraq, according to the Pentagon.',
  ],
  [
    'Volkswagen admitted that 11 million diesel cars worldwide were fitted with cheating software.',
    'Volkswagen has admitted 11 million of its diesel cars around the world had cheating software fitted.',
  ],
  [
    'The Senate voted 52 to 48 to confirm the nominee on Wednesday.',
    'On Wednesday the Senate confirmed the nominee by a vote of 52 to 48.',
  ],
  [
    'Average global temperatures in 2016 were 0.94 degrees Celsius above the 20th-century average.',
    'The global average temperature in 2016 was 0.94 degrees Celsius above the 20th century average, NOAA said.',
  ],
  [
    "Russia's defence ministry said its jets had carried out 64 strikes in Syria over the past 24 hours.",
    'Russian jets carried out 64 air strikes in Syria in the past 24 hours, the defense ministry said.',
  ],
  [
    'Nearly 60 percent of voters backed the referendum, official results showed.',
    'Official results showed almost 60% of voters backed the referendum.',
  ],
  [
    'The death toll from the bombing in Ankara has risen to 95, the prime minister said.',
    'The prime minister said the death toll from the Ankara bombing had risen to 95.',
  ],
  [
    'Oil prices fell below $30 a barrel for the first time since 2003.',
    'For the first time since 2003, oil prices dropped below $30 a barrel.',
  ],
  [
    'Some 2,000 residents remain trapped in the besieged town of Madaya, aid agencies said.',
    'Aid agencies say around 2,000 residents are still trapped in the besieged town of Madaya.',
  ],
  [
    'Over the past 24 hours, 507 fighters chose to leave the city districts that remain under terrorist control and surrender their weapons.',
    'In the past 24 hours 507 militants left the terrorist-controlled districts of the city and surrendered their weapons, the statement said.',
  ],
  [
    'As little as one percent of UN aid is being directed to Deir al-Zor, where at least 200,000 people are trapped by Islamic State.',
    'Only 1% of UN aid goes to Deir al-Zor, where 200,000 people are trapped by Islamic State, Moscow said.',
  ],
  [
    'Over 80,000 Syrians, including tens of thousands of children, have been freed, Russian Defense Ministry spokesman Igor Konashenkov said on Tuesday.',
    'Igor Konashenkov, a spokesman for the Russian Defense Ministry, said more than 80,000 Syrians, including tens of thousands of children, had been freed.',
  ],
  [
    'The number of overdose deaths in the United States rose to 64,000 in 2016.',
    'In 2016, overdose deaths in the U.S. rose to 64,000, according to preliminary figures.',
  ],
  [
    'Tesla delivered 367,500 vehicles in 2019, slightly short of its target.',
    'In 2019, Tesla delivered 367,500 vehicles, falling just short of its target, the company said.',
  ],
  [
    'The hurricane left 3.4 million people without power in Puerto Rico.',
    'In Puerto Rico, 3.4 million people were left without power by the hurricane.',
  ],
  [
    'UK inflation rose to 3 percent in September, the highest rate in more than five years.',
    'Inflation in the United Kingdom rose to 3% in September, its highest rate in over five years, official figures showed.',
  ],
  // Neither a name nor a figure: the words alone must agree.
  ['The summer music festival in the harbour has been called off.', "The harbour's summer music festival has been cancelled."],
];

/** The same claim copied with small edits (wire copy, spelling, attribution): should be confirmed. */
export const COPY_PAIRS: readonly ClaimPair[] = [
  [
    '3,179 people, including 1,519 children, have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said.',
    '3,179 people including 1,519 children have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Centre said on Monday.',
  ],
  [
    'Unemployment fell to 4.1 percent in March, the lowest level since 2000, the Labor Department said on Friday.',
    'Unemployment fell to 4.1% in March, the lowest level since 2000, the Labor Department said.',
  ],
  [
    'More than 400,000 people have been killed in Syria since the war began in 2011.',
    'More than 400,000 people have been killed in Syria since the war began in 2011, Reuters reported.',
  ],
  [
    'Police arrested 23 people after clashes in central Paris on Saturday.',
    'Police arrested twenty-three people after clashes in central Paris on Saturday, AFP reported.',
  ],
  [
    'Greece must repay 1.6 billion euros to the International Monetary Fund by June 30.',
    'Greece must repay €1.6 billion to the International Monetary Fund by June 30.',
  ],
  [
    'Apple sold 74.5 million iPhones in the last three months of 2014.',
    '"Apple sold 74.5 million iPhones in the last three months of 2014," the company said.',
  ],
  [
    'Germany took in 890,000 asylum seekers in 2015, the interior ministry said.',
    'Germany took in 890,000 asylum-seekers in 2015, the Interior Ministry said on Wednesday.',
  ],
  [
    'The hurricane left 3.4 million people without power in Puerto Rico.',
    'The hurricane has left 3.4 million people without power in Puerto Rico, officials said.',
  ],
  [
    'Over the past 24 hours, 507 fighters chose to leave the city districts that remain under terrorist control and surrender their weapons.',
    '“Over the past 24 hours, 507 fighters chose to leave the city districts that remain under terrorist control and surrender their weapons,” the statement said.',
  ],
  [
    'Nearly 60 percent of voters backed the referendum, official results showed.',
    'Nearly 60% of voters backed the referendum, according to official results.',
  ],
];

/** Same wording, different numbers, names or polarity: a different claim that must never be confirmed. */
export const CONFLICTING_PAIRS: readonly ClaimPair[] = [
  [
    '3,179 people, including 1,519 children, have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said.',
    '2,100 people, including 1,519 children, have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said.',
  ],
  [
    '3,179 people have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said.',
    '2,100 people have left eastern Aleppo through humanitarian corridors, the Russian Reconciliation Center said.',
  ],
  [
    'Unemployment fell to 4.1 percent in March, the Labor Department said.',
    'Unemployment fell to 4.3 percent in March, the Labor Department said.',
  ],
  [
    'Police arrested 23 people after clashes in central Paris on Saturday.',
    'Police arrested 41 people after clashes in central Paris on Saturday.',
  ],
  [
    'Germany took in 890,000 asylum seekers in 2015, the interior ministry said.',
    'Germany took in 280,000 asylum seekers in 2016, the interior ministry said.',
  ],
  [
    "China's economy grew 6.9 percent in 2015, its slowest pace in 25 years.",
    "China's economy grew 6.7 percent in 2016, its slowest pace in 26 years.",
  ],
  ['The Senate voted 52 to 48 to confirm the nominee on Wednesday.', 'The Senate voted 51 to 49 to confirm the nominee on Wednesday.'],
  ['The death toll from the bombing in Ankara has risen to 95.', 'The death toll from the bombing in Ankara has risen to 102.'],
  [
    'Russian air strikes killed 45 civilians in Idlib province on Sunday.',
    'Russian air strikes killed 12 civilians in Idlib province on Sunday.',
  ],
  [
    'Turkey shot down a Russian fighter jet near the Syrian border.',
    'Turkey did not shoot down a Russian fighter jet near the Syrian border.',
  ],
  [
    'The company will cut 3,000 jobs worldwide by the end of next year.',
    'The company will not cut 3,000 jobs worldwide by the end of next year.',
  ],
  [
    'Oil prices fell below $30 a barrel for the first time since 2003.',
    'Oil prices fell below $40 a barrel for the first time since 2004.',
  ],
  [
    'Police arrested 23 people after clashes in central Paris on Saturday.',
    'Police arrested 23 people after clashes in central Lyon on Saturday.',
  ],
  [
    'Turkey shot down a Russian Su-24 fighter jet near the Syrian border.',
    'Israel shot down a Russian Su-24 fighter jet near the Syrian border.',
  ],
  [
    'Apple sold 74.5 million iPhones in the last three months of 2014.',
    'Samsung sold 74.5 million phones in the last three months of 2014.',
  ],
  [
    'Germany took in 890,000 asylum seekers in 2015, the interior ministry said.',
    'Sweden took in 890,000 asylum seekers in 2015, the interior ministry said.',
  ],
];

/** Same topic or shared words, but a different claim: should not be suggested. */
export const RELATED_BUT_DIFFERENT_PAIRS: readonly ClaimPair[] = [
  [
    '3,179 people, including 1,519 children, have left eastern Aleppo through humanitarian corridors.',
    'Rebels shelled government-held western Aleppo, killing eight civilians, state media said.',
  ],
  [
    'Russian air strikes killed at least 45 civilians in Idlib province on Sunday.',
    'The Syrian army has retaken 93 percent of eastern Aleppo, a monitoring group said.',
  ],
  ['Unemployment fell to 4.1 percent in March.', 'Wages grew 2.7 percent in March compared with a year earlier.'],
  ['Germany took in 890,000 asylum seekers in 2015.', 'Germany deported 22,000 rejected asylum seekers in 2015.'],
  [
    'Turkey shot down a Russian Su-24 fighter jet near the Syrian border.',
    'Russia imposed economic sanctions on Turkey after the downing of its jet.',
  ],
  [
    'Apple sold 74.5 million iPhones in the last three months of 2014.',
    'Samsung shipped 75 million smartphones in the first quarter of 2015.',
  ],
  [
    'The Islamic State group has lost 40 percent of its territory in Iraq.',
    'Islamic State still controls Mosul, the second-largest city in Iraq.',
  ],
  [
    'More than 400,000 people have been killed in Syria since the war began in 2011.',
    'More than 5 million Syrians have fled the country since 2011.',
  ],
  ["China's economy grew 6.9 percent in 2015.", "India's economy grew 7.6 percent in 2015, faster than China's."],
  [
    'Oil prices fell below $30 a barrel for the first time since 2003.',
    'Gold prices rose above $1,300 an ounce for the first time since 2014.',
  ],
  // Short claims that share one round share and nothing else said about it.
  ['Grain exports have grown by 30 percent in five years.', 'The reservoir was 30 percent full by Sunday morning.'],
  ['Rents in the district have risen 60 percent in a decade.', 'Ticket prices have risen 60 percent since the spring.'],
  // Only phrasing in common: no name, no number.
  ['Another public hearing is planned for the autumn.', 'Another safety audit is planned for the autumn.'],
  ['Nobody has asked the residents what they want.', 'Nobody asked the council for the records until June.'],
];
