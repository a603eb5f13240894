import type { ActorRefFrom } from 'xstate';
import type { Side } from '../../app/compare';
import type { EditorContext, editorMachine } from '../../app/editor';
import type { Session } from '../../app/session';
import type { MechanismId } from '../../model';
import type { ClockActor } from './clock-controls';
import { linkTerms } from '../kit/glossary-links';

/** What every tab of the controls needs: the session to send to, and what it currently shows. */
export interface ControlsDeps {
  readonly session: Session;
  readonly editors: Readonly<Record<Side, ActorRefFrom<typeof editorMachine>>>;
  readonly clock: ClockActor;
  /** Shows a mechanism's explanation (the mechanism panel) and highlights it in the scene. */
  readonly explain: (id: MechanismId) => void;
  /** Opens the glossary at a term (terms in control texts link to it). */
  readonly openGlossary?: (term: string) => void;
  /** Opens the About dialog's list of sources at a reference (a scenario's source links to it). */
  readonly openReference?: (id: string, opener?: HTMLElement) => void;
  /** Opens "200 patients like this one" (issue 21), loaded on first use; focus returns to `opener`. */
  readonly openCohort?: (opener: HTMLElement) => void;
}

/** Sets a control text with its glossary terms as links (plain text without a glossary). */
export function setLinkedText(deps: ControlsDeps, element: HTMLElement, text: string): void {
  if (element.dataset['text'] === text) return;
  element.dataset['text'] = text;
  element.replaceChildren(
    deps.openGlossary ? linkTerms(text, deps.openGlossary, element.ownerDocument) : text,
  );
}

/** The scenario the controls are editing now (A, or B in compare mode when B is chosen). */
export function editing(deps: ControlsDeps): EditorContext {
  return deps.editors[deps.session.state.editing].getSnapshot().context;
}

export interface ControlTab {
  readonly panel: HTMLElement;
  /** Brings the controls up to date with the scenario, the time and the latest result. */
  refresh(): void;
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
