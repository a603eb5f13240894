import { appStrings } from '../content/strings';
import { el } from './dom';

/** A shared link that could not be used: said once, plainly, above the workspace; the app carries on. */
export function showLinkProblem(workspace: HTMLElement, message: string): void {
  const close = el('button', { type: 'button' }, appStrings.closeButton);
  const banner = el(
    'div',
    { class: 'link-problem', role: 'alert' },
    el('p', {}, el('strong', {}, appStrings.linkProblemTitle), ' ', message),
    close,
  );
  close.addEventListener('click', () => banner.remove());
  workspace.before(banner);
}

/**
 * If the simulation cannot start, say so in plain words where the controls would be; whatever views did
 * start are left as they are (the shell, dialogs and preferences keep working).
 */
export function showStartupError(regions: { readonly controls: HTMLElement }, error: unknown): void {
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  regions.controls.replaceChildren(
    el('p', { class: 'startup-error', role: 'alert' }, appStrings.startupError, ' ', detail),
  );
}
