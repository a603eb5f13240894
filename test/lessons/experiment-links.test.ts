import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/lessons/index';
import { EXPERIMENTS } from '../../src/science';
import { LECTURES } from './ready-lectures';

/**
 * Lessons and lectures point to the experiments that showed what they teach (issue 20) by id and title, as
 * data: they must not import src/science (it runs the model's bands). Both are held to the science module here.
 */
const stepLinks = LESSONS.flatMap((lesson) =>
  lesson.steps.flatMap((step) =>
    step.experiment ? [{ where: `${lesson.id} › ${step.id}`, ...step.experiment }] : [],
  ),
);
const sceneLinks = LECTURES.flatMap((lecture) =>
  lecture.scenes.flatMap((scene) =>
    scene.experiment ? [{ where: `${lecture.id} › ${scene.id}`, ...scene.experiment }] : [],
  ),
);

describe('links from lessons and lectures to the Experiments view', () => {
  it('every linked experiment exists, under its own title', () => {
    for (const link of [...stepLinks, ...sceneLinks]) {
      const experiment = EXPERIMENTS.find((e) => e.id === link.id);
      expect(experiment, `${link.where}: ${link.id}`).toBeDefined();
      expect(link.title, link.where).toBe(experiment?.title);
    }
  });

  it('the mechanism lessons, the OIH-or-tolerance lesson and the management lesson link their experiments', () => {
    const linked = (lessonId: string) =>
      stepLinks.filter((l) => l.where.startsWith(`${lessonId} ›`)).map((l) => l.id);
    expect(linked('rvm')).toContain('vanderah-2001');
    expect(linked('nmda')).toContain('celerier-2000');
    expect(linked('glia')).toContain('johnston-2004');
    expect(linked('dynorphin')).toContain('dunbar-yaksh-1996');
    expect(linked('managing-oih')).toContain('darnall-2018');
    expect(linked(LESSONS.find((l) => l.steps.some((s) => s.id === 'row-dose'))!.id)).toContain(
      'escalation-trap',
    );
  });

  it('a step links an experiment it talks about: the step’s words name the paper, or its setup runs its groups', () => {
    for (const lesson of LESSONS)
      for (const step of lesson.steps) {
        if (!step.experiment) continue;
        const experiment = EXPERIMENTS.find((e) => e.id === step.experiment?.id)!;
        const words = [
          step.text,
          step.explain ?? '',
          ...(step.question?.options.map((o) => o.feedback) ?? []),
        ];
        const cited = [experiment.citation, ...experiment.alsoCites].some(
          (c) => c && words.some((w) => w.includes(`${c.authors.split(/[ ,]/)[0]} ${c.year}`)),
        );
        const runs = experiment.presets.some((g) => g.preset === step.setup?.preset);
        const composed = experiment.citation === null;
        expect(cited || runs || composed, `${lesson.id} › ${step.id}`).toBe(true);
      }
  });
});
