// @vitest-environment happy-dom
import { getByRole, queryAllByRole, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addonGroups, addonLabels, controlWords } from '../../../src/content/controls';
import { mechanismText, toleranceText } from '../../../src/content/mechanisms';
import { referenceById } from '../../../src/content/references';
import {
  findPreset,
  MECHANISM_LABELS,
  SCENE_REGION_IDS,
  snapshotAt,
  type SceneRegionId,
  type Snapshot,
} from '../../../src/model';
import { simulate } from '../../../src/model/run';
import { createMechanismCard, type MechanismCard } from '../../../src/ui/hosts/mechanism-card';

const result = simulate({ ...findPreset('oih-escalation')!.scenario, durationDays: 42 });

let card: MechanismCard;
let opener: HTMLButtonElement;
let closed: number;
let glossaryOpened: string[];

const textOf = (id: SceneRegionId) =>
  id === 'tolerance' ? toleranceText : { ...mechanismText[id], name: MECHANISM_LABELS[id] };
const levelText = () => card.element.querySelector('.mechanism-level-text')?.textContent ?? '';
const meterWidth = () => card.element.querySelector<HTMLElement>('.mechanism-meter-fill')!.style.width;

beforeEach(() => {
  closed = 0;
  glossaryOpened = [];
  card = createMechanismCard(
    () => (closed += 1),
    (term) => glossaryOpened.push(term),
  );
  opener = document.createElement('button');
  opener.textContent = 'RVM region';
  document.body.append(opener, card.element);
});

afterEach(() => document.body.replaceChildren());

describe('mechanism panel', () => {
  it.each(SCENE_REGION_IDS)(
    '%s: says what it is, what drives it, what blocks it, how sure we are and its sources',
    (id) => {
      card.show(id);
      const text = textOf(id);
      const panel = getByRole(document.body, 'complementary', { name: text.name });
      for (const heading of [
        'What it is',
        'What drives it',
        'What blocks it',
        'How sure we are',
        'Sources',
      ]) {
        expect(within(panel).getByRole('heading', { name: heading, level: 4 })).toBeTruthy();
      }
      for (const words of [text.summary, text.drives, text.blocks, text.evidence]) {
        expect(panel.textContent).toContain(words);
      }
      const sources = within(panel).getAllByRole('listitem');
      expect(sources).toHaveLength(text.sourceIds.length);
      text.sourceIds.forEach((id, i) =>
        expect(sources[i]!.textContent).toContain(referenceById(id).citation),
      );
    },
  );

  it.each(SCENE_REGION_IDS)(
    '%s: where it speaks of the app, it names controls the app offers (Add-on treatments, Mechanisms switches)',
    (id) => {
      const offered = new Set([
        ...[...addonGroups.drug, ...addonGroups.nonDrug].map((a) => addonLabels[a]),
        ...Object.values(mechanismText).map((m) => controlWords.mechanismOn(m.shortName)),
      ]);
      const text = textOf(id);
      const words = [text.summary, text.drives, text.blocks, text.evidence].join(' ');
      const named = [...words.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      for (const control of named) expect(offered, `“${control}”`).toContain(control);
      const aboutTheApp = words.split(/(?<=\.) /).filter((sentence) => /\bapp\b/.test(sentence));
      for (const sentence of aboutTheApp) expect(sentence, 'names the control it means').toMatch(/“[^”]+”/);
    },
  );

  it('shows the level as a percent, in words and with its trend once a snapshot arrives, and follows updates', () => {
    card.show('nmda');
    expect(levelText()).toBe('Shown once the simulation has run.');
    const early = snapshotAt(result, 1);
    const late = snapshotAt(result, 40);
    card.update(early);
    expect(levelText()).toMatch(
      /^\d{1,3} % · (absent|low|moderate|high|very high) · (rising|falling|steady)$/,
    );
    const before = levelText();
    card.update(late);
    expect(levelText()).not.toBe(before);
    expect(levelText()).toContain(`${Math.round(late.mechanisms.nmda.level * 100)} %`);
    expect(meterWidth()).toBe(`${Math.round(late.mechanisms.nmda.level * 100)}%`);
  });

  it('keeps the latest snapshot while hidden and shows it on the next show', () => {
    const snapshot = snapshotAt(result, 30);
    card.update(snapshot);
    card.show('glia');
    expect(levelText()).toContain(`${Math.round(snapshot.mechanisms.glia.level * 100)} %`);
  });

  it('shows tolerance as the EC50 shift', () => {
    const snapshot = snapshotAt(result, 30);
    card.show('tolerance');
    card.update(snapshot);
    expect(levelText()).toContain(`EC50 × ${snapshot.tolerance.fold.toFixed(1)}`);
  });

  it('says when a mechanism is switched off in the scenario', () => {
    const snapshot: Snapshot = { ...snapshotAt(result, 30), knockedOut: ['rvm'] };
    card.show('rvm');
    card.update(snapshot);
    expect(levelText()).toBe('Switched off in this scenario: RVM lesioned');
  });

  it('never announces the level: no live region in the panel', () => {
    card.show('dynorphin');
    card.update(snapshotAt(result, 20));
    expect(card.element.querySelector('[aria-live], [role="status"], [role="alert"]')).toBeNull();
    expect(card.element.querySelector('.mechanism-meter')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('links glossary terms once per panel, and opens the glossary at them', () => {
    card.show('nmda');
    const links = queryAllByRole(card.element, 'button').filter((b) => b.classList.contains('term-link'));
    expect(links.length).toBeGreaterThan(0);
    const names = links.map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    getByRole(card.element, 'button', { name: 'NMDA receptors — glossary' }).click();
    expect(glossaryOpened).toEqual(['NMDA receptor']);
  });

  it('without a glossary, shows plain text', () => {
    const plain = createMechanismCard(() => undefined);
    document.body.append(plain.element);
    plain.show('glia');
    expect(plain.element.querySelector('.term-link')).toBeNull();
    expect(plain.element.textContent).toContain(mechanismText.glia.blocks);
  });

  it('moves focus to its title and back to where the learner came from on Close or Escape', () => {
    opener.focus();
    card.show('rvm');
    expect(document.activeElement?.textContent).toBe(MECHANISM_LABELS.rvm);
    card.show('glia');
    getByRole(card.element, 'button', { name: 'Close' }).click();
    expect(card.shown).toBeNull();
    expect(card.element.hidden).toBe(true);
    expect(document.activeElement).toBe(opener);
    expect(closed).toBe(1);

    card.show('hcn2');
    card.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card.element.hidden).toBe(true);
    expect(document.activeElement).toBe(opener);
    expect(closed).toBe(2);
  });
});
