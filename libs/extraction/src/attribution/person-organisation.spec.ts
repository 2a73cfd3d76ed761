import { segmentText } from '../sentence-splitter';
import { attributeSentences } from './attribute-sentences';
import type { Attribution } from './attribution';

function attribute(text: string): Attribution[] {
  const { sentences, quotes } = segmentText(text);
  return attributeSentences(text, sentences, quotes);
}

/** speaker / organisation */
function who(attribution: Attribution | undefined): string {
  if (!attribution) return 'missing';
  return `${attribution.speaker ?? '-'} / ${attribution.organisation ?? '-'}`;
}

describe('the organisation a person speaks for', () => {
  describe('one person, one identity: what the introduction says holds for later mentions', () => {
    it('reads the organisation of a relative clause whose verb of leading comes after "and"', () => {
      const attributions = attribute(
        'Edda Kvist, who keeps 300 sheep above Holby and chairs the Upland Grazing Association, said the fences were cut. ' +
          'Kvist said 40 sheep were lost.',
      );
      expect(attributions.map(who)).toEqual(['Edda Kvist / Upland Grazing Association', 'Edda Kvist / Upland Grazing Association']);
      // Not after a break: "who keeps sheep, and the association chairs …" is no clause of hers.
      expect(who(attribute('Edda Kvist, who keeps sheep, said the Upland Grazing Association had met.')[0])).toBe('Edda Kvist / -');
    });

    it('reads a capitalised post and what it is for or of before a name as her role: a minister speaks for her ministry', () => {
      const attributions = attribute(
        'The Minister for Water, Olek Brand, said 40 pipes burst. The Leader of the Opposition, Suvi Rant, said 90 had.',
      );
      expect(attributions.map(who)).toEqual(['Olek Brand / Ministry of Water', 'Suvi Rant / -']);
      expect(attributions.map((attribution) => attribution.role)).toEqual(['Minister for Water', 'Leader of the Opposition']);
      // "Hon." between the post and the name is her title, no part of her name.
      const honourable = attribute('The Minister for Roads, Hon. Lise Varga, said 300 bridges were safe.')[0];
      expect([who(honourable), honourable?.role, honourable?.title]).toEqual([
        'Lise Varga / Ministry of Roads',
        'Minister for Roads',
        'Hon',
      ]);
    });

    it('reads the business a person has owned as hers', () => {
      const attributions = attribute('Tove Brekk has owned Brekk Marine since 2011. Brekk said orders fell by half.');
      expect(who(attributions[1])).toBe('Tove Brekk / Brekk Marine');
    });

    it('keeps the organisation of "Name, head of the X Department," for "Name said", pronouns and quotes', () => {
      const attributions = attribute(
        'Ilka Sorensby, head of the Quarnholt Roads Department, said the tunnel would close for a week. ' +
          'Sorensby said night buses would run instead. ' +
          '“We have no other choice,” she said. ' +
          'According to Sorensby, the repairs will cost €2m.',
      );
      expect(attributions.map(who)).toEqual([
        'Ilka Sorensby / Quarnholt Roads Department',
        'Ilka Sorensby / Quarnholt Roads Department',
        'Ilka Sorensby / Quarnholt Roads Department',
        'Ilka Sorensby / Quarnholt Roads Department',
      ]);
    });

    it('reads the organisation from an apposition the attribution clause itself leaves out ("according to Name, the agency\'s engineer")', () => {
      const attributions = attribute(
        'The Brakemoor Waterways Agency closed two locks on Friday. ' +
          "The work will take six weeks, according to Oren Vasquel, the agency's chief engineer. " +
          'Vasquel said barges would wait at the lower basin.',
      );
      expect(who(attributions[1])).toBe('Oren Vasquel / Brakemoor Waterways Agency');
      expect(who(attributions[2])).toBe('Oren Vasquel / Brakemoor Waterways Agency');
    });

    it('gives "Name, who leads the union," the union named before, and keeps it for "he said"', () => {
      const attributions = attribute(
        'The Millstream Bakers Union represents 900 workers at the plant. ' +
          'Casimir Throup, who leads the union, said pay talks had collapsed. ' +
          '“Nobody will accept this,” he said.',
      );
      expect(who(attributions[1])).toBe('Casimir Throup / Millstream Bakers Union');
      expect(who(attributions[2])).toBe('Casimir Throup / Millstream Bakers Union');
    });
  });

  describe('role pre-modifiers and short names resolve to the organisation named more fully before', () => {
    it('gives "Harbour board spokesman Name" the earlier "<Town> Harbour Board"', () => {
      const attributions = attribute(
        'Ships were held outside the port, the Kelsby Harbour Board said. ' +
          'Harbour board spokesman Anselm Rudd said 14 vessels were waiting. ' +
          'He said the queue would clear by Sunday.',
      );
      expect(who(attributions[1])).toBe('Anselm Rudd / Kelsby Harbour Board');
      expect(who(attributions[2])).toBe('Anselm Rudd / Kelsby Harbour Board');
    });

    it('gives "Company chief executive Name" the most recent company and a one-word kind ("Inspectorate spokesman") its name', () => {
      const attributions = attribute(
        'The Dunmarrow Ferry Company will drop its night crossings. ' +
          'Ferry company chief executive Livia Orst said fuel had doubled in price. ' +
          'The Marine Safety Inspectorate is reviewing the timetable. ' +
          'Inspectorate spokesman Bram Tessel said the review would end in May.',
      );
      expect(who(attributions[1])).toBe('Livia Orst / Dunmarrow Ferry Company');
      expect(who(attributions[3])).toBe('Bram Tessel / Marine Safety Inspectorate');
    });

    it('gives a possessive short name ("Kestrel\'s lawyer") and a short name before a role the fuller name given earlier', () => {
      const attributions = attribute(
        'Kestrel Shipping is accused of dumping oil in the river. ' +
          "Kestrel's lawyer, Orla Quenby, said the company had broken no law. " +
          'Kestrel chairman Olaf Brisk said the firm would appeal. ' +
          'Quenby told the court the samples were contaminated.',
      );
      expect(who(attributions[1])).toBe('Orla Quenby / Kestrel Shipping');
      expect(who(attributions[2])).toBe('Olaf Brisk / Kestrel Shipping');
      expect(who(attributions[3])).toBe('Orla Quenby / Kestrel Shipping');
      const former = attribute('Kestrel Shipping denies the charge. Former Kestrel chairman Ivo Garnock said the ships were unsafe.');
      expect(who(former[1])).toBe('Ivo Garnock / -');
    });
    it('does not give "opposition party leader" or "a former council official" the party or council named before', () => {
      const attributions = attribute(
        'The ruling Harrowgate Unity Party won the vote. ' +
          'Opposition party leader Nell Armagh said the count was wrong. ' +
          'Hedda Lorne, a former council official, said so too. ' +
          'Party spokesman Aldo Brem said the count was fair.',
      );
      expect(attributions.slice(1).map(who)).toEqual(['Nell Armagh / -', 'Hedda Lorne / -', 'Aldo Brem / Harrowgate Unity Party']);
    });
  });

  describe('"its" points to the subject of the sentence before', () => {
    it('is the organisation the previous sentence is about, not the last one it names', () => {
      const attributions = attribute(
        'The Orrin Valley Water Board, which took over the pipes from Tamsett Utilities in 2018, found leaks in 40 streets. ' +
          'Its director, Wenna Calloway, said repairs would take a year.',
      );
      expect(who(attributions[1])).toBe('Wenna Calloway / Orrin Valley Water Board');
    });

    it('is the subject of its own sentence when "its" comes after it ("X will cut jobs, its chairman said")', () => {
      const attributions = attribute(
        'The Tamsett Rail Board approved the new fares. ' +
          'Kestrel Shipping will cut 300 jobs at the Tamsett yard, its chairman Olaf Brisk said. ' +
          'Its finance director, Ada Lunn, said costs had doubled.',
      );
      expect(who(attributions[1])).toBe('Olaf Brisk / Kestrel Shipping');
      expect(who(attributions[2])).toBe('Ada Lunn / Kestrel Shipping');
    });

    it('still follows the organisation that spoke last when the sentence before opens with none', () => {
      const attributions = attribute(
        'Prices rose by 4 percent, the Brensholm Statistics Office said on Monday. ' +
          'Its chief economist, Pavla Strode, said food led the rise.',
      );
      expect(who(attributions[1])).toBe('Pavla Strode / Brensholm Statistics Office');
    });
  });

  describe('"a spokesman for <organisation>, Name, said"', () => {
    it('gives the organisation named after "for", resolved or as written', () => {
      const attributions = attribute(
        'A spokeswoman for the Yarrowby Farmers Cooperative, Runa Haak, said the harvest was down by a third. ' +
          'A spokesman for the provincial government, Sten Aubel, said aid would follow. ' +
          'Aubel said 300 farms had applied.',
      );
      expect(who(attributions[0])).toBe('Runa Haak / Yarrowby Farmers Cooperative');
      expect(who(attributions[1])).toBe('Sten Aubel / provincial government');
      expect(who(attributions[2])).toBe('Sten Aubel / provincial government');
    });

    it('resolves "Name, a spokesman for the port authority" after the verb to the authority named before', () => {
      const attributions = attribute(
        'The Skelby Port Authority closed the east quay. Traffic fell by half, said Ivo Marsk, a spokesman for the port authority.',
      );
      expect(who(attributions[1])).toBe('Ivo Marsk / Skelby Port Authority');
    });
  });

  describe('witnesses, experts and neighbours with no named organisation', () => {
    it('speak for none', () => {
      const attributions = attribute(
        'The Tarnwick Mill Company denies polluting the stream. ' +
          'A neighbour, Hedda Lorne, said the water had turned brown. ' +
          'Retired chemist Aldo Pferr, who lives by the stream, said the fish had died. ' +
          'A nurse at the village clinic, Sabine Orrow, said twelve children had rashes.',
      );
      expect(attributions.slice(1).map(who)).toEqual(['Hedda Lorne / -', 'Aldo Pferr / -', 'Sabine Orrow / -']);
    });

    it('finds the speaker named after a role in the apposition ("an expert witness for the defence, retired engineer Name, said")', () => {
      const attributions = attribute(
        'An expert witness for the defence, retired engineer Colby Narr, said the beams were sound. ' +
          'A witness for the prosecution, geologist Irma Stolt, testified that the samples were soil.',
      );
      expect(attributions.map(who)).toEqual(['Colby Narr / -', 'Irma Stolt / -']);
      expect(attributions[0]!.role).toBe('retired engineer');
    });
  });
});

describe('the organisation only the context ties a person to', () => {
  it('gives a person introduced with an organisation role and none named the organisation that just spoke', () => {
    const attributions = attribute(
      'Brannock Works said on Monday it would shut its Elvdal plant in June. ' +
        'Chief operating officer Sunniva Pettersen said 140 jobs would go. ' +
        '“We looked at every other option,” Pettersen said.',
    );
    expect(attributions.slice(1).map(who)).toEqual(['Sunniva Pettersen / Brannock Works', 'Sunniva Pettersen / Brannock Works']);
  });

  it('does not give it to a former holder, to an owner named by a possessive, or after another sentence speaks', () => {
    const former = attribute(
      'Brannock Works said it would shut its plant. The plant was profitable, former chief executive Ola Fenn said.',
    );
    expect(who(former[1])).toBe('Ola Fenn / -');
    const owned = attribute('Brannock Works said it would shut its plant. The union’s chief executive, Ola Fenn, said talks had failed.');
    expect(who(owned[1])).not.toBe('Ola Fenn / Brannock Works');
    const expert = attribute('Brannock Works said it would shut its plant. The region would lose 300 jobs, economist Ola Fenn said.');
    expect(who(expert[1])).toBe('Ola Fenn / -');
    const far = attribute(
      'Brannock Works said it would shut its plant. The town lost its bank last year. Its school closed in May. ' +
        'Its library closed too. The plant was losing money, managing director Ola Fenn said.',
    );
    expect(who(far[4])).toBe('Ola Fenn / -');
  });

  it('reads "the coastguard’s duty officer" as the coastguard when none is named, past a rank before the name', () => {
    const attributions = attribute(
      'The coastguard’s rescue coordinator, Lieutenant Brede Aakvik, spoke to reporters at the quay. ' +
        'Aakvik said four trawlers had been towed in.',
    );
    expect(who(attributions[1])).toBe('Brede Aakvik / coastguard');
  });

  it('reads "the council’s chairman" as the council described before ("the parish council")', () => {
    const attributions = attribute(
      'The parish council wrote to the roads agency in May. ' + '“Nobody has answered,” said Ottilie Brask, the council’s chairwoman.',
    );
    expect(who(attributions[1])).toBe('Ottilie Brask / parish council');
  });

  it('does not read the next person’s phrase after "and" as a title of the first', () => {
    const attributions = attribute(
      'The pier manager, Rasmus Holte, and the coastguard’s duty officer, Commander Idun Vaag, briefed reporters. ' +
        'Holte said the pier would reopen. Vaag said two boats were still missing.',
    );
    expect(who(attributions[1])).toBe('Rasmus Holte / -');
    expect(who(attributions[2])).toBe('Idun Vaag / coastguard');
  });
});

describe('a title capitalised only because it opens the sentence', () => {
  it('keeps "Finance director", "Managing director" and "Former chairman" roles, not organisations', () => {
    for (const text of [
      'Finance director Ilse Varno said the depot had lost money.',
      'Managing director Ilse Varno said the depot had lost money.',
      'Former chairman Ilse Varno said the depot had lost money.',
    ])
      expect(who(attribute(text)[0])).toBe('Ilse Varno / -');
    // A name before the role still names the organisation.
    expect(who(attribute('Quennel managing director Ilse Varno said the depot had lost money.')[0])).toBe('Ilse Varno / Quennel');
  });

  it('reads a business named by its trade ("… Brewing", "… Publishing") as an organisation speaking', () => {
    const attributions = attribute(
      'Tarrow Publishing said it would close its printing plant in Elm Vale. Commercial director Ilse Varno said paper costs had doubled.',
    );
    expect(attributions.map(who)).toEqual(['- / Tarrow Publishing', 'Ilse Varno / Tarrow Publishing']);
  });
});

describe('a rank or post written before an appositive name', () => {
  it('reads "said the coastguard’s spokesman, Senior Officer Name" as that person, with the coastguard', () => {
    const attributions = attribute(
      'The trawler was towed clear at dawn, said the coastguard’s duty co-ordinator, Senior Officer Maren Quist. Quist said nobody was hurt.',
    );
    expect(attributions.map(who)).toEqual(['Maren Quist / coastguard', 'Maren Quist / coastguard']);
  });
});

describe('how news prose ties a person to her organisation (branch attr-org3)', () => {
  it('gives a spokesperson with no organisation of her own the organisation that spoke just before', () => {
    const attributions = attribute(
      'The Pensions Office said it had paid every claim on time. A spokeswoman said the backlog had been cleared in May.',
    );
    expect(attributions.map(who)).toEqual(['- / Pensions Office', '- / Pensions Office']);
    // A person spoke last, or the organisation spoke three sentences back: the role stays alone.
    const personBefore = attribute('Tova Rimm of the Pensions Office said claims were paid. A spokeswoman said the backlog was cleared.');
    expect(who(personBefore[1])).toBe('- / -');
    const farBefore = attribute(
      'The Pensions Office said it had paid every claim. Queues were long. Many left early. Some came back. A spokeswoman said the backlog was cleared.',
    );
    expect(who(farBefore[4])).toBe('- / -');
  });

  it('counts a general secretary and a chair among the roles only an organisation has', () => {
    const attributions = attribute(
      'The Dock Workers Union said 400 members had voted. General secretary Pia Roth said the vote was clear.',
    );
    expect(who(attributions[1])).toBe('Pia Roth / Dock Workers Union');
    const chair = attribute('The Orchard Growers Cooperative said prices had fallen. Chair Ola Lunde said the harvest was late.');
    expect(who(chair[1])).toBe('Ola Lunde / Orchard Growers Cooperative');
  });

  it('reads "the hospital" as the "… Infirmary" or "… Medical Centre" named before', () => {
    expect(who(attribute('Two climbers were flown to Selby Infirmary. The hospital said both were stable.')[1])).toBe(
      '- / Selby Infirmary',
    );
    expect(who(attribute('The boy was taken to Orwin Valley Medical Centre. A hospital spokesman said he was stable.')[1])).toBe(
      '- / Orwin Valley Medical Centre',
    );
    // "… Health Centre" is no hospital.
    expect(who(attribute('The boy was seen at Orwin Health Centre. The hospital said he was stable.')[1])).toBe('- / hospital');
  });

  it('reads an apposition that opens with an organisation’s possessive ("Name, X’s director of research, who …")', () => {
    const attributions = attribute(
      'The charity Tidewell published the survey on Monday. ' +
        "“Most of the wells are dry,” said Ottilie Brask, Tidewell's head of research, who led the survey. " +
        'She said 40 villages had no water.',
    );
    expect(attributions.slice(1).map(who)).toEqual(['Ottilie Brask / Tidewell', 'Ottilie Brask / Tidewell']);
  });

  it('reads a name in brackets after a person’s name as her organisation, never the speaker ("Name (Org) said")', () => {
    const attributions = attribute(
      'Delegates disagreed. Hanne Oprel (Port of Vessby) said waits had fallen. Karl Dunne (Brightwater Haulage) said they had not.',
    );
    expect(attributions.slice(1).map(who)).toEqual(['Hanne Oprel / Port of Vessby', 'Karl Dunne / Brightwater Haulage']);
  });

  it('reads a noun before a role that is a word of an organisation named just before ("Fire Chief Name")', () => {
    const attributions = attribute(
      'Crews from the Ashmoor Fire Department fought the blaze for six hours. ' +
        'Fire Chief Dora Lenk said the roof had collapsed at noon. ' +
        'Lenk said nobody was inside.',
    );
    expect(attributions.slice(1).map(who)).toEqual(['Dora Lenk / Ashmoor Fire Department', 'Dora Lenk / Ashmoor Fire Department']);
    // Named long before, the department is not hers by that word alone.
    const far = attribute(
      'Crews from the Ashmoor Fire Department arrived at noon. The roof fell. Smoke spread. Roads closed. Fire Chief Dora Lenk said it was out.',
    );
    expect(who(far[4])).toBe('Dora Lenk / -');
  });

  it('reads "Name, who runs X, a …, said": she speaks, and X is her organisation', () => {
    const attributions = attribute('Greta Holm, who runs Larch Lodge, a 30-bed home in Vessby, said she had no council residents left.');
    expect(who(attributions[0])).toBe('Greta Holm / Larch Lodge');
    // A name the text gives a person is no one's organisation.
    const colleague = attribute('Greta Holm, who runs the home with Ivo Brandt, said it was full. Ivo Brandt said so too.');
    expect(who(colleague[0])).toBe('Greta Holm / -');
  });

  it('reads "Name, who teaches … at X" and "who volunteers for X" as X’s, not a customer "who shops at X"', () => {
    expect(who(attribute('Ada Renn, who teaches music at Holloway Elementary, said the band had folded.')[0])).toBe(
      'Ada Renn / Holloway Elementary',
    );
    expect(who(attribute('Ivo Marsh, who volunteers for the Harbour Trust, said the boats were gone.')[0])).toBe(
      'Ivo Marsh / Harbour Trust',
    );
    expect(who(attribute('Lena Fox, who shops at the Harbour Market, said the stalls were empty.')[0])).toBe('Lena Fox / -');
  });

  it('reads "Name, of X, said" and "Name, who is X\'s treasurer, said" as X\'s', () => {
    expect(who(attribute("Ann Ross, of the Tenants' Union, said rents rose by a tenth.")[0])).toBe("Ann Ross / Tenants' Union");
    expect(who(attribute("Sara Nyman, who is the Harbour Trust's treasurer, said the trust was solvent.")[0])).toBe(
      'Sara Nyman / Harbour Trust',
    );
  });

  it('reads past a "where" or "who" clause after a person’s apposition to the person it describes', () => {
    expect(who(attribute('Ruth Okello, head of the Linden Academy, where the samples were taken, said the air was cleaner.')[0])).toBe(
      'Ruth Okello / Linden Academy',
    );
    expect(who(attribute('Sam Ilves, a chemist at the Pellam Institute, who was not involved, said the data held.')[0])).toBe(
      'Sam Ilves / Pellam Institute',
    );
  });

  it('reads "Name, a lecturer at the institute, said" as a person working at the institute named before', () => {
    const attributions = attribute(
      'The samples were checked by the Institute for Soil Research. Oskar Vendt, a lecturer at the institute, said they were sound.',
    );
    expect(who(attributions[1])).toBe('Oskar Vendt / Institute for Soil Research');
  });

  it('reads "said Name of X Y Z" whose organisation has no organisation word', () => {
    expect(who(attribute('“Trade is down,” said Pia Lorne of Vessby Container Terminal.')[0])).toBe(
      'Pia Lorne / Vessby Container Terminal',
    );
  });

  it('reads "Dame First" and "Sir First" as the person named in full with that honorific', () => {
    const attributions = attribute(
      'The Fenwater Trust said it would sell the mill. Trust chair Dame Elspeth Corran said the roof needed £2m. ' +
        '“We cannot raise it,” Dame Elspeth said.',
    );
    expect(attributions.slice(1).map(who)).toEqual(['Elspeth Corran / Fenwater Trust', 'Elspeth Corran / Fenwater Trust']);
  });

  it('reads a name after "broker" as an organisation, and its short name before a role as it', () => {
    const attributions = attribute(
      'Freight rates fell by a fifth, according to broker Kalveston Chartering. Kalveston head of research Ida Moor said 14 ships were idle.',
    );
    expect(attributions.map(who)).toEqual(['- / Kalveston Chartering', 'Ida Moor / Kalveston Chartering']);
  });
});

describe('one person, one identity across the article (branch attr-org4)', () => {
  it('writes an organisation given by an acronym the article introduced under its full name', () => {
    const attributions = attribute(
      'The Eastfold Valley Health District (EVHD) runs the clinic. ' +
        'An EVHD spokeswoman said the clinic would stay open. ' +
        'Its medical director, Dr Ines Varga, said two doctors had left.',
    );
    expect(attributions.map(who).slice(1)).toEqual(['- / Eastfold Valley Health District', 'Ines Varga / Eastfold Valley Health District']);
  });

  it('reads a post written before a name as the office named just before that holds it ("Ombudsman Name")', () => {
    const attributions = attribute(
      'The Office of the Regional Housing Ombudsman published its findings on Monday. ' +
        'Ombudsman Teodor Maric said 300 complaints had been upheld. ' +
        '"Nobody answered the letters," Maric said.',
    );
    expect(attributions.map(who).slice(1)).toEqual([
      'Teodor Maric / Office of the Regional Housing Ombudsman',
      'Teodor Maric / Office of the Regional Housing Ombudsman',
    ]);
    // An office named long before (or not at all) gives none.
    expect(who(attribute('Ombudsman Teodor Maric said 300 complaints had been upheld.')[0])).toBe('Teodor Maric / -');
  });

  it('points "the chief executive" and "the CFO" at the person her introduction gave that post, in any written form', () => {
    const attributions = attribute(
      'Orlen Grain Cooperative reported a loss on Tuesday. ' +
        'Its chief executive, Dr Saskia Brandt, told investors the harvest had been poor. ' +
        'Finance director Colm Ruane said debt had risen to 40 million euros. ' +
        'The chief executive said 12 silos would close. ' +
        'The CFO said the dividend would be cut.',
    );
    expect(attributions.slice(3).map((a) => a.speaker)).toEqual(['Saskia Brandt', 'Colm Ruane']);
    expect(attributions[3]?.organisation).toBe('Orlen Grain Cooperative');
  });

  it('gives a colleague introduced by a post only an organisation has, right after, the same organisation', () => {
    const attributions = attribute(
      'Its chief executive, Dr Saskia Brandt, said the harvest had been poor. ' +
        'Finance director Colm Ruane said debt had risen to 40 million euros.',
    );
    expect(who(attributions[1])).toBe('Colm Ruane / -');
    const colleagues = attribute(
      'Orlen Grain Cooperative reported a loss on Tuesday. ' +
        'Its chief executive, Dr Saskia Brandt, said the harvest had been poor. ' +
        'Finance director Colm Ruane said debt had risen to 40 million euros.',
    );
    expect(who(colleagues[2])).toBe('Colm Ruane / Orlen Grain Cooperative');
    // A mayor holds no post inside the council's business: her finance director is not guessed from her.
    const mayor = attribute(
      'Mayor Rita Soames of the Tarnby Town Council said the pool would close. Finance director Colm Ruane said it had lost money.',
    );
    expect(who(mayor[1])).toBe('Colm Ruane / -');
  });

  it('reads "the Stavanmark-based company" as a description, not an organisation named "Stavanmark-based"', () => {
    const attributions = attribute('Profit fell to 41 million crowns, the Orsvik-based company said.');
    expect(attributions[0]?.organisation).not.toBe('Orsvik-based');
  });

  it('points a description by age or nationality at the person who just spoke', () => {
    const attributions = attribute(
      'Coach Pavel Ostrowski said his team had trained twice a day. ' +
        'The 52-year-old said three players were injured. ' +
        'Lena Dorn, the captain, said the pitch was frozen. ' +
        'The German said the match should have been called off.',
    );
    expect(attributions.map((a) => a.speaker)).toEqual(['Pavel Ostrowski', 'Pavel Ostrowski', 'Lena Dorn', 'Lena Dorn']);
  });

  it('does not give a description by age to a speaker of another paragraph or to an unnamed speaker', () => {
    const far = attribute(
      'Coach Pavel Ostrowski said his team had trained.\n\nThe match was called off.\n\nThe 52-year-old said it was cold.',
    );
    expect(far[2]?.speaker).toBeNull();
    const unnamed = attribute('A club spokesman said the match was off. The 52-year-old said it was cold.');
    expect(unnamed[1]?.speaker).toBeNull();
  });
});

describe('names and nouns the article itself explains (branch attr-org4)', () => {
  it('reads a surname that is also a plural noun as a person when the text describes her as one elsewhere', () => {
    const attributions = attribute(
      'The Lochside Crofters Union met on Friday. Its chair, Morag Tillers, said 12 crofts were empty. ' +
        'Tillers, a retired shepherd, said rents had doubled. "Nobody can pay that," she said.',
    );
    expect(attributions.slice(1).map(who)).toEqual([
      'Morag Tillers / Lochside Crofters Union',
      'Morag Tillers / Lochside Crofters Union',
      'Morag Tillers / Lochside Crofters Union',
    ]);
  });

  it('reads "the district", "the trust" as the organisation whose name the noun ends, named before', () => {
    const attributions = attribute(
      'The Kell Valley Water District (KVWD) runs the reservoir. According to the district, the level fell by a third. ' +
        'The Harrowgate Canal Trust disagreed. The trust said the level had fallen by a tenth.',
    );
    expect(attributions[1]?.organisation).toBe('Kell Valley Water District');
    expect(attributions[3]?.organisation).toBe('Harrowgate Canal Trust');
  });

  it('reads "a spokesperson for the corporation" as the organisation described as one before', () => {
    const attributions = attribute(
      'Tarn Bay Ferries, a public corporation that runs six routes, cancelled 40 sailings. A spokesperson for the corporation said crews were short.',
    );
    expect(attributions[1]?.organisation).toBe('Tarn Bay Ferries');
  });

  it('reads "the minister’s office" as the organisation of the minister met before', () => {
    const attributions = attribute(
      'Transport Minister Edda Voss said the line would reopen. The minister’s office said the works would cost €4m.',
    );
    expect(attributions.map(who)).toEqual(['Edda Voss / Ministry of Transport', '- / Ministry of Transport']);
    // A mayor speaks for none: "the mayor's office" stays as written.
    expect(attribute('Mayor Edda Voss said the line would reopen. The mayor’s office said it would cost €4m.')[1]?.organisation).not.toBe(
      'Ministry of Transport',
    );
  });

  it('learns a short title the text writes before a full name and a surname ("Cr Name", "Cr Surname")', () => {
    const attributions = attribute(
      'The Orrin Shire Council met on Monday. The council’s mayor, Cr Walter Pinchbeck, said the pool had lost $2m. ' +
        '"We cannot keep it open," Cr Pinchbeck said.',
    );
    expect(attributions.slice(1).map(who)).toEqual(['Walter Pinchbeck / Orrin Shire Council', 'Walter Pinchbeck / Orrin Shire Council']);
  });

  it('reads an organisation named before an apposition with no organisation noun as the subject ("NAME, the largest grocer, reported")', () => {
    const attributions = attribute('Tolvik Foods, the region’s second-largest grocer, reported a 9 percent fall in profit on Monday.');
    expect(who(attributions[0])).toBe('- / Tolvik Foods');
    // A person's name before such an apposition stays hers.
    expect(who(attribute('Ada Rusk, the region’s best-known grocer, said prices would rise.')[0])).toBe('Ada Rusk / -');
  });

  it('does not give a named speaker the organisation whose figures she cites ("…, citing data from X")', () => {
    expect(
      who(
        attribute('Petra Sand, an economist at Lyle Bank, said rents had risen 9 percent, citing figures from the Holm Housing Office.')[0],
      ),
    ).toBe('Petra Sand / Lyle Bank');
    expect(who(attribute('Retail analyst Ola Brenn said sales had slipped, citing data from research firm Countwise.')[0])).toBe(
      'Ola Brenn / -',
    );
  });

  it('reads "called X Y" as a statement whatever wink tags the object’s words, and an adverb before the judgement', () => {
    expect(who(attribute('Councillor Ivo Rask called the overspend a disgrace.')[0])).toBe('Ivo Rask / -');
    expect(who(attribute('The mill’s works manager, Ines Duarte, called the inspectors’ account of the visit completely wrong.')[0])).toBe(
      'Ines Duarte / -',
    );
    // Telephoning and convening are no statements.
    expect(attribute('Councillor Ivo Rask called the police at midnight.')[0]?.speaker).toBeNull();
    expect(attribute('Councillor Ivo Rask called a meeting for Tuesday.')[0]?.speaker).toBeNull();
  });

  it('reads "he"/"she" after a sentence whose subject is a named person as that person, not the speaker before', () => {
    const attributions = attribute(
      'Coach Pavel Ostrowski said the pitch was frozen. Tarnby Athletic captain Ugo Brannock thanked the 300 fans who travelled. He said the team had let them down.',
    );
    expect(attributions[2]?.speaker).toBe('Ugo Brannock');
    // A sentence that is itself attributed leaves "he" to the usual rules.
    const spoken = attribute(
      'Ugo Brannock said the fans were loud. Coach Pavel Ostrowski said the pitch was frozen. He said the match should stop.',
    );
    expect(spoken[2]?.speaker).toBe('Pavel Ostrowski');
  });

  describe('introductions that tie a person to an organisation (branch attr-org-lbl)', () => {
    it.each([
      'Jo Marrin has been clinical lead at the Brackley Food Bank since 2019.',
      "Jo Marrin is the Brackley Food Bank's coordinator.",
      'Jo Marrin, who has worked at the Brackley Food Bank for ten years, spoke to us.',
      'Jo Marrin has volunteered with the Brackley Food Bank since it opened.',
      'Jo Marrin coordinates the Brackley Food Bank.',
      'Jo Marrin started the Brackley Food Bank in 2015.',
      'Jo Marrin is one of the founders of the Brackley Food Bank.',
    ])('%s', (introduction) => {
      const attributions = attribute(`${introduction} Marrin said 900 parcels went out in May.`);
      expect(who(attributions[attributions.length - 1])).toBe('Jo Marrin / Brackley Food Bank');
    });

    it('reads no organisation from a post without one, a past project or a place she visited', () => {
      for (const introduction of [
        'Jo Marrin has been a regular visitor at the Brackley Food Bank.',
        'Jo Marrin, who oversaw the Brackley Food Bank move, spoke to us.',
        'Jo Marrin has been to the Brackley Food Bank twice.',
      ]) {
        const attributions = attribute(`${introduction} Marrin said 900 parcels went out in May.`);
        expect(who(attributions[attributions.length - 1])).toBe('Jo Marrin / -');
      }
    });
  });
});
