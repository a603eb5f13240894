import type { SafetyTag } from '../../src/content/safety';
import { LESSONS } from '../../src/lessons/lessons/index';
import type { LessonStep, SimSetup, SimTask } from '../../src/lessons/types';
import { applySetup, type Sides } from './claim-runner';
import { LECTURES, sceneWhere } from './ready-lectures';

/**
 * Every place the app says something to a learner about a simulated patient (issue 15): each lesson step,
 * each option of a step's question, and each lecture scene, with the words it shows, the words that say what
 * it does, the sides its setup leaves and how far its course is shown.
 */
export interface ContentHost {
  /** "lesson › step", "lesson › step › option" or "lecture › scene". */
  readonly where: string;
  readonly kind: 'step' | 'option' | 'scene';
  /** The words always shown with it (an option: its text and its feedback). */
  readonly shown: string;
  /** The words that say what it does: a step's title and task, an option's text, a scene's caption. */
  readonly action: string;
  readonly sides: Sides;
  /** The last model day the learner is taken to (or plays to). */
  readonly horizonDays: number;
  /** Where the host's own story starts: an option's plan starts at its setup's time; a step shows the history. */
  readonly fromDays: number;
  /** The learner's own action in the simulation (a step's task). */
  readonly task?: SimTask;
  /** The setup the host brings itself (not what earlier steps left). */
  readonly setup?: SimSetup;
  readonly safety: readonly SafetyTag[];
}

const stepShown = (s: LessonStep): string =>
  [s.title, s.text, s.explain ?? '', s.task?.prompt ?? ''].join('\n');

function horizon(setup: SimSetup | undefined, sides: Sides, tDays: number, task?: SimTask): number {
  const duration = Math.max(sides.a?.durationDays ?? 0, sides.b?.durationDays ?? 0);
  let h = tDays;
  if (setup?.play) h = duration;
  if (task && (task.kind === 'play-to' || task.kind === 'scrub-to')) h = Math.max(h, task.day);
  // A task that edits the course lets the learner play on: the whole course may be shown.
  if (task?.kind === 'edit') h = duration;
  return h;
}

export function contentHosts(): ContentHost[] {
  const hosts: ContentHost[] = [];
  for (const lesson of LESSONS) {
    let sides: Sides = { a: null, b: null };
    let tDays = 0;
    for (const step of lesson.steps) {
      sides = applySetup(step.setup, sides);
      tDays = step.setup?.tDays ?? tDays;
      hosts.push({
        where: `${lesson.id} › ${step.id}`,
        kind: 'step',
        shown: stepShown(step),
        action: `${step.title}\n${step.task?.prompt ?? ''}`,
        sides,
        horizonDays: horizon(step.setup, sides, tDays, step.task),
        fromDays: 0,
        ...(step.task ? { task: step.task } : {}),
        ...(step.setup ? { setup: step.setup } : {}),
        safety: step.safety ?? [],
      });
      for (const option of step.question?.options ?? []) {
        const optionSides = applySetup(option.setup, sides);
        hosts.push({
          where: `${lesson.id} › ${step.id} › ${option.id}`,
          kind: 'option',
          shown: `${option.text}\n${option.feedback}`,
          action: option.text,
          sides: optionSides,
          horizonDays: option.setup ? horizon(option.setup, optionSides, option.setup.tDays ?? tDays) : 0,
          fromDays: option.setup?.tDays ?? tDays,
          ...(option.setup ? { setup: option.setup } : {}),
          safety: option.safety ?? [],
        });
      }
    }
  }
  for (const lecture of LECTURES) {
    let sides: Sides = { a: null, b: null };
    for (const scene of lecture.scenes) {
      sides = applySetup(scene.setup, sides);
      hosts.push({
        where: sceneWhere(lecture, scene.id),
        kind: 'scene',
        shown: `${scene.caption}\n${scene.notes}`,
        action: scene.caption,
        sides,
        horizonDays: horizon(scene.setup, sides, scene.setup.tDays ?? 0),
        fromDays: 0,
        setup: scene.setup,
        safety: scene.safety ?? [],
      });
    }
  }
  return hosts;
}

/** Every string a learner or a hall can read in the lessons and the ready lectures, with where it is. */
export function lessonStrings(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) out.push({ where, text });
  };
  for (const lesson of LESSONS) {
    add(`${lesson.id} title`, lesson.title);
    lesson.objectives.forEach((o, i) => add(`${lesson.id} objective ${i + 1}`, o));
    lesson.summary.forEach((o, i) => add(`${lesson.id} summary ${i + 1}`, o));
    for (const s of lesson.steps) {
      const w = `${lesson.id} › ${s.id}`;
      add(`${w} title`, s.title);
      add(`${w} text`, s.text);
      add(`${w} explain`, s.explain);
      add(`${w} task`, s.task?.prompt);
      add(`${w} prediction`, s.prediction?.prompt);
      s.prediction?.options.forEach((o) => add(`${w} prediction ${o.id}`, o.text));
      add(`${w} question`, s.question?.prompt);
      s.question?.options.forEach((o) => {
        add(`${w} option ${o.id}`, o.text);
        add(`${w} feedback ${o.id}`, o.feedback);
      });
    }
  }
  for (const lecture of LECTURES) {
    add(`${sceneWhere(lecture, 'title')}`, lecture.title);
    for (const scene of lecture.scenes) {
      add(`${sceneWhere(lecture, scene.id)} caption`, scene.caption);
      add(`${sceneWhere(lecture, scene.id)} notes`, scene.notes);
    }
  }
  return out;
}
