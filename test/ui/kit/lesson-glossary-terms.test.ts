// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findGlossaryEntry } from '../../../src/content/glossary';
import { linkTerms } from '../../../src/ui/kit/glossary-links';
import { lessonStrings } from '../../lessons/content-hosts';

/**
 * Issue 15, "Language": the lab and model words the lessons lean on are explained where they appear. Each
 * term below has a glossary entry, appears in the lessons or the lecture, and wherever a lesson or lecture
 * text uses it the panel's linker (src/ui/kit/glossary-links.ts) turns it into a glossary link.
 */
const TERMS = ['MK-801', 'intrathecal', 'remifentanil', 'TLR4', 'tolerance factor'] as const;

const texts = lessonStrings();
const wholeWord = (term: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

describe('glossary-worthy terms in the lessons are linked', () => {
  it.each(TERMS)('“%s” has a glossary entry', (term) => {
    expect(findGlossaryEntry(term)?.definition.length ?? 0).toBeGreaterThan(40);
  });

  it.each(TERMS)('“%s” is used in the lessons or the lecture, and linked wherever it is used', (term) => {
    const using = texts.filter((t) => wholeWord(term).test(t.text));
    expect(using.length).toBeGreaterThan(0);
    const entry = findGlossaryEntry(term)!;
    const unlinked = using.filter(({ text }) => {
      const host = document.createElement('p');
      host.append(linkTerms(text, () => undefined, document));
      const links = [...host.querySelectorAll('button.term-link')];
      return !links.some((b) => findGlossaryEntry(b.textContent ?? '')?.term === entry.term);
    });
    expect(unlinked.map((t) => t.where)).toEqual([]);
  });
});
