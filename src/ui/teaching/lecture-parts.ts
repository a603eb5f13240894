import { experimentHash } from '../../app/experiment-link';
import { experimentLinkWords as x } from '../../content/experiment-link-words';
import { lectureText as t } from '../../content/lecture-words';
import type { LectureFiles } from '../../lessons/lecture-file';
import type { CohortRef, ExperimentRef } from '../../lessons/types';
import { el } from '../kit/dom';

/** A button of the lecture bar (its large-type style). */
export function lectureButton(
  label: string,
  onClick: () => void,
  attributes: Record<string, string> = {},
): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'lecture-button', ...attributes }, label);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * "Open the experiment": a link (#experiment=<id>, so it can also be opened in a new tab or copied) styled as a
 * button of the bar, shown while the scene has an experiment. A plain click opens the Experiments view here.
 */
export function experimentLink(open: (id: string, opener: HTMLElement) => void) {
  const link = el(
    'a',
    { class: 'lecture-button lecture-experiment', href: '#', title: x.openExperimentTitle },
    x.openExperiment,
  );
  let shown: ExperimentRef | null = null;
  link.addEventListener('click', (event) => {
    if (!shown || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open(shown.id, link);
  });
  return {
    link,
    show(experiment: ExperimentRef | null) {
      shown = experiment;
      link.hidden = experiment === null;
      link.href = experiment ? experimentHash(experiment.id) : '#';
      link.setAttribute(
        'aria-label',
        experiment ? x.openExperimentLabel(experiment.title) : x.openExperiment,
      );
    },
  };
}

/**
 * "200 patients": the scene's virtual cohort (issue 21), shown while the scene has one. `open` gets the cohort
 * and the button, where the focus goes back when the view closes.
 */
export function cohortButton(open: (cohort: CohortRef, opener: HTMLButtonElement) => void) {
  let shown: CohortRef | null = null;
  const b = lectureButton(t.cohort(200), () => shown && open(shown, b), {
    class: 'lecture-button lecture-cohort',
    title: t.cohortTitle,
  });
  return {
    button: b,
    show(cohort: CohortRef | null) {
      shown = cohort;
      b.hidden = cohort === null;
      if (!cohort) return;
      b.textContent = t.cohort(cohort.n);
      b.setAttribute('aria-label', t.cohortLabel(cohort.n));
    },
  };
}

/** A button that shows and hides `target` (which has an id), saying so through aria-expanded. */
export function disclosureButton(label: string, target: HTMLElement): HTMLButtonElement {
  const b = lectureButton(
    label,
    () => {
      target.hidden = !target.hidden;
      b.setAttribute('aria-expanded', String(!target.hidden));
    },
    { 'aria-expanded': 'false', 'aria-controls': target.id },
  );
  return b;
}

/** What the bar says: a status, or a problem (each clears the other), and the scene announced politely. */
export function lectureMessages() {
  const status = el('p', { class: 'lecture-message', role: 'status' });
  const problem = el('p', { class: 'lecture-message lecture-problem', role: 'alert' });
  const announcer = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  return {
    elements: [status, problem, announcer],
    announcer,
    say(text: string) {
      problem.textContent = '';
      status.textContent = text;
    },
    complain(text: string) {
      status.textContent = '';
      problem.textContent = text;
    },
    clearProblem() {
      problem.textContent = '';
    },
  };
}

/** The presenter notes of the scene, hidden until the Notes button shows them. */
export function lectureNotes() {
  const text = el('p', { class: 'lecture-notes-text' });
  const panel = el(
    'section',
    { class: 'lecture-notes', id: 'lecture-notes', 'aria-labelledby': 'lecture-notes-title' },
    el('h2', { class: 'lecture-notes-title', id: 'lecture-notes-title' }, t.notesTitle),
    text,
    el('p', { class: 'lecture-notice' }, t.educationOnly),
  );
  panel.hidden = true;
  return { text, panel, toggle: disclosureButton(t.notes, panel) };
}

/**
 * "Add this scene": a toggle button and a small inline form asking for the new scene's caption (and optional
 * presenter notes). Escape or Cancel closes it and returns focus to the button.
 */
export function addSceneForm(
  limits: Pick<LectureFiles, 'maxCaption' | 'maxNotes'>,
  onAdd: (scene: { readonly caption: string; readonly notes: string }) => void,
  complain: (message: string) => void,
): { readonly toggle: HTMLButtonElement; readonly form: HTMLFormElement } {
  const captionInput = el('input', {
    type: 'text',
    id: 'lecture-new-caption',
    maxlength: limits.maxCaption,
    autocomplete: 'off',
  });
  const notesInput = el('textarea', { id: 'lecture-new-notes', maxlength: limits.maxNotes, rows: 3 });
  const cancel = el('button', { type: 'button', class: 'lecture-button' }, t.addCancel);
  const form = el(
    'form',
    { class: 'lecture-add', id: 'lecture-add', 'aria-label': t.addScene },
    el('label', { for: captionInput.id }, t.captionLabel),
    captionInput,
    el('label', { for: notesInput.id }, t.notesLabel),
    notesInput,
    el(
      'div',
      { class: 'lecture-add-actions' },
      el('button', { type: 'submit', class: 'lecture-button' }, t.addConfirm),
      cancel,
    ),
  );
  form.hidden = true;
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'lecture-button',
      title: t.addSceneTitle,
      'aria-expanded': 'false',
      'aria-controls': form.id,
    },
    t.addScene,
  );
  const show = (open: boolean) => {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) captionInput.focus();
    else toggle.focus();
  };
  toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));
  cancel.addEventListener('click', () => show(false));
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    show(false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const caption = captionInput.value.trim();
    if (caption === '') {
      complain(t.captionMissing);
      captionInput.focus();
      return;
    }
    onAdd({ caption, notes: notesInput.value.trim() });
    captionInput.value = '';
    notesInput.value = '';
    show(false);
  });
  return { toggle, form };
}

/**
 * "Copy lecture link": the lecture packed into a URL, put on the clipboard; where the clipboard is refused,
 * the link is shown selected in a field, ready to copy by hand.
 */
export function shareLinkControl(
  encoded: () => string,
  toUrl: (encoded: string) => string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
  say: (message: string) => void,
): { readonly button: HTMLButtonElement; readonly manual: HTMLInputElement } {
  const button = el('button', { type: 'button', class: 'lecture-button' }, t.copyLink);
  const manual = el('input', {
    type: 'text',
    readonly: true,
    class: 'lecture-link-field',
    'aria-label': t.copyLinkManual,
  });
  manual.hidden = true;
  button.addEventListener('click', async () => {
    const url = toUrl(encoded());
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(url);
      manual.hidden = true;
      say(t.copyLinkDone);
    } catch {
      manual.value = url;
      manual.hidden = false;
      manual.select();
      say(t.copyLinkManual);
    }
  });
  return { button, manual };
}
