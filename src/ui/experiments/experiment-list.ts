/** The Experiments view's list: a button per experiment (title and first author, year); the shown one is current. */
import { experimentWords as w } from '../../content/experiment-words';
import type { Experiment } from '../../science';
import { el } from '../kit/dom';

export interface ExperimentList {
  readonly element: HTMLElement;
  markCurrent(id: string): void;
}

export const shortCite = (experiment: Experiment) =>
  experiment.citation
    ? `${experiment.citation.authors.split(',')[0] ?? ''} ${experiment.citation.year}`
    : w.speciesNames[experiment.species];

export function experimentList(
  experiments: readonly Experiment[],
  choose: (id: string) => void,
): ExperimentList {
  const items = new Map<string, HTMLButtonElement>();
  const list = el(
    'ol',
    { class: 'xv-list' },
    ...experiments.map((experiment) => {
      const item = el(
        'button',
        { type: 'button', class: 'xv-item', 'data-experiment': experiment.id },
        el('span', { class: 'xv-item-title' }, experiment.title),
        el('span', { class: 'xv-item-cite' }, shortCite(experiment)),
      );
      item.addEventListener('click', () => choose(experiment.id));
      items.set(experiment.id, item);
      return el('li', {}, item);
    }),
  );
  return {
    element: el('nav', { class: 'xv-nav', 'aria-label': w.listLabel }, list),
    markCurrent(id) {
      for (const [key, item] of items)
        if (key === id) item.setAttribute('aria-current', 'true');
        else item.removeAttribute('aria-current');
    },
  };
}
