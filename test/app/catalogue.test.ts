import { describe, expect, it } from 'vitest';
import {
  loadPresetDescriptions,
  PRESET_ENTRIES,
  PRESET_GROUPS,
  presetDescription,
  presetTitle,
  readableTitle,
  searchPresets,
} from '../../src/app/catalogue';
import { PRESETS } from '../../src/model';

const names = (groups: ReturnType<typeof searchPresets>) =>
  groups.flatMap((g) => g.presets.map((p) => p.name));

describe('the preset catalogue', () => {
  it('lists every preset once, grouped: clinical scenarios, lesson scenarios, experiments in people, in rats', () => {
    expect(PRESET_GROUPS.map((g) => g.label)).toEqual([
      'Clinical scenarios',
      'Lesson scenarios: what if',
      'Experiments in people',
      'Experiments in rats',
    ]);
    expect(names(PRESET_GROUPS).sort()).toEqual(PRESETS.map((p) => p.name).sort());
    expect(PRESET_ENTRIES.every((p) => p.title !== p.name)).toBe(true);
  });

  it('cites the source of an experiment by author and year', () => {
    expect(PRESET_ENTRIES.find((p) => p.name === 'dunbar-1996-spinal-mk801-day-7')?.source).toEqual({
      id: 'dunbar-1996',
      cite: 'Dunbar & Yaksh 1996',
    });
    expect(PRESET_ENTRIES.find((p) => p.name === 'oih-state')?.source).toBeNull();
  });

  it('loads the descriptions after the first screen; until then search looks in titles, groups and sources', async () => {
    expect(presetDescription('oih-state')).toBeNull();
    // "infused" is only in descriptions.
    expect(names(searchPresets('infused'))).toEqual([]);
    expect(names(searchPresets('dunbar'))).toHaveLength(3);
    await loadPresetDescriptions();
    expect(presetDescription('oih-state')).toMatch(/^Morphine 240 MME a day for 12 weeks/);
    expect(presetDescription('no-such-preset')).toBeNull();
    expect(names(searchPresets('infused'))).toEqual([
      'dunbar-1996-spinal',
      'dunbar-1996-spinal-rvm-block',
      'dunbar-1996-spinal-antiserum',
      'dunbar-1996-spinal-mk801',
      'dunbar-1996-spinal-mk801-day-7',
    ]);
  });

  it('search keeps the presets whose words hold every word asked, in any case and without accents', async () => {
    await loadPresetDescriptions();
    expect(searchPresets('')).toBe(PRESET_GROUPS);
    expect(searchPresets('   ')).toBe(PRESET_GROUPS);
    expect(names(searchPresets('MK-801 only'))).toEqual(['dunbar-1996-spinal-mk801-day-7']);
    expect(names(searchPresets('mk-801'))).toEqual([
      'laulin-daily-morphine-mk801',
      'dunbar-1996-spinal-mk801',
      'dunbar-1996-spinal-mk801-day-7',
    ]);
    // By the source's author, with or without the accents of "Célèrier".
    expect(names(searchPresets('celerier'))).toEqual(names(searchPresets('Célèrier')));
    expect(names(searchPresets('celerier'))).toHaveLength(4);
    // By group: the group's name is searched too, and empty groups are dropped.
    const rats = searchPresets('rats ketamine');
    expect(rats.map((g) => g.id)).toEqual(['rat']);
    expect(names(rats)).toContain('celerier-2000-fentanyl-ketamine');
    expect(names(searchPresets('taper'))).toEqual(
      expect.arrayContaining(['taper-10-per-week', 'taper-20-per-week', 'darnall-2018-taper']),
    );
    expect(searchPresets('no such words anywhere')).toEqual([]);
  });

  it('says a preset by its title, and turns an id carried by an old link or file into the title', () => {
    expect(presetTitle('oih-escalation')).toBe('Rising morphine dose over 26 weeks');
    expect(presetTitle('my scenario')).toBe('my scenario');
    expect(readableTitle('knockout-glia')).toBe('Rising dose with glia switched off');
    expect(readableTitle('knockout-glia (edited)')).toBe('Rising dose with glia switched off (edited)');
    expect(readableTitle('copy of knockout-glia')).toBe('copy of knockout-glia');
  });
});
