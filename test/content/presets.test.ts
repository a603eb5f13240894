import { describe, expect, it } from 'vitest';
import { presetDescriptions } from '../../src/content/preset-descriptions';
import {
  PRESET_GROUP_IDS,
  presetGroupNames,
  presetSourceCites,
  presetWords,
} from '../../src/content/presets';
import { referenceById, references, shortCitation } from '../../src/content/references';
import { PRESETS } from '../../src/model';
import { CLINICAL_PRESETS } from '../../src/model/presets/clinical';
import { HUMAN_EXPERIMENT_PRESETS } from '../../src/model/presets/human-experiments';
import { RAT_PRESETS } from '../../src/model/presets/rat';

/**
 * Step 12, "plain words on screen": every ready-made scenario has a title (src/content/presets.ts) and a
 * one-line plain description (src/content/preset-descriptions.ts), and none of the words a learner reads is an
 * internal id or a "facts §" reference.
 */
const IDS = PRESETS.map((p) => p.name);
/** A preset id as a whole token, as it would read on screen ("oih-state", not "oih-states" or "non-oih-state"). */
const idIn = (text: string) =>
  IDS.filter((id) => new RegExp(`(?<![\\w.-])${id}(?![\\w-])`, 'i').test(text) && id.includes('-'));
const entries = Object.entries(presetWords).map(
  ([id, w]) => [id, { ...w, description: presetDescriptions[id] ?? '' }] as const,
);

describe('the words of the ready-made scenarios', () => {
  it('every preset has a title and a description, and every entry is a preset', () => {
    expect(Object.keys(presetWords).sort()).toEqual([...IDS].sort());
    expect(Object.keys(presetDescriptions).sort()).toEqual([...IDS].sort());
    for (const [id, words] of entries) {
      expect(words.title.trim(), id).not.toBe('');
      expect(words.description.trim(), id).not.toBe('');
    }
  });

  it('titles are unique, and no title is its preset’s id', () => {
    const titles = entries.map(([, w]) => w.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    for (const [id, words] of entries) expect(words.title.toLowerCase()).not.toBe(id);
  });

  it('no title or description holds a preset id or a reference to the facts file', () => {
    const bad = entries.flatMap(([id, w]) =>
      [w.title, w.description].flatMap((text) => [
        ...idIn(text).map((found) => `${id}: “${found}” in “${text}”`),
        ...(/facts\s*(§|#)|§\s*\d/i.test(text) ? [`${id}: facts reference in “${text}”`] : []),
      ]),
    );
    expect(bad).toEqual([]);
  });

  it('the id check itself finds an id in running text', () => {
    expect(idIn('Opened oih-state.')).toEqual(['oih-state']);
    expect(idIn('A: dunbar-1996-spinal-mk801-day-7 (edited)')).toContain('dunbar-1996-spinal-mk801-day-7');
    expect(idIn('The OIH state, tolerance only, an abrupt stop')).toEqual([]);
  });

  it('descriptions are one plain line: one or two sentences, no line breaks, at most 200 characters', () => {
    for (const [id, w] of entries) {
      expect(w.description, id).not.toMatch(/\n/);
      expect(w.description.length, id).toBeLessThanOrEqual(200);
      expect(w.description, id).toMatch(/[.!?]$/);
      expect(w.title.length, id).toBeLessThanOrEqual(60);
    }
  });

  it('files each preset in a group that matches the model: experiments by subject, clinical presets as courses or what-ifs', () => {
    for (const p of CLINICAL_PRESETS)
      expect(['clinical', 'lesson'], p.name).toContain(presetWords[p.name]?.group);
    for (const p of HUMAN_EXPERIMENT_PRESETS) expect(presetWords[p.name]?.group, p.name).toBe('human');
    for (const p of RAT_PRESETS) expect(presetWords[p.name]?.group, p.name).toBe('rat');
    for (const g of PRESET_GROUP_IDS)
      expect(
        entries.some(([, w]) => w.group === g),
        g,
      ).toBe(true);
    expect(Object.keys(presetGroupNames)).toEqual([...PRESET_GROUP_IDS]);
  });

  it('what-if scenarios switch something off; the clinical ones switch nothing off', () => {
    for (const p of CLINICAL_PRESETS) {
      const knocksOut = (p.scenario.knockouts ?? []).length > 0;
      expect(presetWords[p.name]?.group, p.name).toBe(knocksOut ? 'lesson' : 'clinical');
    }
  });

  it('the experiments named after a study cite it, by a reference the About dialog lists', () => {
    const listed = new Set(references.map((r) => r.id));
    for (const [id, w] of entries) {
      if (w.source) expect(listed.has(w.source), id).toBe(true);
      const author =
        /^(celerier|laulin|dunbar|johnston|grace|chu|pud|darnall|koppert|fletcher|vanderah)-/.exec(id);
      if (author) expect(w.source, id).toMatch(new RegExp(`^(${author[1]}|vanderah)-`));
    }
  });
});

describe('short citations', () => {
  it('cite by author and year', () => {
    expect(shortCitation(referenceById('dunbar-1996'))).toBe('Dunbar & Yaksh 1996');
    expect(shortCitation(referenceById('celerier-2000'))).toBe('Célèrier et al. 2000');
    expect(shortCitation(referenceById('chu-2012'))).toBe('Chu et al. 2012');
    expect(shortCitation(referenceById('fletcher-2014'))).toBe('Fletcher & Martinez 2014');
    expect(shortCitation(referenceById('wilson-2021'))).toBe('Wilson et al. 2021');
  });

  it('the picker’s table of cites (presetSourceCites) is shortCitation of each reference, every one a preset cites', () => {
    for (const [id, cite] of Object.entries(presetSourceCites))
      expect(cite, id).toBe(shortCitation(referenceById(id as keyof typeof presetSourceCites)));
    const cited = new Set(entries.flatMap(([, w]) => (w.source ? [w.source] : [])));
    expect([...cited].sort()).toEqual(Object.keys(presetSourceCites).sort());
  });

  it('every source a scenario cites reads as "Author[ & Author| et al.] year"', () => {
    for (const [, w] of entries)
      if (w.source)
        expect(shortCitation(referenceById(w.source))).toMatch(
          /^[\p{L}’' -]+( & [\p{L}’' -]+| et al\.)? \d{4}$/u,
        );
  });
});
