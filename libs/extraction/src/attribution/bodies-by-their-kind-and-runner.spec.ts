import { lastWho } from '../testing/attribution';

describe('a definite description of a body by its kind: hyphenated kinds, utilities, agencies, who runs a place, an operator', () => {
  it.each([
    // "The co-operative" is the "… Co-operative" named before: a hyphenated kind noun is read as its words in a row.
    [
      "The Brenlow Apple Growers' Co-operative said prices fell. The co-operative, which packs fruit for 40 farms, said 3 sheds had closed.",
      "- / Brenlow Apple Growers' Co-operative / -",
    ],
    // "The utility" is a public body that supplies water: "… Water Authority".
    [
      'The Tessick Valley Water Authority plans to lay a 9-mile main. The Harrow Land Trust objected to the route. The utility said it had written to 12 landowners.',
      '- / Tessick Valley Water Authority / -',
    ],
    // "The agency" is never an association of members that spoke in between.
    [
      "The Public Health Agency of Vellmar said 40 cases had been confirmed. The Vellmar Dentists' Association said its members had seen 300 patients. The agency's chief medical officer, Dr Ines Tamsk, said no deaths had been reported.",
      'Ines Tamsk / Public Health Agency of Vellmar / -',
    ],
    // "The agency says" is the agency that spoke before, whose name holds the noun, not a trust that spoke since.
    [
      "The Tarnbeck Waterways Agency said oxygen in the millstream fell to 5 mg/l. The Hethfold Anglers' Trust said it fell to 3 mg/l in July. The agency says oxygen did not fall below 6 mg/l at any point.",
      '- / Tarnbeck Waterways Agency / -',
    ],
    // "The sanctuary said" of a place another body runs is that body.
    [
      'The Fenlock Moss Bird Sanctuary lies east of the town. The sanctuary, 800 acres of reed bed, is managed by the Ashlow Wetland Trust. The sanctuary said it would close its hide for 2 months.',
      '- / Ashlow Wetland Trust / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });

  it('keeps a place that is only owned by another body', () => {
    const text =
      'The Fenlock Moss Bird Sanctuary lies east of the town. The sanctuary is owned by the Ashlow Wetland Trust. The sanctuary said it would close its hide for 2 months.';
    expect(lastWho(text)).not.toBe('- / Ashlow Wetland Trust / -');
  });

  it('reads "the operator" far on as the body an earlier "the operator said" stood for, not its owner', () => {
    const text = [
      'Quenvik Isles Ferries will drop its night crossing from May, the operator said on Monday.',
      'The firm is owned by Tolmund Shipping Group, which also runs two tugboats.',
      "The Dovren Seafarers' Union said 12 crew jobs would go.",
      'Its secretary said members had not been consulted.',
      'The province subsidises the route by $2 million a year.',
      'The union said it would ballot members in June.',
      'Island residents said the last cut had left commuters stranded.',
      'The operator said 2 crew would retire and none would be made redundant.',
    ].join('\n\n');
    expect(lastWho(text)).toBe('- / Quenvik Isles Ferries / -');
  });

  it('reads "the ferry company" as a name holding the plural "Ferries"', () => {
    const text = 'Quenvik Isles Ferries cancelled 9 sailings. The ferry company said it had refunded 40 passengers.';
    expect(lastWho(text)).toBe('- / Quenvik Isles Ferries / -');
  });
});
