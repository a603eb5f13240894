/**
 * Takes Chromium screenshots of the built app (run `npm run build` first) at the projector size and a phone
 * size, in every theme, so a person can look at what learners see. Output: test-results/screenshots/.
 *   npm run screenshots [-- --out DIR]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { THEMES } from '../src/content/themes.ts';
import { appReady, openBuilt } from './browser.ts';

const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
] as const;

const outIndex = process.argv.indexOf('--out');
const outDir = path.resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? '') : 'test-results/screenshots');
mkdirSync(outDir, { recursive: true });

const { url, browser, close } = await openBuilt({ port: 4174 });
try {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      await page.goto(url);
      if (!(await appReady(page))) throw new Error('no app-ready within 20 s');
      await page.getByRole('button', { name: 'Display' }).click();
      await page.locator(`input[name="theme"][value="${theme}"]`).check();
      if (theme === 'projector' && size.width > 500) {
        await page.screenshot({ path: path.join(outDir, `display-${size.name}-${theme}.png`) });
      }
      await page.getByRole('button', { name: 'Close' }).click();
      const file = path.join(outDir, `shell-${size.name}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: size.width < 500 });
      await page.getByRole('button', { name: 'About' }).click();
      await page.screenshot({ path: path.join(outDir, `about-${size.name}-${theme}.png`) });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await close();
}
