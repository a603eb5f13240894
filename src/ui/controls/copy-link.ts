import { appStrings } from '../../content/strings';
import { el } from '../kit/dom';

/**
 * "Copy link": puts a link to the current state on the clipboard and says so. Where the clipboard is refused
 * (an insecure page, a browser setting), the link is shown selected in a field, ready to copy by hand.
 */
export function createCopyLink(
  makeUrl: () => string | Promise<string>,
  clipboard: Pick<Clipboard, 'writeText'> | undefined,
): HTMLElement {
  const button = el('button', { type: 'button' }, appStrings.copyLink);
  const status = el('p', { class: 'copy-link-status', role: 'status' });
  const manual = el('input', {
    type: 'text',
    readonly: true,
    class: 'copy-link-field',
    'aria-label': appStrings.copyLinkManual,
  });
  manual.hidden = true;
  button.addEventListener('click', async () => {
    const url = await makeUrl();
    try {
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(url);
      manual.hidden = true;
      status.textContent = appStrings.copyLinkDone;
    } catch {
      manual.value = url;
      manual.hidden = false;
      manual.select();
      status.textContent = appStrings.copyLinkManual;
    }
  });
  return el('div', { class: 'copy-link' }, button, manual, status);
}
