/**
 * One screenshot of the built app for a quick look: `npx tsx tools/shot.ts OUT.png [WIDTHxHEIGHT] [theme]
 * [--click "button name"]...` (run `npm run build` first).
 */
import { appReady, openBuilt } from './browser.ts';

const [out = 'shot.png', size = '1280x720', theme = 'default'] = process.argv
  .slice(2)
  .filter(
    (a, i, all) =>
      !a.startsWith('--') &&
      all[i - 1] !== '--click' &&
      all[i - 1] !== '--hash' &&
      all[i - 1] !== '--selector',
  );
const clicks = process.argv.flatMap((a, i, all) => (all[i - 1] === '--click' ? [a] : []));
const selector = process.argv.flatMap((a, i, all) => (all[i - 1] === '--selector' ? [a] : []))[0];
const hash = process.argv.flatMap((a, i, all) => (all[i - 1] === '--hash' ? [a] : []))[0] ?? '';
const [width = 1280, height = 720] = size.split('x').map(Number);
const { url, browser, close } = await openBuilt({ port: 4179 });
try {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.addInitScript(
    (t) => localStorage.setItem('opioid-paradox-lab:preferences:v1', JSON.stringify({ theme: t })),
    theme,
  );
  await page.goto(`${url}${hash}`);
  if (!(await appReady(page))) throw new Error('no app-ready within 20 s');
  for (const name of clicks) {
    const scope = name.startsWith('tab:') ? page.locator('.controls-layout') : page;
    await scope
      .getByRole(name.startsWith('tab:') ? 'tab' : 'button', { name: name.replace(/^tab:/, ''), exact: true })
      .first()
      .click();
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(500);
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: width < 700 });
  console.log(out);
} finally {
  await close();
}
