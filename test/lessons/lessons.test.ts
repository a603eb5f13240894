import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/app/scenario-edits';
import { lessonReference } from '../../src/content/lesson-references';
import { mechanismText } from '../../src/content/mechanisms';
import { LESSONS } from '../../src/lessons/lessons/index';
import type { Lesson, LessonStep, SimSetup } from '../../src/lessons/types';
import { findPreset, normalizeScenario, parseScenario, SCENE_REGION_IDS } from '../../src/model';
import { simulate } from '../../src/model/run';

/** Every setup of a lesson: each step's own, and those of clinical-case options. */
function setupsOf(lesson: Lesson): { where: string; setup: SimSetup }[] {
  return lesson.steps.flatMap((step) => [
    ...(step.setup ? [{ where: `${lesson.id}/${step.id}`, setup: step.setup }] : []),
    ...(step.question?.options.flatMap((o) =>
      o.setup ? [{ where: `${lesson.id}/${step.id}#${o.id}`, setup: o.setup }] : [],
    ) ?? []),
  ]);
}

function allText(lesson: Lesson): string {
  const step = (s: LessonStep) => [
    s.title,
    s.text,
    s.explain ?? '',
    s.task?.prompt ?? '',
    s.prediction?.prompt ?? '',
    ...(s.prediction?.options.map((o) => o.text) ?? []),
    s.question?.prompt ?? '',
    ...(s.question?.options.flatMap((o) => [o.text, o.feedback]) ?? []),
  ];
  return [lesson.title, ...lesson.objectives, ...lesson.summary, ...lesson.steps.flatMap(step)].join('\n');
}

/** Runs a setup the way the app will: the preset, then each edit in order, then the model. */
function runSide(preset: string, edits: SimSetup['edits'] = []) {
  const found = findPreset(preset);
  expect(found, `preset ${preset}`).toBeDefined();
  let scenario = normalizeScenario(found!.scenario);
  for (const edit of edits) scenario = applyEdit(scenario, edit).scenario;
  const result = simulate(scenario);
  expect(result.tDays.length).toBeGreaterThan(1);
  return scenario;
}

describe('lessons', () => {
  it('has the nine lessons of the issue, with unique lesson and step ids', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      'paradox',
      'nmda',
      'rvm',
      'glia',
      'dynorphin',
      'hcn2',
      'oih-or-tolerance',
      'managing-oih',
      'clinical-cases',
    ]);
    for (const lesson of LESSONS) {
      const ids = lesson.steps.map((s) => s.id);
      expect(new Set(ids).size, lesson.id).toBe(ids.length);
    }
  });

  it('the clinical-cases lesson has at least six virtual patients, each with a diagnosis and a plan', () => {
    const cases = LESSONS.find((l) => l.id === 'clinical-cases')!;
    const plans = cases.steps.filter((s) => s.question?.options.some((o) => o.setup));
    expect(plans.length).toBeGreaterThanOrEqual(6);
    for (const plan of plans)
      expect(
        plan.question!.options.every((o) => o.setup),
        plan.id,
      ).toBe(true);
  });

  for (const lesson of LESSONS) {
    describe(lesson.title, () => {
      it('states objectives, a 5–10 minute length, a summary and references that exist', () => {
        expect(lesson.objectives.length).toBeGreaterThanOrEqual(2);
        expect(lesson.minutes).toBeGreaterThanOrEqual(5);
        expect(lesson.minutes).toBeLessThanOrEqual(10);
        expect(lesson.summary.length).toBeGreaterThan(0);
        expect(lesson.referenceIds).toContain('seed');
        for (const id of lesson.referenceIds) expect(lessonReference(id), id).toBeDefined();
      });

      it('asks at least three questions; each has one or more right answers and every option explains itself', () => {
        const questions = lesson.steps.flatMap((s) => (s.question ? [s.question] : []));
        expect(questions.length).toBeGreaterThanOrEqual(3);
        for (const q of questions) {
          expect(
            q.options.some((o) => o.correct),
            q.prompt,
          ).toBe(true);
          expect(
            q.options.some((o) => !o.correct),
            q.prompt,
          ).toBe(true);
          for (const o of q.options)
            expect(o.feedback.trim().length, `${q.prompt} / ${o.id}`).toBeGreaterThan(15);
          expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
        }
      });

      it('predicts before observing: every prediction has a task and its answer is one of its options', () => {
        for (const step of lesson.steps) {
          if (!step.prediction) continue;
          expect(step.task, step.id).toBeDefined();
          expect(step.prediction.options.map((o) => o.id)).toContain(step.prediction.answerId);
        }
        expect(lesson.steps.filter((s) => s.task).length).toBeGreaterThanOrEqual(3);
      });

      it('every preset exists and every edit applies and simulates without throwing', () => {
        for (const { where, setup } of setupsOf(lesson)) {
          if (setup.preset) {
            const scenario = runSide(setup.preset, setup.edits);
            if (setup.tDays !== undefined)
              expect(setup.tDays, where).toBeLessThanOrEqual(scenario.durationDays);
          }
          // Lessons open presets, or a clinical case's own patient (a scenario with the case's title: a hip
          // patient's site, no mechanism switched off); it must be a valid scenario the course fits in.
          if (setup.scenario) {
            expect(lesson.id, where).toBe('clinical-cases');
            expect(setup.scenario.title.length, where).toBeGreaterThan(5);
            const parsed = parseScenario(setup.scenario.scenario);
            expect(parsed.ok, where).toBe(true);
            if (parsed.ok) {
              expect(parsed.scenario.knockouts, where).toEqual([]);
              let edited = parsed.scenario;
              for (const edit of setup.edits ?? []) edited = applyEdit(edited, edit).scenario;
              simulate(edited);
              if (setup.tDays !== undefined)
                expect(setup.tDays, where).toBeLessThanOrEqual(edited.durationDays);
            }
          }
          if (setup.compare) {
            if ('preset' in setup.compare) runSide(setup.compare.preset, setup.compare.edits);
            else expect(parseScenario(setup.compare.scenario.scenario).ok, where).toBe(true);
          }
          if (setup.highlight) expect(SCENE_REGION_IDS).toContain(setup.highlight);
        }
      });

      it('tasks point at what exists: regions, presets, and days inside the course', () => {
        let preset: string | undefined;
        for (const step of lesson.steps) {
          preset = step.setup?.preset ?? preset;
          const task = step.task;
          if (!task) continue;
          expect(task.prompt.trim().length, step.id).toBeGreaterThan(5);
          if (task.kind === 'select') expect(SCENE_REGION_IDS).toContain(task.region);
          if ((task.kind === 'play-to' || task.kind === 'scrub-to') && preset) {
            const scenario = runSide(preset, step.setup?.edits);
            expect(task.day, step.id).toBeLessThanOrEqual(scenario.durationDays);
          }
        }
      });

      it('gives no dose in mg, and carries the education-only notice if it talks about doses', () => {
        const text = allText(lesson);
        expect(text).not.toMatch(/\d\s*(mg|milligram)/i);
        expect(text).not.toMatch(/\bmg\b/i);
        if (/MME|dose|taper/i.test(text)) expect(lesson.dosing).toBe(true);
      });

      it('shows shared mechanism cards that exist', () => {
        for (const step of lesson.steps)
          if (step.mechanism) expect(mechanismText[step.mechanism]).toBeDefined();
      });
    });
  }
});
