import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';
import { pressButton, tabTo } from './keyboard';

// Issue 9: a keyboard-only run reaches every control. On each screen (every controls tab and chart tab, the
// scene's mechanism card, the lessons column, a lesson step, lecture mode and every dialog) the test lists
// the controls a mouse could use, then presses Tab round the page and checks that each was focused. A tab
// list or a radio group is one stop in the Tab order (arrow keys move inside it, as ARIA asks), so it counts
// as reached when any of its members is; the test then walks every tab of each tab list with the arrows.

/** Keys of the visible, enabled controls on the page, or inside `scope` (a dialog). */
function controlsOn(page: Page, scope: string | null): Promise<string[]> {
  return page.evaluate((within) => {
    const root: ParentNode = (within && document.querySelector(within)) || document;
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="tab"], [role="slider"]';
    const keyOf = (el: Element): string => {
      const w = window as unknown as { __reachKey?: (e: Element) => string };
      return w.__reachKey!(el);
    };
    const w = window as unknown as { __reachKey?: (e: Element) => string };
    w.__reachKey ??= (el: Element) => {
      const tablist = el.closest('[role="tablist"]');
      if (el.getAttribute('role') === 'tab' && tablist)
        return `tablist:${tablist.id || tablist.getAttribute('aria-label') || tablist.className}`;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) return `radio:${el.name}`;
      const name =
        el.id ||
        el.getAttribute('aria-label') ||
        (el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : '') ||
        (el.textContent ?? '').trim().slice(0, 50);
      const path: string[] = [];
      for (let p: Element | null = el; p && path.length < 4; p = p.parentElement)
        if (p.id) path.unshift(p.id);
      return `${el.tagName.toLowerCase()}:${name}@${path.join('/')}`;
    };
    const visible = (el: Element) => {
      const box = (el as HTMLElement).getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 0 &&
        box.height > 0 &&
        style.visibility !== 'hidden' &&
        !el.closest('[hidden], [inert], [aria-hidden="true"]') &&
        (el as HTMLElement).offsetParent !== null
      );
    };
    const usable = [...root.querySelectorAll(selector)].filter(
      (el) =>
        visible(el) &&
        !(el as HTMLButtonElement).disabled &&
        // A file input is opened by its own "Open file…" button, and is kept out of the Tab order.
        !(el instanceof HTMLInputElement && el.type === 'file' && el.tabIndex === -1) &&
        !(el instanceof HTMLInputElement && el.type === 'hidden') &&
        // Inside an open modal dialog only the dialog is usable.
        (within !== null || !document.querySelector('dialog[open]') || el.closest('dialog[open]') !== null),
    );
    return [...new Set(usable.map(keyOf))];
  }, scope);
}

/** Presses Tab until the focus comes back round (or `limit` presses); the keys of everything it visited. */
async function tabRound(page: Page, limit = 400): Promise<Set<string>> {
  const seen = new Set<string>();
  let first: string | null = null;
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const a = document.activeElement;
      const w = window as unknown as { __reachKey?: (e: Element) => string };
      return a && a !== document.body ? w.__reachKey!(a) : null;
    });
    if (key === null) continue;
    if (key === first && i > 2) break;
    first ??= key;
    seen.add(key);
  }
  return seen;
}

async function expectAllReached(page: Page, screen: string, scope: string | null = null) {
  const wanted = await controlsOn(page, scope);
  expect(wanted.length, `${screen}: controls found`).toBeGreaterThan(scope ? 0 : 10);
  const reached = await tabRound(page);
  const missed = wanted.filter((key) => !reached.has(key));
  expect(missed, `${screen}: controls the Tab key never reached`).toEqual([]);
  return wanted.length;
}

/** Walks every tab of a tab list with ArrowRight (tabs select as they are focused), checking each screen. */
async function everyTab(page: Page, tablist: string, name: string) {
  const count = await page.locator(`${tablist} [role="tab"]`).count();
  expect(count, `${name}: tabs`).toBeGreaterThan(1);
  for (let i = 0; i < count; i += 1) {
    await tabTo(page, `${tablist} [role="tab"][aria-selected="true"]`, { limit: 400 });
    if (i > 0) await page.keyboard.press('ArrowRight');
    const label = (await page.evaluate(() => document.activeElement?.textContent?.trim())) ?? '';
    await expect(page.locator(':focus')).toHaveAttribute('aria-selected', 'true');
    await expectAllReached(page, `${name} tab "${label}"`);
  }
}

test('a keyboard-only run reaches every control on every screen', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const errors = await openApp(page);
  await controlsOn(page, null); // installs the key function
  let screens = 0;

  // The workbench: every controls tab, then every chart tab.
  await everyTab(page, '.control-tablist', 'controls');
  await everyTab(page, '.oc-tablist', 'charts');
  screens += (await page.locator('[role="tab"]').count()) - 1;

  // Dialogs, each opened from the keyboard; focus stays inside a modal dialog, so the round is the dialog's.
  for (const [button, dialog] of [
    ['About', 'About Opioid Paradox Lab'],
    ['Display', 'Display settings'],
    ['Keys', 'Keyboard shortcuts'],
    ['Glossary', 'Glossary'],
  ] as const) {
    await pressButton(page, button);
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await expectAllReached(page, `dialog "${dialog}"`, 'dialog[open]');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
    screens += 1;
  }

  // The scene's mechanism card: a mechanism region chosen with the keyboard.
  await tabTo(page, '.pathway-scene button');
  await page.keyboard.press('Enter');
  await expect(page.locator('.mechanism-card')).toBeVisible();
  await expectAllReached(page, 'mechanism card open');
  screens += 1;

  // The lessons column, its list and a lesson's first step.
  await pressButton(page, 'Lessons');
  await expect(page.locator('.lesson-panel')).toBeVisible();
  await expectAllReached(page, 'lesson list');
  await tabTo(page, '.lesson-list button');
  await page.keyboard.press('Enter');
  await expect(page.locator('.lesson-panel h3')).toBeFocused();
  await expectAllReached(page, 'a lesson step');
  await pressButton(page, 'Close lessons');
  screens += 2;

  // Lecture mode, with its tools unfolded.
  await pressButton(page, 'Lecture');
  await expect(page.locator('.lecture-slot')).toBeVisible();
  await expectAllReached(page, 'lecture mode');
  await pressButton(page, 'Lecture tools');
  await expectAllReached(page, 'lecture mode, tools open');
  screens += 2;

  console.log(`keyboard reach: ${screens} screens checked`);
  expect(errors).toEqual([]);
});
