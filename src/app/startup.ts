import { findPreset, normalizeScenario, type Scenario } from '../model';
import type { ChartId } from '../content/charts';
import type { ThemeId } from '../content/themes';
import { presetTitle, readableTitle } from './catalogue';
import type { CohortLink, LinkReadResult, LinkState } from './link-state';
import type { SessionInput } from './session-machine';

/** What the app opens with: a shared link's state when the URL carries a good one, else the default preset. */
export interface Startup {
  readonly scenario: Scenario;
  readonly tDays: number;
  readonly chartDay: number;
  readonly title: string;
  readonly description: string;
  /** A theme for this page only, from the link. */
  readonly theme: ThemeId | null;
  readonly mechanism: LinkState['mechanism'];
  /** The chart tab a link shows; null opens the charts as they open by default. */
  readonly chart: ChartId | null;
  /** The preset A was opened from (null for a link). */
  readonly presetName: string | null;
  /** The lesson (and step) a link opens, or null; an unknown lesson is the lesson panel's to report. */
  readonly lesson: { readonly id: string; readonly step: string | null } | null;
  /** B in compare mode, from a link. */
  readonly compare: { readonly scenario: Scenario; readonly title: string; readonly shown: 'a' | 'b' } | null;
  /**
   * The cohort a link shows (issue 21): the cohort view opens with its size and seed, A's and B's side by side
   * when `compare`; null for none.
   */
  readonly cohort: CohortLink | null;
  /** Why a link could not be used, in one sentence for the learner; null when there was no problem. */
  readonly problem: string | null;
}

export const DEFAULT_PRESET = 'oih-escalation';
/** Week 8 of the escalation: OIH is established and the dose–response already shows it. */
export const DEFAULT_DAY = 56;

/**
 * What to open, from what `readLink` made of the page's URL fragment ({ ok: 'empty' } when it has no link:
 * main.ts loads the link code only when `hasLinkState` says there is one).
 */
export function startupFrom(link: LinkReadResult): Startup {
  const preset = findPreset(DEFAULT_PRESET);
  if (!preset) throw new Error(`no preset ${DEFAULT_PRESET}`);
  if (link.ok === true) {
    const { state } = link;
    return {
      scenario: state.scenario,
      tDays: state.tDays,
      chartDay: state.chartDay ?? state.tDays,
      title: readableTitle(state.titles?.a || 'shared link'),
      description: 'The scenario and time this link was made with.',
      theme: state.theme,
      mechanism: state.mechanism,
      chart: state.chart ?? null,
      presetName: null,
      lesson: state.lesson ?? null,
      cohort: state.cohort ?? null,
      compare: state.compare
        ? {
            scenario: state.compare,
            title: readableTitle(state.titles?.b || 'shared link B'),
            shown: state.shown ?? 'a',
          }
        : null,
      problem: null,
    };
  }
  const scenario = normalizeScenario(preset.scenario);
  return {
    scenario,
    tDays: Math.min(DEFAULT_DAY, scenario.durationDays),
    chartDay: Math.min(DEFAULT_DAY, scenario.durationDays),
    title: presetTitle(preset.name),
    description: '',
    theme: null,
    mechanism: null,
    chart: null,
    presetName: preset.name,
    lesson: null,
    cohort: null,
    compare: null,
    problem: link.ok === false ? link.message : null,
  };
}

/** The session's opening: A, and B when a link opens in compare mode. */
export function sessionInputFrom(opening: Startup): SessionInput {
  const a = {
    scenario: opening.scenario,
    title: opening.title,
    description: opening.description,
    presetName: opening.presetName,
  };
  const b = opening.compare;
  return {
    a,
    b: b
      ? { scenario: b.scenario, title: b.title, description: opening.description, presetName: null }
      : null,
    shown: b?.shown ?? 'a',
    tDays: opening.tDays,
    chartDay: opening.chartDay,
  };
}
