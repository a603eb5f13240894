/**
 * Renders the app icon (public/favicon.svg) into the PNGs the web app manifest lists, in Debian's Chromium.
 * Run once when the icon changes, and commit the PNGs: the build never renders anything.
 *   npx tsx tools/make-icons.ts
 * Maskable icons fill the whole square with the icon's background and keep the drawing inside the central
 * 80 % circle that every launcher mask leaves visible (https://w3c.github.io/manifest/#icon-masks).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './browser.ts';

const PUBLIC = path.resolve(import.meta.dirname, '..', 'public');
const source = readFileSync(path.join(PUBLIC, 'favicon.svg'), 'utf8');
/** The favicon's tile colour: the maskable icon's full-bleed background. */
const TILE = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(source)?.[1] ?? '#172230';

/** The drawing without its rounded tile, scaled about the centre so that it stays inside the safe circle. */
function maskable(svg: string): string {
  const drawing = svg
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<rect[^>]*\/>/, '');
  const open = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  return `${open}<rect width="36" height="36" fill="${TILE}"/><g transform="translate(18 18) scale(0.78) translate(-18 -18)">${drawing}</g></svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: source },
  { file: 'icon-512.png', size: 512, svg: source },
  { file: 'apple-touch-icon.png', size: 180, svg: maskable(source) },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable(source) },
] as const;

const browser = await launchChromium();
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const img = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${img}" width="${icon.size}" height="${icon.size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((el: HTMLImageElement) => el.decode());
    const out = path.join(PUBLIC, icon.file);
    await page.screenshot({ path: out, omitBackground: true });
    console.log(`${out} (${icon.size}×${icon.size})`);
    await page.close();
  }
} finally {
  await browser.close();
}
