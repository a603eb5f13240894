import { expect, test } from '@playwright/test';
import { readLink, writeLink } from '../../src/app/link-state';
import { findPreset, normalizeScenario } from '../../src/model';
import { openApp, copiedLink } from './helpers';

test('a link to a lesson step opens that step, and Copy link there keeps it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scenario = normalizeScenario(findPreset('oih-escalation')!.scenario);
  const hash = writeLink({
    scenario,
    tDays: 56,
    compare: null,
    chartDay: 56,
    mechanism: null,
    theme: null,
    lesson: { id: 'oih-or-tolerance', step: 'row-mechanism' },
  });
  const errors = await openApp(page, `/${hash}`);
  const panel = page.locator('.lesson-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('OIH or tolerance?');
  await expect(panel).toContainText('Row 1');
  await expect(page.getByRole('button', { name: 'Lessons', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const url = await copiedLink(page, () =>
    page.locator('.controls-layout').getByRole('button', { name: 'Copy link' }).click(),
  );
  const read = readLink(url.slice(url.indexOf('#')));
  expect(read.ok === true && read.state.lesson).toEqual({ id: 'oih-or-tolerance', step: 'row-mechanism' });
  expect(errors).toEqual([]);
});
