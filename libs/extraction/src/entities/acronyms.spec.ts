import { segmentText } from '../sentence-splitter';
import { acronymExpansions, initialsOf, introducedAcronym, isInitialsOf, organisationOfInitials } from './acronyms';
import { findEntities } from './find-entities';

describe('acronyms introduced in brackets', () => {
  it('reads a name’s initials past linking words', () => {
    expect(initialsOf('Office of the Water Commissioner')).toBe('OWC');
    expect(initialsOf('Grain Growers and Millers Federation')).toBe('GGMF');
    expect(initialsOf('Trans-Alpine Rail Board')).toBe('TARB');
  });

  it('takes the bracketed capitals after a name only when they are its initials', () => {
    const text = 'The Lower Dane Catchment Trust (LDCT) said so. Harrow Mills (UK) said too.';
    expect(introducedAcronym(text, text.indexOf(' (LDCT)'), 'Lower Dane Catchment Trust')).toBe('LDCT');
    expect(introducedAcronym(text, text.indexOf(' (UK)'), 'Harrow Mills')).toBeNull();
    expect(introducedAcronym('Harrow Mills (2019) said so.', 'Harrow Mills'.length, 'Harrow Mills')).toBeNull();
  });

  it('makes a name introduced with its acronym an organisation, and maps the acronym to it', () => {
    const text =
      'The Eastfold Valley Health District (EVHD) runs the clinic. An EVHD spokeswoman said it would stay open. ' +
      'The Saltmarsh Anglers Circle (SAC) objected.';
    const entities = findEntities(text, segmentText(text).sentences);
    const district = entities.find((entity) => entity.text === 'Eastfold Valley Health District');
    expect(district?.type).toBe('organisation');
    const expansions = acronymExpansions(text, entities);
    expect(expansions.get('EVHD')).toBe('Eastfold Valley Health District');
    expect(expansions.get('SAC')).toBe('Saltmarsh Anglers Circle');
  });

  it('reads a parent’s acronym opening the name as spelled out or left out, never to two letters', () => {
    expect(isInitialsOf('UNDP', 'UN Development Programme')).toBe(true);
    expect(isInitialsOf('FSA', 'UN Food Security Agency')).toBe(true);
    expect(isInitialsOf('UFSA', 'UN Food Security Agency')).toBe(true);
    expect(isInitialsOf('FA', 'UN Food Agency')).toBe(false);
    expect(isInitialsOf('FSA', 'Kessel Food Security Agency')).toBe(false);
    const text = 'The EU Fisheries Oversight Board (FOB) met on Monday. A FOB inspector said 12 boats were seized.';
    const entities = findEntities(text, segmentText(text).sentences);
    expect(acronymExpansions(text, entities).get('FOB')).toBe('EU Fisheries Oversight Board');
    expect(organisationOfInitials('FOB', entities, text.indexOf('A FOB'))?.text).toBe('EU Fisheries Oversight Board');
  });
});
