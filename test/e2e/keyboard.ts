import { expect, type CDPSession, type Page } from '@playwright/test';

/**
 * Keyboard-only helpers for the lesson e2e tests: every move is a key press, never a click or a fill, so a
 * passing test shows that a learner without a mouse can do the same.
 */

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Presses Tab or Shift+Tab `times` times. Each page.keyboard.press waits for the browser to take its key
 * down and then its key up, two round trips a press, which a busy machine makes slow. A batch is sent the way
 * Playwright sends keys (Chromium's Input.dispatchKeyEvent, the same trusted key events) but all at once:
 * the browser still handles them one after another, in order, and the batch is awaited as a whole.
 */
async function pressTimes(page: Page, key: 'Tab' | 'Shift+Tab', times: number) {
  if (times <= 1) {
    if (times === 1) await page.keyboard.press(key);
    return;
  }
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const cdp = await session;
  const event = (type: 'rawKeyDown' | 'keyUp') =>
    cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers: key === 'Shift+Tab' ? 8 : 0,
      windowsVirtualKeyCode: 9,
      code: 'Tab',
      key: 'Tab',
    });
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < times; i += 1) sent.push(event('rawKeyDown'), event('keyUp'));
  await Promise.all(sent);
}

/** The focused element's description, for error messages. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName.toLowerCase()}#${a.id} "${(a.textContent ?? '').trim().slice(0, 40)}"` : 'none';
  });

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, or is a button whose whole text
 * is `button:` + text. Fails after `limit` presses.
 *
 * Fast under load (issue 19): a look at the focus costs a browser round trip as dear as a key press, so the
 * focus is not read after every press. The page counts the Tab stops from the focus to the target (in both
 * directions, the shorter one is taken unless `back` is given) and the keys are pressed in one batch, while
 * a focusin listener notes whether each element focused on the way was the target. One read per batch then
 * says where the target was passed, and Tab the other way steps back to it if the count ran past it. The
 * count is only a guess at the browser's Tab order (which the test must not assume): the focus is always
 * checked at the end, and a wrong guess costs another batch, never a wrong answer. The target is reached
 * only by key presses, as before.
 */
export async function tabTo(page: Page, selector: string, options: { back?: boolean; limit?: number } = {}) {
  const [, text] = /^button:(.*)$/.exec(selector) ?? [];
  const limit = options.limit ?? 150;
  let pressed = 0;
  while (pressed < limit) {
    const plan = await page.evaluate(
      ([s, t, back]) => {
        interface W {
          __tabTo?: { matches: (e: Element | null) => boolean; log: boolean[] };
        }
        const w = window as unknown as W;
        const matches = (e: Element | null) =>
          !!e &&
          (t === undefined
            ? e.matches(s ?? '')
            : e.tagName === 'BUTTON' && (e.textContent ?? '').trim() === t);
        if (!w.__tabTo)
          document.addEventListener('focusin', (e) =>
            w.__tabTo?.log.push(w.__tabTo.matches(e.target as Element)),
          );
        w.__tabTo = { matches, log: [] };
        if (matches(document.activeElement)) return { done: true, keys: 0, back: false };
        // The Tab stops as the browser orders them when no tabindex is positive: focusable, shown, usable
        // elements in document order, a radio group being one stop (its checked radio, else its first).
        const candidates = document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]',
        );
        const stops: Element[] = [];
        const groups = new Set<string>();
        for (const e of candidates) {
          if (e.tabIndex < 0 || (e as HTMLButtonElement).disabled) continue;
          if (e instanceof HTMLInputElement && e.type === 'hidden') continue;
          if (e.closest('[inert], [hidden]') || e.getClientRects().length === 0) continue;
          if (getComputedStyle(e).visibility === 'hidden') continue;
          const modal = document.querySelector('dialog[open]:modal');
          if (modal && !modal.contains(e)) continue;
          if (e instanceof HTMLInputElement && e.type === 'radio' && e.name) {
            const key = `${e.form ? 'f' : ''}${e.name}`;
            if (groups.has(key)) continue;
            const group = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
              (r) => r.name === e.name && r.form === e.form,
            );
            groups.add(key);
            stops.push(group.find((r) => r.checked) ?? e);
            continue;
          }
          stops.push(e);
        }
        const target = stops.findIndex((e) => matches(e));
        const from = stops.indexOf(document.activeElement as Element);
        if (target < 0 || from < 0) return { done: false, keys: 4, back: back === true };
        const forward = (target - from + stops.length) % stops.length;
        const backward = stops.length - forward;
        const goBack = back ?? backward < forward;
        return { done: false, keys: goBack ? backward : forward, back: goBack };
      },
      [selector, text, options.back] as const,
    );
    if (plan.done) return;
    const keys = Math.max(1, Math.min(plan.keys, limit - pressed));
    const key = plan.back ? 'Shift+Tab' : 'Tab';
    await pressTimes(page, key, keys);
    pressed += keys;
    // Where the target was passed, if it was: step back the presses that went beyond it.
    const log = await page.evaluate(() => (window as unknown as { __tabTo: { log: boolean[] } }).__tabTo.log);
    const at = log.indexOf(true);
    if (at >= 0 && at < log.length - 1) {
      const beyond = log.length - 1 - at;
      const other = plan.back ? 'Tab' : 'Shift+Tab';
      await pressTimes(page, other, beyond);
      pressed += beyond;
    }
  }
  throw new Error(
    `Tab never reached ${selector} in ${limit} presses; the focus is on ${await focused(page)}`,
  );
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
  const group = `input[type="radio"][name$="${nameEnd}"]`;
  const state = () =>
    page.evaluate((g) => {
      const input = document.activeElement as HTMLInputElement;
      return {
        inGroup: input.matches(g),
        checked: input.checked,
        label: input.labels?.[0]?.textContent?.trim() ?? '',
      };
    }, group);
  // The lesson panel may draw its step again just after a task is done (a new result), and the radio that
  // had the focus is then replaced: the keys must not go on to wherever the focus fell, so Tab back in.
  for (let i = 0; i < 12; i += 1) {
    let now = await state();
    if (!now.inGroup) {
      await tabTo(page, group);
      now = await state();
    }
    if (now.checked && now.label === label) return;
    await page.keyboard.press(now.checked ? 'ArrowDown' : 'Space');
  }
  throw new Error(
    `No option "${label}" in the radio group …${nameEnd}; the focus is on ${await focused(page)}`,
  );
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
