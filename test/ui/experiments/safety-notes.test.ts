// @vitest-environment happy-dom
import { getByRole, within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { experimentWords as w } from '../../../src/content/experiment-words';
import { safetyTagsOf } from '../../../src/content/experiment-safety';
import { safetyNotes } from '../../../src/content/safety';
import { mountExperiments, type Experiments } from '../../../src/experiments';
import { EXPERIMENTS } from '../../../src/science';

/**
 * Issue 20: an experiment that changes a patient's opioid shows its safety notes, word for word, in a
 * "Clinical safety" section of its page; a laboratory experiment shows none.
 */
let slot: HTMLElement;
let experiments: Experiments;

beforeEach(() => {
  const workspace = document.createElement('main');
  slot = document.createElement('section');
  workspace.append(document.createElement('section'), slot);
  const button = document.createElement('button');
  document.body.append(button, workspace);
  experiments = mountExperiments({
    slot,
    button,
    workbench: { applySetup: vi.fn(() => null) },
    problemHost: workspace,
  });
});

afterEach(() => {
  experiments.view.destroy();
  document.body.replaceChildren();
});

const detailOf = (id: string) => {
  experiments.view.open(id);
  const detail = slot.querySelector<HTMLElement>('.xv-detail')!;
  expect(detail.dataset['experiment']).toBe(id);
  return detail;
};

describe('the experiments’ clinical safety notes', () => {
  const tagged = EXPERIMENTS.filter((e) => safetyTagsOf(e.id).length > 0);

  it('are on the experiments that change doses (at least the taper, the rotation and the escalation)', () => {
    expect(tagged.map((e) => e.id)).toEqual(
      expect.arrayContaining(['darnall-2018', 'oih-management', 'escalation-trap']),
    );
  });

  it.each(tagged.map((e) => [e.id]))(
    '%s shows each tagged note’s exact words under “Clinical safety”',
    (id) => {
      const detail = detailOf(id);
      const section = getByRole(detail, 'region', { name: w.clinicalSafety });
      const items = within(section).getAllByRole('listitem');
      expect(items.map((li) => li.textContent)).toEqual(safetyTagsOf(id).map((tag) => safetyNotes[tag].text));
      expect(section.textContent).toContain(w.clinicalSafetyIntro);
    },
  );

  it('the section comes before the result, so it is read before the run', () => {
    const detail = detailOf('darnall-2018');
    const section = detail.querySelector('.xv-safety')!;
    const result = detail.querySelector('.xv-result')!;
    expect(section.compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a rat or volunteer experiment has no clinical safety section', () => {
    for (const e of EXPERIMENTS.filter((x) => safetyTagsOf(x.id).length === 0)) {
      const detail = detailOf(e.id);
      expect(detail.querySelector('.xv-safety'), e.id).toBeNull();
      expect(detail.textContent, e.id).not.toContain(w.clinicalSafety);
    }
  });
});
