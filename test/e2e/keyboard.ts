import { expect, type Page } from '@playwright/test';

/**
 * Keyboard-only helpers for the lesson e2e tests: every move is a key press, never a click or a fill, so a
 * passing test shows that a learner without a mouse can do the same.
 */

/** The focused element's description, for error messages. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName.toLowerCase()}#${a.id} "${(a.textContent ?? '').trim().slice(0, 40)}"` : 'none';
  });

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, or is a button whose whole text
 * is `button:` + text. Fails after `limit` presses.
 */
export async function tabTo(page: Page, selector: string, options: { back?: boolean; limit?: number } = {}) {
  const [, text] = /^button:(.*)$/.exec(selector) ?? [];
  const reached = () =>
    page.evaluate(
      ([s, t]) =>
        t === undefined
          ? (document.activeElement?.matches(s ?? '') ?? false)
          : document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.trim() === t,
      [selector, text] as const,
    );
  for (let i = 0; i < (options.limit ?? 150); i += 1) {
    if (await reached()) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}; the focus is on ${await focused(page)}`);
}

/** Tabs to a button by its text and presses Enter. */
export async function pressButton(page: Page, text: string, options: { back?: boolean } = {}) {
  await tabTo(page, `button:${text}`, options);
  await page.keyboard.press('Enter');
}

/**
 * Chooses a radio by its label in the radio group whose inputs' name ends with `nameEnd`: Tab into the
 * group, Space to check the first option if none is, then ArrowDown (which moves and checks) to the one.
 */
export async function chooseRadio(page: Page, nameEnd: string, label: string) {
  await tabTo(page, `input[type="radio"][name$="${nameEnd}"]`);
  const state = () =>
    page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return { checked: input.checked, label: input.labels?.[0]?.textContent?.trim() ?? '' };
    });
  if (!(await state()).checked) await page.keyboard.press('Space');
  for (let i = 0; i < 10; i += 1) {
    const now = await state();
    if (now.checked && now.label === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option "${label}" in the radio group …${nameEnd}`);
}

/**
 * Shows a tab of an ARIA tablist with automatic activation: Tab to the list's selected tab, then ArrowRight
 * until the named tab is selected.
 */
export async function arrowToTab(page: Page, container: string, name: string) {
  await tabTo(page, `${container} [role="tab"][aria-selected="true"]`);
  for (let i = 0; i < 10; i += 1) {
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) {
      await expect(page.locator(`${container} [role="tab"][aria-selected="true"]`)).toHaveText(name);
      return;
    }
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`No tab "${name}" in ${container}`);
}

/** Moves a focused closed <select> with ArrowDown/ArrowUp until it shows `value`. */
export async function arrowSelectTo(page: Page, value: string) {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 40; i += 1) {
      if (await page.evaluate((v) => (document.activeElement as HTMLSelectElement).value === v, value))
        return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`the select never showed ${value}`);
}
