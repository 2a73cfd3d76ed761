import { lastWho } from '../testing/attribution';

describe('common-noun subjects naming a body or a part of one', () => {
  it.each([
    // A finding set out in a document between the verb and its that-clause is still the subject's finding.
    [
      'The Zellmoor Ferry Board met on Monday. The state audit bureau found in an audit last month that the ferries carried no spare fuel.',
      '- / state audit bureau / -',
    ],
    [
      'The Zellmoor Ferry Board met on Monday. Inspectors from the Marine Safety Office found in their annual review that 4 ferries lacked rafts.',
      '- / Marine Safety Office / -',
    ],
    // … but a found object is no finding reported.
    ['Divers found in a wreck off Ravensholt two iron anchors.', '- / - / -'],

    // A statement from a part of a body a lower-case possessive owns speaks as that part does.
    ['A statement from the chamberlain’s office said 40 roads were shut.', '- / chamberlain’s office / -'],
    // The owner's noun a description set beside a name before stands for that body.
    [
      'The haulier, Tarn Freight, lost 3 trucks in the flood. A statement from the haulier’s depot office said 12 drivers were safe.',
      '- / Tarn Freight / -',
    ],
    [
      'The haulier, Tarn Freight, lost 3 trucks in the flood. The haulier’s depot office said 12 drivers were safe.',
      '- / Tarn Freight / -',
    ],
    // … and so does a name the owner's noun ends.
    [
      'The Glimmerdale Beaver Sanctuary opened in 1990. Minutes of the sanctuary’s breeding committee record that 3 beavers fell ill.',
      '- / Glimmerdale Beaver Sanctuary / -',
    ],
    // An owner no description named stays as written.
    ['Tarn Freight lost 3 trucks in the flood. The haulier’s depot office said 12 drivers were safe.', '- / haulier’s depot office / -'],

    // A body's possessive narrowed by modifiers owns its part: the body named before that fits the description.
    [
      'The Ottrin Harbour Authority runs the quays. The harbour authority’s engineering department said 2 cranes were idle.',
      '- / Ottrin Harbour Authority / -',
    ],
    // … and not another body of the kind the modifiers do not fit.
    [
      'The Ottrin Transit Authority runs the trams. The harbour authority’s engineering department said 2 cranes were idle.',
      '- / harbour authority / -',
    ],
    // … nor a wider body than the one named before.
    [
      'The Ottrin Rowing League suspended its coach. The international league’s integrity unit said 2 complaints were made.',
      '- / international league / -',
    ],
  ])('%s', (text, expected) => {
    expect(lastWho(text)).toBe(expected);
  });
});
