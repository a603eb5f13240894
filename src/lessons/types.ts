import type { EditorEvent } from '../app/editor';
import type { AdjuvantId, ScenarioEdit } from '../app/scenario-edits';
import type { ChartId } from '../content/charts';
import type { SafetyTag } from '../content/safety';
import type { DrugId, MechanismId, SceneRegionId } from '../model';
import type { SessionSetup } from '../app/session-setup';

/**
 * Lessons as typed data (issue 7). A lesson is a list of steps; a step sets the simulation up (SimSetup),
 * asks the learner to predict, then to do something in the simulation (SimTask), explains what happened and
 * asks a question. The lesson machine (lesson-machine.ts) runs any lesson; the app feeds it SimEvents.
 */

/**
 * What the app sets when a step is entered: the simulation as data (the session applies it; see
 * src/app/session-setup.ts), and what the views show. Every field is optional: what is left out stays as it was.
 */
export interface SimSetup extends SessionSetup {
  /** Highlight a scene region; null clears the highlight. */
  readonly highlight?: SceneRegionId | null;
  /** Show this chart. */
  readonly chart?: ChartId;
}

export type { SetupScenario } from '../app/session-setup';

/** What the learner must do in the simulation, checked against SimEvents by `taskDone`. */
export type SimTask = (
  | { readonly kind: 'play-to'; readonly day: number }
  | { readonly kind: 'scrub-to'; readonly day: number; readonly withinDays?: number }
  | {
      readonly kind: 'edit';
      readonly edit: EditorEvent['type'];
      /** Only this mechanism (mechanism.set). */
      readonly mechanism?: MechanismId;
      /** Only this adjuvant (adjuvant.set), switched on. */
      readonly adjuvant?: AdjuvantId;
      /** Only a rotation to this drug (drug.rotate). */
      readonly toDrug?: DrugId;
      /** dose.change only: up (percent > 0) or down (percent < 0). */
      readonly direction?: 'up' | 'down';
      /** preset.choose only: this preset. */
      readonly preset?: string;
    }
  | { readonly kind: 'select'; readonly region: SceneRegionId }
  | { readonly kind: 'chart'; readonly chart: ChartId }
  | { readonly kind: 'compare' }
  /** Open the step's cohort (`LessonStep.cohort`) from the step's own button. */
  | { readonly kind: 'cohort' }
) & {
  /** What to do, in plain words ("Play the clock to week 12"). */
  readonly prompt: string;
};

/** What the app tells a lesson: the learner moved the clock, edited, selected a region, chose a chart. */
export type SimEvent =
  | { readonly type: 'sim.time'; readonly tDays: number }
  | { readonly type: 'sim.edit'; readonly edit: ScenarioEdit | EditorEvent }
  | { readonly type: 'sim.select'; readonly region: SceneRegionId }
  | { readonly type: 'sim.chart'; readonly chart: ChartId }
  | { readonly type: 'sim.compare'; readonly on: boolean }
  /** The learner opened the step's virtual cohort (its button in the lesson panel). */
  | { readonly type: 'sim.cohort' };

export interface ChoiceOption {
  readonly id: string;
  readonly text: string;
}

/** A prediction before observing. There is no wrong prediction; `answerId` is revealed after the task. */
export interface Prediction {
  readonly prompt: string;
  readonly options: readonly ChoiceOption[];
  /** The option the simulation shows; revealed after observing. */
  readonly answerId: string;
}

export interface QuestionOption extends ChoiceOption {
  readonly correct: boolean;
  /** Why this answer is right, or what is wrong with it (every wrong option explains itself). */
  readonly feedback: string;
  /** Clinical cases: choosing this option shows its simulated course (a test, a plan). */
  readonly setup?: SimSetup;
  /** What the feedback states about that course (`setup`), held to the model by a test. */
  readonly claims?: readonly SimClaim[];
  /** Safety notes (src/content/safety.ts) whose words the option's text or feedback shows. */
  readonly safety?: readonly SafetyTag[];
}

/**
 * What a lesson, case or lecture says about the simulation, held to the model by test/lessons/claims.test.ts
 * (issue 14, build 3): the test runs the setup the words belong to (the step's, the option's or the scene's)
 * through the model and checks each claim. A readout is read as the mean of its series over a window that
 * ends on `day`: the day before it (`window: 'day'`, the default) or the week before it (`'week'`).
 */
export type ClaimReadout =
  | 'pain'
  | 'threshold'
  | 'allodynia'
  | 'painArea'
  | 'withdrawal'
  | 'toleranceFold'
  | 'coldPressor'
  | 'dose'
  /** A mechanism's level, 0–1 (what the mechanisms chart draws). */
  | MechanismId;

export interface ClaimPoint {
  /** Side A (the default) or side B of the setup's compare mode. */
  readonly side?: 'a' | 'b';
  /** Model day the window ends on (with `curve`: the day the dose–response chart is drawn for). */
  readonly day: number;
  readonly window?: 'day' | 'week';
  /**
   * Read the dose–response chart drawn for `day` instead of the time course (readout 'pain' only): the pain
   * of one curve at the chart's dose nearest `dose` (MME/day; on the acute panel, the added dose). `twin`
   * picks the patient's curve (the default), the tolerance-only twin's, or on the acute panel the naive one.
   */
  readonly curve?: {
    readonly panel: 'maintained' | 'acute';
    readonly dose: number;
    readonly twin?: 'patient' | 'tolerance-only' | 'naive';
  };
}

export type SimClaim =
  | {
      /** A number the words quote: `quoted` is the exact fragment of the words ("about 4.5/10", "from 8 to 6");
       * its numbers, in order, are the readout at each point (±0.3 on pain, ±10 % otherwise; "4–5" is a range). */
      readonly kind: 'value';
      readonly readout: ClaimReadout;
      readonly quoted: string;
      readonly at: readonly ClaimPoint[];
      /** The learner's action the words describe (the step's task), applied to side A before reading. */
      readonly after?: readonly ScenarioEdit[];
    }
  | {
      /** A direction the words claim ("worse on the higher dose", "the taper helps"): left op right. */
      readonly kind: 'order';
      readonly readout: ClaimReadout;
      readonly left: ClaimPoint;
      readonly op: '<' | '>';
      readonly right: ClaimPoint | number;
      /** What the words say, for the test's name. */
      readonly says: string;
      /** The learner's action the words describe (the step's task), applied to side A before reading. */
      readonly after?: readonly ScenarioEdit[];
      /** Edits for the right point instead of `after` (to compare an action with not taking it: `[]`). */
      readonly rightAfter?: readonly ScenarioEdit[];
      /** Added to the right side: "held near its level" is `left > right` with plus −0.3, and so on. */
      readonly plus?: number;
    }
  | CohortClaim;

/**
 * What the words say about the host's virtual cohort (issue 21): the patients its `cohort` button opens (the
 * same size and seed), run on the host's side A (or B), read at `day` as the cohort view reads it. `measure` is
 * a share of the cohort (the view's classes and its allodynia share) or, with 'below-this-patient', the share
 * of patients whose pain is below the host's own patient's (where that patient sits). `share` is the words'
 * approximate share ("about a third"), a key of COHORT_SHARE_WORDS (claims.ts) that gives its band; `quoted`
 * is the fragment of the words that holds it.
 */
export interface CohortClaim {
  readonly kind: 'cohort';
  readonly measure: CohortMeasure;
  readonly day: number;
  readonly side?: 'a' | 'b';
  readonly share: string;
  readonly quoted: string;
  /** Edits applied to the side before the cohort is drawn (the same patients on another dose: `[]` is none). */
  readonly after?: readonly ScenarioEdit[];
}

export type CohortMeasure = 'worse' | 'hyperalgesia' | 'tolerance-only' | 'allodynia' | 'below-this-patient';

/**
 * A virtual cohort a lesson step or a lecture scene opens (issue 21): its size and seed, so every student and
 * every screen sees the same patients. The cohort is of the step's (or scene's) side A as its setup leaves it.
 */
export interface CohortRef {
  readonly n: number;
  readonly seed: number;
}

export interface Question {
  readonly prompt: string;
  readonly options: readonly QuestionOption[];
}

/**
 * An experiment of the Experiments view (issue 20) that a lesson step or a lecture scene points to: its id
 * (the view's link is #experiment=<id>) and its title, both as in src/science/experiments.ts. Lessons and
 * lectures must not import src/science (it runs the model's bands), so they carry the two as data, and
 * test/lessons/experiment-links.test.ts holds them to the science module.
 */
export interface ExperimentRef {
  readonly id: string;
  readonly title: string;
}

export interface LessonStep {
  readonly id: string;
  readonly title: string;
  /** Plain words; glossary terms are linked by the panel. */
  readonly text: string;
  readonly setup?: SimSetup;
  readonly task?: SimTask;
  readonly prediction?: Prediction;
  readonly question?: Question;
  /** Shown after the task (and the prediction's reveal). */
  readonly explain?: string;
  /** Show the shared mechanism card (src/content/mechanisms.ts) with this step. */
  readonly mechanism?: MechanismId;
  /** What the step's words (text, explain, prediction, question) state about its setup's course. */
  readonly claims?: readonly SimClaim[];
  /**
   * Safety notes (src/content/safety.ts) whose words the step's title, text, task or explanation shows:
   * every step that raises, lowers, stops, restarts or switches an opioid, or adds a sedating drug, carries
   * the fitting ones (test/lessons/safety.test.ts).
   */
  readonly safety?: readonly SafetyTag[];
  /** The experiment that showed what the step teaches: the step links to it in the Experiments view. */
  readonly experiment?: ExperimentRef;
  /**
   * The virtual cohort of the step's setup: the panel shows a button that re-applies the setup and opens it
   * (with a `cohort` task, in the task; otherwise once the step is complete).
   */
  readonly cohort?: CohortRef;
}

export interface Lesson {
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
  readonly objectives: readonly string[];
  readonly steps: readonly LessonStep[];
  /** A few sentences to take away. */
  readonly summary: readonly string[];
  /** Ids of src/content/references.ts or src/content/lesson-references.ts. */
  readonly referenceIds: readonly string[];
  /** The lesson talks about doses: the panel shows the education-only notice. */
  readonly dosing: boolean;
}

const DEFAULT_SCRUB_WINDOW_DAYS = 3.5;

function editMatches(task: Extract<SimTask, { kind: 'edit' }>, edit: ScenarioEdit | EditorEvent): boolean {
  if (edit.type !== task.edit) return false;
  switch (edit.type) {
    case 'mechanism.set':
      return task.mechanism === undefined || edit.mechanism === task.mechanism;
    case 'adjuvant.set':
      return task.adjuvant === undefined || (edit.kind === task.adjuvant && edit.on);
    case 'drug.rotate':
      return task.toDrug === undefined || edit.toDrug === task.toDrug;
    case 'dose.change':
      return task.direction === undefined || (task.direction === 'up' ? edit.percent > 0 : edit.percent < 0);
    case 'preset.choose':
      return task.preset === undefined || edit.name === task.preset;
    default:
      return true;
  }
}

/** Does this event complete this task? Pure; the lesson machine calls it for every SimEvent. */
export function taskDone(task: SimTask, event: SimEvent): boolean {
  switch (task.kind) {
    case 'play-to':
      return event.type === 'sim.time' && event.tDays >= task.day - 1e-6;
    case 'scrub-to':
      return (
        event.type === 'sim.time' &&
        Math.abs(event.tDays - task.day) <= (task.withinDays ?? DEFAULT_SCRUB_WINDOW_DAYS)
      );
    case 'edit':
      return event.type === 'sim.edit' && editMatches(task, event.edit);
    case 'select':
      return event.type === 'sim.select' && event.region === task.region;
    case 'chart':
      return event.type === 'sim.chart' && event.chart === task.chart;
    case 'compare':
      return event.type === 'sim.compare' && event.on;
    case 'cohort':
      return event.type === 'sim.cohort';
  }
}
