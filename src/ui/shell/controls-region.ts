import { appStrings } from '../../content/strings';
import { el } from '../kit/dom';

/** A shared link that could not be used: said once, plainly, above the workspace; the app carries on. */
export function showLinkProblem(workspace: HTMLElement, message: string): void {
  showBanner(workspace, 'alert', appStrings.linkProblemTitle, message);
}

/** Says, above the workspace, that saved settings could not be read and the defaults are used. */
export function showSavedSettingsNotice(workspace: HTMLElement): void {
  showBanner(workspace, 'status', appStrings.savedSettingsTitle, appStrings.savedSettingsIgnored);
}

/** A quiet notice above the workspace (a polite status the learner may close); the app carries on. */
export function showStatusNotice(workspace: HTMLElement, title: string, message: string): void {
  showBanner(workspace, 'status', title, message);
}

function showBanner(workspace: HTMLElement, role: 'alert' | 'status', title: string, message: string) {
  const close = el('button', { type: 'button' }, appStrings.closeButton);
  const banner = el(
    'div',
    { class: 'link-problem', role },
    el('p', {}, el('strong', {}, title), ' ', message),
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
