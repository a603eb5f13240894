import type { ScenarioEdit } from './scenario-edits';

/**
 * A simulation set up as data: what a lesson step, a lecture scene or a case's answer asks for. The session
 * applies it (session-machine.ts, `setup.apply`), and can capture the simulation as it stands as one (a
 * lecturer's "add this scene"). Every field is optional: what is left out stays as it was. Edits carry fixed
 * `atDay` values and are applied in order to the preset (side A); "from now on" edits are recorded as asked
 * and resolved by the model, so a setup never holds a dose the model computes.
 */
export interface SessionSetup {
  readonly preset?: string;
  /** A scenario as it stands (a lecturer's "add this scene"), instead of a preset; validated on use. */
  readonly scenario?: SetupScenario;
  readonly edits?: readonly ScenarioEdit[];
  /** Side B of compare mode: a preset (or a scenario) with its own edits; null turns compare mode off. */
  readonly compare?:
    | { readonly preset: string; readonly edits?: readonly ScenarioEdit[] }
    | { readonly scenario: SetupScenario }
    | null;
  /** In compare mode, the side the scene shows. */
  readonly shown?: 'a' | 'b';
  /** Move the clock here (model days). */
  readonly tDays?: number;
  /** Start playing from tDays. */
  readonly play?: boolean;
}

/** A scenario carried in a setup with the name it is shown under. */
export interface SetupScenario {
  readonly title: string;
  /** A scenario in the schema of docs/scenario.md (checked by the model's parser before use). */
  readonly scenario: unknown;
}
