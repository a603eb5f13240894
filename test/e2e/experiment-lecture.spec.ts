import { expect, test, type Page } from '@playwright/test';
import { writeLink } from '../../src/app/link-state';
import { experimentWords as w } from '../../src/content/experiment-words';
import { experimentLinkWords as x } from '../../src/content/experiment-link-words';
import { LANDMARK_LECTURE } from '../../src/lessons/landmark-lecture';
import { rvmLesson } from '../../src/lessons/lessons/rvm';
import { findPreset, normalizeScenario } from '../../src/model';
import { axeViolations, openApp } from './helpers';

/**
 * Issue 20 in the built app: every experiment is a lecture scene that sets the simulation to its groups and
 * opens the experiment in the Experiments view; a lesson step links the experiment it rests on, and closing
 * the view lands back in the lesson at the same step.
 */
const view = (page: Page) => page.locator('#experiments-slot');
const experimentHeading = (page: Page, title: string) =>
  view(page).locator('.xv-detail').getByRole('heading', { level: 3, name: title });

test('the landmark experiments lecture: a rat experiment’s scene, its caption and groups, and its experiment', async ({
  page,
}) => {
  // 22–31 s in a CI run on a machine busy with other work (the default is 30 s), hence 90 s.
  test.setTimeout(90_000);
  const errors = await openApp(page);
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const bar = page.getByRole('region', { name: /lecture/i });
  await bar.getByRole('button', { name: 'Lecture tools' }).click();
  await bar.getByRole('combobox', { name: x.readyLecture }).selectOption(LANDMARK_LECTURE.title);
  await bar.getByRole('button', { name: x.openReady }).click();
  const total = LANDMARK_LECTURE.scenes.length;
  await expect(bar.locator('.lecture-position')).toHaveText(`Scene 1 of ${total}`);
  await expect(bar.locator('.lecture-title')).toHaveText(LANDMARK_LECTURE.title);

  // Scene 1, Célèrier 2000: fentanyl (A) beside ketamine + fentanyl (B), in the rat.
  const [first] = LANDMARK_LECTURE.scenes;
  await expect(bar.locator('.lecture-caption')).toHaveText(first!.caption);
  await expect(page.locator('#preset-picker')).toHaveValue('celerier-2000-fentanyl-100');
  await bar.getByRole('button', { name: 'Lecture tools' }).click();

  // On to the RVM experiment, a single rat group (Vanderah 2001), with the clicker's key.
  const at = LANDMARK_LECTURE.scenes.findIndex((s) => s.experiment?.id === 'vanderah-2001');
  const scene = LANDMARK_LECTURE.scenes[at]!;
  await bar.getByRole('button', { name: 'Next scene' }).focus();
  for (let n = 0; n < at; n += 1) await page.keyboard.press('PageDown');
  await expect(bar.locator('.lecture-position')).toHaveText(`Scene ${at + 1} of ${total}`);
  await expect(bar.locator('.lecture-caption')).toHaveText(scene.caption);
  await expect(page.locator('#preset-picker')).toHaveValue('vanderah-2001-continuous');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await axeViolations(page)).toEqual([]);

  // The scene opens its experiment in the Experiments view; closing it returns to the same scene.
  const link = bar.getByRole('link', { name: x.openExperimentLabel(scene.experiment!.title) });
  await expect(link).toHaveAttribute('href', '#experiment=vanderah-2001');
  await link.click();
  await expect(experimentHeading(page, scene.experiment!.title)).toBeFocused();
  // The view covers the workspace, the lecture bar with it (inert behind it).
  await expect(page.locator('#lecture-slot')).toHaveAttribute('inert', '');
  await page.keyboard.press('Escape');
  await expect(page.locator('#lecture-slot')).not.toHaveAttribute('inert');
  await expect(bar.locator('.lecture-position')).toHaveText(`Scene ${at + 1} of ${total}`);
  await expect(link).toBeFocused();
  // The same link again opens it again (the page's address already names it).
  await link.click();
  await expect(experimentHeading(page, scene.experiment!.title)).toBeFocused();
  expect(errors).toEqual([]);
});

test('a lesson step’s experiment link opens the Experiments view there; closing it returns to the step', async ({
  page,
}) => {
  const step = rvmLesson.steps.find((s) => s.id === 'continuous')!;
  const hash = writeLink({
    scenario: normalizeScenario(findPreset('vanderah-2001-continuous')!.scenario),
    tDays: 0,
    compare: null,
    chartDay: 0,
    mechanism: null,
    theme: null,
    lesson: { id: rvmLesson.id, step: step.id },
  });
  const errors = await openApp(page, `/${hash}`);
  const panel = page.locator('.lesson-panel');
  await expect(panel.getByRole('heading', { level: 4, name: step.title })).toBeVisible();
  const link = panel.getByRole('link', { name: `See the experiment: ${step.experiment!.title}` });
  // The experiment gives the step's answers away: it is offered once the step is done.
  await expect(link).toHaveCount(0);
  const predicted = step.prediction!.options.find((o) => o.id === step.prediction!.answerId)!;
  await panel.getByRole('radio', { name: predicted.text }).check();
  await panel.getByRole('button', { name: 'Lock in my prediction' }).click();
  await panel.getByRole('button', { name: 'Skip this task' }).click();
  const right = step.question!.options.find((o) => o.correct)!;
  await panel.getByRole('radio', { name: right.text }).check();
  await panel.getByRole('button', { name: 'Check answer' }).click();
  await link.click();
  await expect(experimentHeading(page, step.experiment!.title)).toBeFocused();
  await expect(view(page)).toContainText('Vanderah TW');
  await view(page).getByRole('button', { name: w.close }).click();
  await expect(view(page)).toBeHidden();
  await expect(panel.getByRole('heading', { level: 4, name: step.title })).toBeVisible();
  await expect(panel.locator('.lesson-feedback')).toHaveClass(/is-right/);
  await expect(link).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
