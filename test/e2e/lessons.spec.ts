import { expect, test, type Page } from '@playwright/test';
import { lessonPanelText as T } from '../../src/content/lesson-words';
import { casesLesson } from '../../src/lessons/lessons/cases';
import { oihOrToleranceLesson } from '../../src/lessons/lessons/oih-or-tolerance';
import type { Lesson, LessonStep } from '../../src/lessons/types';
import { axeViolations, chooseTheme, openApp, THEMES, waitForAppReady } from './helpers';
import { arrowSelectTo, arrowToTab, chooseRadio, pressButton, tabTo } from './keyboard';

/**
 * Step 6 in the built app (issue 7): lesson 7 and a clinical case completed with the keyboard alone, resume
 * after a reload, and axe-core on the lesson screens in every theme. The lesson texts come from the lessons
 * themselves, so rewording a step does not break the test, but a missing task or answer does.
 */

const panel = (page: Page) => page.locator('.lesson-panel');
const taskDone = (page: Page) => expect(panel(page).locator('.lesson-task')).toContainText('Done.');

function step(lesson: Lesson, id: string): LessonStep {
  const found = lesson.steps.find((s) => s.id === id);
  if (!found) throw new Error(`${lesson.id} has no step ${id}`);
  return found;
}

/** Opens the lessons column from the header and a lesson from the list, by keyboard. */
async function openLessonByKeyboard(page: Page, title: string) {
  await pressButton(page, 'Lessons');
  await expect(panel(page)).toBeVisible();
  await pressButton(page, title);
  await expect(panel(page).getByRole('heading', { level: 3, name: title })).toBeFocused();
}

/** Predicts by keyboard and checks that the simulation's answer is revealed only after the task. */
async function predict(page: Page, s: LessonStep, optionId: string) {
  const option = s.prediction?.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`${s.id} has no prediction option ${optionId}`);
  await chooseRadio(page, `-predict-${s.id}`, option.text);
  await pressButton(page, 'Lock in my prediction');
  await expect(panel(page).locator('.lesson-predicted')).toContainText(option.text);
  await expect(panel(page).locator('.lesson-reveal')).toHaveCount(0);
}

/**
 * Answers the step's question by keyboard: a wrong option first (its feedback must explain it), Try again,
 * then the right one.
 */
async function answer(page: Page, s: LessonStep, rightId?: string) {
  const question = s.question;
  if (!question) throw new Error(`${s.id} has no question`);
  const wrong = question.options.find((o) => !o.correct);
  const right = question.options.find((o) => (rightId ? o.id === rightId : o.correct));
  if (!wrong || !right) throw new Error(`${s.id} needs a wrong and a right option`);
  const feedback = panel(page).locator('.lesson-feedback');
  await chooseRadio(page, `-question-${s.id}`, wrong.text);
  await pressButton(page, 'Check answer');
  await expect(feedback).toHaveClass(/is-wrong/);
  await expect(feedback).toContainText(wrong.feedback);
  await expect(panel(page).locator('[data-key="next"]')).toBeDisabled();
  await pressButton(page, 'Try again');
  await chooseRadio(page, `-question-${s.id}`, right.text);
  await pressButton(page, 'Check answer');
  await expect(feedback).toHaveClass(/is-right/);
  await expect(feedback).toContainText(right.feedback);
}

async function next(page: Page, title: string) {
  await pressButton(page, 'Next');
  await expect(panel(page).getByRole('heading', { level: 4, name: title })).toBeFocused();
}

/** Alt+Shift+→ steps the clock a week from anywhere. */
async function weeksForward(page: Page, weeks: number) {
  for (let i = 0; i < weeks; i += 1) await page.keyboard.press('Alt+Shift+ArrowRight');
}

const readout = (page: Page) => page.locator('.clock-readout');

test('Play stops on a “play to” task’s day, so the step’s words match what is shown; Play then goes on', async ({
  page,
}) => {
  // Twelve weeks, then four more, played at a week a second.
  test.setTimeout(60_000);
  const errors = await openApp(page);
  const L = oihOrToleranceLesson;
  const first = step(L, 'distinction');
  if (first.task?.kind !== 'play-to') throw new Error('lesson 7 starts with a play-to task');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await panel(page).getByRole('button', { name: L.title }).click();
  await expect(readout(page)).toHaveText('Week 0, day 0');
  await panel(page).getByRole('radio', { name: first.prediction!.options[1]!.text }).check();
  await panel(page).getByRole('button', { name: 'Lock in my prediction' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 20_000 });
  // The course runs to week 16; the task and the explanation are about week 12.
  await expect(readout(page)).toHaveText('Week 12, day 0');
  await taskDone(page);
  await page.getByRole('tablist', { name: 'Charts' }).getByRole('tab', { name: 'Time course' }).click();
  await expect(page.locator('.oc-row[data-row="dose"] .oc-cursor-value')).toHaveText(': A 270 · B 270');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(readout(page)).toHaveText('Week 16, day 0');
  await expect(page.locator('.oc-row[data-row="dose"] .oc-cursor-value')).toHaveText(': A 270 · B 270');
  expect(errors).toEqual([]);
});

test('lesson 7, OIH or tolerance, from the keyboard alone', async ({ page }) => {
  // Every step by keyboard takes ~25 s on a quiet machine: room for a busy CI runner.
  test.setTimeout(90_000);
  const errors = await openApp(page);
  const L = oihOrToleranceLesson;
  await openLessonByKeyboard(page, L.title);
  await expect(panel(page).locator('.lesson-notice')).toBeVisible();

  // Step 1: predict, play both patients to week 12, question (wrong, then right).
  const distinction = step(L, 'distinction');
  await predict(page, distinction, 'same');
  await weeksForward(page, 12);
  await taskDone(page);
  await expect(readout(page)).toHaveText('Week 12, day 0');
  await expect(panel(page).locator('.lesson-reveal')).toContainText('The OIH patient has more pain');
  await expect(panel(page).getByText('The simulation shows something else')).toBeVisible();
  await answer(page, distinction);

  // Step 2: the Mechanisms chart, shown with the arrow keys on the charts' tabs.
  await next(page, step(L, 'table').title);
  await arrowToTab(page, '.region-charts', 'Mechanisms');
  await taskDone(page);

  // Step 3: select the tolerance region in the scene (its regions are buttons).
  const mechanismRow = step(L, 'row-mechanism');
  await next(page, mechanismRow.title);
  await tabTo(page, '.scene-region[data-region="tolerance"]');
  await page.keyboard.press('Enter');
  await taskDone(page);
  await answer(page, mechanismRow);

  // Step 4: predict the spread, then the Body map.
  const pain = step(L, 'row-pain');
  await next(page, pain.title);
  await predict(page, pain, 'oih');
  await arrowToTab(page, '.region-charts', 'Body map');
  await taskDone(page);
  await expect(panel(page).getByText('Your prediction matches')).toBeVisible();

  // Step 5: the dose challenge, played from week 11 to week 16 by the week.
  const dose = step(L, 'row-dose');
  await next(page, dose.title);
  await expect(readout(page)).toHaveText('Week 11, day 0');
  await predict(page, dose, 'split');
  await weeksForward(page, 5);
  await taskDone(page);
  await answer(page, dose);

  // Step 6: the dose–response chart.
  const curves = step(L, 'dose-response');
  await next(page, curves.title);
  await predict(page, curves, 'less');
  await arrowToTab(page, '.region-charts', 'Dose–response');
  await taskDone(page);
  await answer(page, curves);

  // Step 7: the time slider, moved a week at a time with Page Up, to the end of the course (week 16).
  await next(page, step(L, 'row-symptoms').title);
  await tabTo(page, '#clock-time');
  for (let i = 0; i < 12; i += 1) await page.keyboard.press('PageUp');
  await expect(readout(page)).toHaveText('Week 16, day 0');
  await taskDone(page);

  // Step 8: ketamine from the Add-on treatments tab (automatic activation), a checkbox toggled with Space.
  const treatment = step(L, 'row-treatment');
  await next(page, treatment.title);
  await arrowToTab(page, '.controls-layout', 'Add-on treatments');
  await expect(page.locator('#controls-addons-tab')).toBeFocused();
  await tabTo(page, '#addon-ketamine');
  await page.keyboard.press('Space');
  await expect(page.locator('#addon-ketamine')).toBeChecked();
  await taskDone(page);
  await weeksForward(page, 2);
  await expect(readout(page)).toHaveText('Week 14, day 0');
  await answer(page, treatment);

  await pressButton(page, 'Finish lesson');
  await expect(panel(page).getByRole('heading', { level: 4, name: 'Summary' })).toBeFocused();
  await expect(panel(page).locator('.lesson-summary li')).toHaveCount(L.summary.length);
  await expect(panel(page).locator('.lesson-references li')).toHaveCount(L.referenceIds.length);
  await pressButton(page, 'All lessons');
  await expect(panel(page).locator('.lesson-list')).toContainText('completed');
  expect(errors).toEqual([]);
});

test('a clinical case from the keyboard alone: a supervised reduction, a diagnosis, a plan and its predicted course', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = await openApp(page);
  const L = casesLesson;
  await openLessonByKeyboard(page, L.title);

  // The test: a supervised reduction — a taper of 10 % a week from week 12 from the Dosing tab — then twelve weeks.
  const workup = step(L, 'oih-workup');
  await expect(readout(page)).toHaveText('Week 12, day 0');
  await arrowToTab(page, '.controls-layout', 'Dosing');
  await tabTo(page, '#taper-percent');
  await arrowSelectTo(page, '10');
  await pressButton(page, 'Start taper');
  await expect(page.locator('.live-summary')).toContainText('Taper started at week 12');
  await taskDone(page);
  await weeksForward(page, 12);
  await expect(readout(page)).toHaveText('Week 24, day 0');
  await answer(page, workup);

  // The plan: a wrong one first shows its own simulated course (compare mode, playing), then the right one.
  const plan = step(L, 'oih-plan');
  await next(page, plan.title);
  await expect(page.locator('.compare-names')).toHaveText(
    'A: OIH with the high dose kept for a year · B: OIH with the high dose kept for a year',
  );
  const escalate = plan.question?.options.find((o) => o.id === 'escalate');
  const taper = plan.question?.options.find((o) => o.id === 'taper');
  if (!escalate || !taper) throw new Error('plan options changed');
  await chooseRadio(page, `-question-${plan.id}`, escalate.text);
  await pressButton(page, 'Check answer');
  await expect(panel(page).locator('.lesson-feedback')).toContainText(escalate.feedback);
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(readout(page)).not.toHaveText('Week 12, day 0');
  await pressButton(page, 'Try again');
  await chooseRadio(page, `-question-${plan.id}`, taper.text);
  await pressButton(page, 'Check answer');
  await expect(panel(page).locator('.lesson-feedback')).toHaveClass(/is-right/);
  await expect(panel(page).locator('.lesson-feedback')).toContainText(taper.feedback);
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  // Every plan's predicted course, labelled as the model's, can still be looked at after the right answer.
  await expect(panel(page).getByRole('button', { name: new RegExp(`^${T.showCourse}`) })).toHaveCount(
    plan.question?.options.filter((o) => o.setup).length ?? 0,
  );
  await pressButton(page, `${T.showCourse}: ${escalate.text}`);
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Next' })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('a reload mid-lesson resumes at the same step with the answers kept', async ({ page }) => {
  // Twelve weeks, then four more, played at a week a second.
  test.setTimeout(60_000);
  const errors = await openApp(page);
  const L = oihOrToleranceLesson;
  const first = step(L, 'distinction');
  const right = first.question?.options.find((o) => o.correct);
  const predicted = first.prediction?.options.find((o) => o.id === 'oih-worse');
  if (!right || !predicted) throw new Error('lesson 7 changed');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await panel(page).getByRole('button', { name: L.title }).click();
  await panel(page).getByRole('radio', { name: predicted.text }).check();
  await panel(page).getByRole('button', { name: 'Lock in my prediction' }).click();
  await panel(page).getByRole('button', { name: 'Skip this task' }).click();
  await panel(page).getByRole('radio', { name: right.text }).check();
  await panel(page).getByRole('button', { name: 'Check answer' }).click();
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await panel(page).getByRole('button', { name: 'Skip this task' }).click();
  await panel(page).getByRole('button', { name: 'Next' }).click();
  const third = step(L, 'row-mechanism');
  await expect(panel(page).getByRole('heading', { level: 4, name: third.title })).toBeVisible();

  await page.reload();
  await waitForAppReady(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(panel(page).locator('.lesson-list')).toContainText(`step 3 of ${L.steps.length}`);
  await panel(page).getByRole('button', { name: L.title }).click();
  await expect(panel(page).getByRole('heading', { level: 4, name: third.title })).toBeVisible();
  await expect(panel(page).locator('.lesson-progress')).toContainText(`Step 3 of ${L.steps.length}`);
  // The step's setup is applied again: week 12, the Mechanisms chart.
  await expect(readout(page)).toHaveText('Week 12, day 0');
  await expect(page.locator('.region-charts [role="tab"][aria-selected="true"]')).toHaveText('Mechanisms');
  await panel(page).getByRole('button', { name: 'Back' }).click();
  await expect(panel(page).locator('.lesson-task')).toContainText('Done.');
  await panel(page).getByRole('button', { name: 'Back' }).click();
  await expect(panel(page).locator('.lesson-predicted')).toContainText(predicted.text);
  await expect(panel(page).locator('.lesson-feedback')).toHaveClass(/is-right/);
  await expect(panel(page).getByRole('radio', { name: right.text })).toBeChecked();
  await expect(panel(page).getByRole('button', { name: 'Next' })).toBeEnabled();
  expect(errors).toEqual([]);
});

for (const theme of THEMES) {
  test(`axe-core: the lesson screens have no violations (${theme})`, async ({ page }) => {
    const errors = await openApp(page);
    await chooseTheme(page, theme);
    const check = async (screen: string) =>
      expect({ screen, violations: await axeViolations(page) }).toEqual({ screen, violations: [] });

    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await expect(panel(page).locator('.lesson-list')).toBeVisible();
    await check('picker');

    const L = oihOrToleranceLesson;
    await panel(page).getByRole('button', { name: L.title }).click();
    await expect(panel(page).locator('.lesson-predict')).toBeVisible();
    await check('a step with a prediction');

    const first = step(L, 'distinction');
    const wrong = first.question?.options.find((o) => !o.correct);
    if (!wrong) throw new Error('lesson 7 changed');
    await panel(page).getByRole('radio', { name: 'The OIH patient has more pain' }).check();
    await panel(page).getByRole('button', { name: 'Lock in my prediction' }).click();
    await panel(page).getByRole('button', { name: 'Skip this task' }).click();
    await panel(page).getByRole('radio', { name: wrong.text }).check();
    await panel(page).getByRole('button', { name: 'Check answer' }).click();
    await expect(panel(page).locator('.lesson-feedback.is-wrong')).toBeVisible();
    await check('a question with its feedback');

    // A finished lesson opens on its summary.
    await page.evaluate(
      ([id, last]) =>
        localStorage.setItem(
          `opioid-paradox-lab:lesson:v1:${id}`,
          JSON.stringify({
            version: 1,
            lessonId: id,
            stepIndex: last,
            predictions: {},
            answers: {},
            tasks: [],
            done: true,
          }),
        ),
      [L.id, L.steps.length - 1] as const,
    );
    await panel(page).getByRole('button', { name: 'All lessons' }).click();
    await panel(page).getByRole('button', { name: L.title }).click();
    await expect(panel(page).getByRole('heading', { level: 4, name: 'Summary' })).toBeVisible();
    await check('the summary');
    expect(errors).toEqual([]);
  });
}
