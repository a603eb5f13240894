import { announceCover } from '../kit/covers';

/**
 * A view that covers the workspace (the Experiments view, the cohort view): shown over the scene, charts and
 * controls, which are made inert so that Tab and screen readers stay in the view; the header's button says
 * whether it is open. Opening and closing are announced (kit/covers.ts): the scene rests while covered.
 */
export interface WorkspaceCover {
  readonly isOpen: boolean;
  show(): void;
  /** Hides it; focus goes back to the header's button, or to the workspace (after opening a scenario). */
  hide(focus: 'button' | 'workspace' | 'none'): void;
}

export function workspaceCover(slot: HTMLElement, button: HTMLButtonElement): WorkspaceCover {
  const workspace = () => slot.parentElement;
  const others = () => [...(workspace()?.children ?? [])].filter((c) => c !== slot);
  let isOpen = false;
  const resized = () => slot.ownerDocument.defaultView?.dispatchEvent(new Event('resize'));
  slot.hidden = true;
  return {
    get isOpen() {
      return isOpen;
    },
    show() {
      if (isOpen) return;
      isOpen = true;
      slot.hidden = false;
      workspace()?.classList.add('has-experiments');
      for (const other of others()) other.setAttribute('inert', '');
      button.setAttribute('aria-expanded', 'true');
      announceCover(slot, true);
    },
    hide(focus) {
      if (!isOpen) return;
      isOpen = false;
      slot.hidden = true;
      workspace()?.classList.remove('has-experiments');
      for (const other of others()) other.removeAttribute('inert');
      button.setAttribute('aria-expanded', 'false');
      announceCover(slot, false);
      // The scene and the charts size themselves to their regions again.
      resized();
      if (focus === 'button') button.focus();
      else if (focus === 'workspace') workspace()?.focus();
    },
  };
}
