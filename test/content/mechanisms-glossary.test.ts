import { describe, expect, it } from 'vitest';
import {
  findGlossaryEntry,
  glossary,
  glossaryNames,
  glossarySlug,
  sortedGlossary,
} from '../../src/content/glossary';
import { levelSentence, mechanismText, toleranceSentence, toleranceText } from '../../src/content/mechanisms';
import { references } from '../../src/content/references';
import { MECHANISM_IDS } from '../../src/model';

const REQUIRED_TERMS = [
  'allodynia',
  'hyperalgesia',
  'OIH',
  'tolerance',
  'MME',
  'EC50',
  'ED50',
  'RVM',
  'DRG',
  'dorsal root ganglion',
  'NMDA',
  'dynorphin',
  'glia',
  'HCN2',
  'central sensitization',
  'descending facilitation',
  'cross-tolerance',
  'taper',
  'opioid rotation',
  'withdrawal',
  'adjuvant',
];

describe('mechanism texts', () => {
  const all = [
    ...MECHANISM_IDS.map((id) => [id, mechanismText[id]] as const),
    ['tolerance', toleranceText] as const,
  ];

  it.each(all)(
    '%s says what it is, what drives it, what blocks it, how sure we are, and its sources',
    (_, text) => {
      for (const words of [text.summary, text.drives, text.blocks, text.evidence]) {
        expect(words.length).toBeGreaterThan(60);
      }
      expect(text.sourceIds[0]).toBe('seed');
      expect(text.sourceIds.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('cites only references that exist, each once per mechanism', () => {
    const ids = new Set(references.map((r) => r.id));
    expect(ids.size).toBe(references.length);
    for (const [, text] of all) {
      for (const id of text.sourceIds) expect(ids).toContain(id);
      expect(new Set(text.sourceIds).size).toBe(text.sourceIds.length);
    }
  });

  it('names the treatment or experiment that blocks each mechanism', () => {
    expect(mechanismText.nmda.blocks).toMatch(/ketamine/);
    expect(mechanismText.nmda.blocks).toMatch(/MK-801/);
    expect(mechanismText.rvm.blocks).toMatch(/lidocaine/);
    expect(mechanismText.glia.blocks).toMatch(/IL-1ra/);
    expect(mechanismText.glia.blocks).toMatch(/ibudilast/);
    expect(mechanismText.dynorphin.blocks).toMatch(/antiserum/);
    expect(mechanismText.hcn2.blocks).toMatch(/ivabradine/);
  });

  it('says that the HCN2 evidence is thinner than the rest', () => {
    expect(mechanismText.hcn2.evidence).toMatch(/^Weaker/);
    expect(mechanismText.hcn2.blocks).toMatch(/not been confirmed/);
  });

  it('puts a level, its words and its trend in one line', () => {
    expect(levelSentence(0.42, 0.01)).toBe('42 % · moderate · rising');
    expect(levelSentence(0, 0)).toBe('0 % · absent · steady');
    expect(levelSentence(Number.NaN, -0.1)).toBe('0 % · absent · falling');
    expect(toleranceSentence(2.44, 0.59, -0.01)).toBe('EC50 × 2.4 · high · falling');
  });
});

describe('glossary', () => {
  it.each(REQUIRED_TERMS)('defines “%s”', (term) => {
    expect(findGlossaryEntry(term)?.definition.length).toBeGreaterThan(30);
  });

  it('gives every entry a unique slug and every name to one entry only', () => {
    const slugs = glossary.map(glossarySlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = glossary.flatMap((entry) => glossaryNames(entry).map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists entries alphabetically, µ as "mu"', () => {
    const terms = sortedGlossary().map((e) => e.term);
    expect(terms[0]).toBe('Adjuvant');
    expect(terms.indexOf('µ-opioid receptor')).toBe(terms.indexOf('MME') + 1);
    expect(glossarySlug(findGlossaryEntry('EC50')!)).toBe('ec50-ed50');
  });
});
