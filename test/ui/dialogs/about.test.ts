// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PRESET_ENTRIES } from '../../../src/app/catalogue';
import { createAboutDialog, referenceItemId } from '../../../src/ui/dialogs/about-dialog';

afterEach(() => document.body.replaceChildren());

describe('the About dialog’s sources', () => {
  it('lists every source a ready-made scenario cites, each item one a link can point at', () => {
    const about = createAboutDialog();
    for (const entry of PRESET_ENTRIES)
      if (entry.source)
        expect(about.element.querySelector(`#${referenceItemId(entry.source.id)}`)).not.toBeNull();
  });

  it('opens at a source: the item is focused and marked for that visit; focus goes back to the link', () => {
    const about = createAboutDialog();
    const link = document.createElement('button');
    document.body.append(link, about.element);
    about.showReference('grace-2016', link);
    const item = about.element.querySelector<HTMLElement>('#reference-grace-2016')!;
    expect(about.element.open).toBe(true);
    expect(document.activeElement).toBe(item);
    expect(item.classList.contains('reference-current')).toBe(true);
    expect(item.textContent).toMatch(/^Grace PM/);
    about.close();
    expect(item.classList.contains('reference-current')).toBe(false);
    expect(document.activeElement).toBe(link);
  });
});
