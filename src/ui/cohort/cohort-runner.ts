/**
 * One cohort at a time (issue 21): starts a run on the pool, keeps the patients as they arrive and says what
 * happened (progress, done, cancelled, failed). A new run cancels the one before; answers of an old run are
 * never mixed into a new one. No DOM: the view (cohort-view.ts) draws what this holds.
 */
import type { CohortPool, CohortRun } from '../../app/cohort-pool';
import type { PatientOutcome, Scenario } from '../../model';

export type RunPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface CohortState {
  readonly phase: RunPhase;
  readonly scenario: Scenario | null;
  readonly n: number;
  readonly seed: number;
  /** In the order they finished. */
  readonly outcomes: readonly PatientOutcome[];
  readonly untreated: PatientOutcome | null;
  readonly error: string | null;
}

export interface CohortRunner {
  readonly state: CohortState;
  start(scenario: Scenario, n: number, seed: number): void;
  cancel(): void;
  destroy(): void;
}

export function createCohortRunner(
  loadPool: () => Promise<CohortPool>,
  onChange: (state: CohortState, patientArrived: boolean) => void,
): CohortRunner {
  let state: CohortState = {
    phase: 'idle',
    scenario: null,
    n: 0,
    seed: 0,
    outcomes: [],
    untreated: null,
    error: null,
  };
  let run: CohortRun | null = null;
  let generation = 0;
  const set = (next: Partial<CohortState>, patientArrived = false) => {
    state = { ...state, ...next };
    onChange(state, patientArrived);
  };
  const cancel = () => {
    generation += 1;
    run?.cancel();
    run = null;
    if (state.phase === 'running') set({ phase: 'cancelled' });
  };
  return {
    get state() {
      return state;
    },
    start(scenario, n, seed) {
      cancel();
      const mine = generation;
      const outcomes: PatientOutcome[] = [];
      set({ phase: 'running', scenario, n, seed, outcomes, untreated: null, error: null });
      loadPool()
        .then((pool) => {
          if (mine !== generation) return;
          run = pool.run(
            { scenario, n, seed },
            {
              onUntreated: (untreated) => mine === generation && set({ untreated }),
              onPatient: (outcome) => {
                if (mine !== generation) return;
                outcomes.push(outcome);
                set({ outcomes }, true);
              },
            },
          );
          return run.done;
        })
        .then(
          (result) => {
            if (mine !== generation || !result) return;
            run = null;
            set({ phase: 'done', outcomes: result.outcomes, untreated: result.untreated });
          },
          (error: unknown) => {
            if (mine !== generation) return;
            run = null;
            set({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
          },
        );
    },
    cancel,
    destroy() {
      generation += 1;
      run?.cancel();
      run = null;
    },
  };
}
