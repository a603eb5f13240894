/**
 * An experiment's "Clinical safety" section: the safety notes its content tags (src/content/experiment-safety.ts),
 * each shown word for word, as the lessons and lecture scenes show theirs. Experiments that change no patient's
 * dose (the rat and volunteer protocols) get none, so the section is left out rather than shown empty.
 */
import { experimentWords as w } from '../../content/experiment-words';
import { safetyTagsOf } from '../../content/experiment-safety';
import { safetyNotes } from '../../content/safety';
import { el } from '../kit/dom';

export function safetySection(experimentId: string): HTMLElement | null {
  const tags = safetyTagsOf(experimentId);
  if (tags.length === 0) return null;
  const id = `xv-${experimentId}-safety`;
  return el(
    'section',
    { class: 'xv-part xv-safety', 'aria-labelledby': id, 'data-safety': tags.join(' ') },
    el('h4', { id }, w.clinicalSafety),
    el('p', {}, w.clinicalSafetyIntro),
    el('ul', {}, ...tags.map((tag) => el('li', { 'data-safety-tag': tag }, safetyNotes[tag].text))),
  );
}
