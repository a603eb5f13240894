import { lessonReference } from '../../content/lesson-references';
import { lessonPanelText as T } from '../../content/lesson-words';
import type { AnswerRecord } from '../../lessons/progress';
import type { Lesson, Question } from '../../lessons/types';
import { el } from '../kit/dom';

/** Small pieces of the lesson panel (lesson-panel.ts). */

export type QuestionEvent =
  | { readonly type: 'answer'; readonly optionId: string }
  | { readonly type: 'retry' }
  | { readonly type: 'explore'; readonly optionId: string };

/** A native button; `attrs` may carry data-key (focus restore) and disabled. */
export function button(label: string, onClick: () => void, attrs: Record<string, string | boolean> = {}) {
  const b = el('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** A native radio group with a visible legend: arrow keys move between options. */
export function choiceGroup(
  name: string,
  legend: string,
  choices: readonly { id: string; text: string }[],
  checked?: string,
) {
  const fieldset = el('fieldset', { class: 'lesson-choices' }, el('legend', {}, legend));
  for (const c of choices) {
    const input = el('input', { type: 'radio', name, value: c.id, id: `${name}-${c.id}` });
    input.checked = c.id === checked;
    fieldset.append(el('label', { class: 'lesson-choice', for: input.id }, input, el('span', {}, c.text)));
  }
  const value = () => fieldset.querySelector<HTMLInputElement>('input:checked')?.value ?? null;
  return { fieldset, value };
}

/** The end of a lesson: summary, references, Back and All lessons. */
export function renderSummary(lesson: Lesson, back: () => void, allLessons: () => void): Node[] {
  const refs = el('ol', { class: 'lesson-references' });
  for (const rid of lesson.referenceIds) {
    const r = lessonReference(rid);
    if (r) refs.append(el('li', {}, `${r.citation}. ${r.source}.`, r.doi ? ` doi:${r.doi}` : ''));
  }
  return [
    el('h4', { tabindex: '-1', 'data-key': 'step' }, T.summary),
    el('ul', { class: 'lesson-summary' }, ...lesson.summary.map((line) => el('li', {}, line))),
    el('h4', {}, T.references),
    refs,
    el(
      'nav',
      { class: 'lesson-nav', 'aria-label': lesson.title },
      button(T.back, back, { 'data-key': 'back' }),
      button(T.allLessons, allLessons, { 'data-key': 'all-end' }),
    ),
  ];
}

/** A question: its radio group, Check answer, then feedback with Try again, or the cases' course buttons. */
export function renderQuestion(
  name: string,
  question: Question,
  answer: AnswerRecord | undefined,
  answering: boolean,
  send: (e: QuestionEvent) => void,
): Node {
  const group = choiceGroup(name, question.prompt, question.options, answer?.optionId);
  const section = el(
    'section',
    { class: 'lesson-question', 'aria-label': T.question },
    el('h5', {}, T.question),
    group.fieldset,
  );
  if (!answer?.correct)
    section.append(
      button(
        T.answerButton,
        () => {
          const optionId = group.value();
          if (optionId) send({ type: 'answer', optionId });
        },
        { 'data-key': 'answer' },
      ),
    );
  if (answer && !answering) {
    const option = question.options.find((o) => o.id === answer.optionId);
    section.append(
      el(
        'p',
        { class: answer.correct ? 'lesson-feedback is-right' : 'lesson-feedback is-wrong' },
        el('strong', {}, answer.correct ? T.right : T.wrong),
        ' ',
        option?.feedback ?? '',
      ),
    );
    if (!answer.correct)
      section.append(button(T.tryAgain, () => send({ type: 'retry' }), { 'data-key': 'retry' }));
    else
      for (const o of question.options.filter((x) => x.setup))
        section.append(
          button(`${T.showCourse}: ${o.text}`, () => send({ type: 'explore', optionId: o.id }), {
            'data-key': `explore-${o.id}`,
          }),
        );
  }
  return section;
}
