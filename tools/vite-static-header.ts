import path from 'node:path';
import type { Plugin } from 'vite';
import { headerMarkup } from '../src/ui/shell/header-markup';

/**
 * Writes the app's skip link and header (src/ui/shell/header-markup.ts) into the app's page, index.html, in
 * every build and in the dev server: the first paint, the title, tagline and education-only notice, then needs
 * only the HTML and the stylesheet, not the app's scripts (step 18). The app adopts those elements
 * (mountShell). Other pages built with this config (the scene bench's tools/bench/scene.html) are left alone;
 * an index.html without `<div id="app">` fails the build.
 */
export function staticHeader(): Plugin {
  return {
    name: 'opl-static-header',
    transformIndexHtml(html, context) {
      if (path.basename(context.filename) !== 'index.html') return html;
      const open = '<div id="app">';
      if (!html.includes(open)) throw new Error('index.html has no <div id="app">');
      return html.replace(open, `${open}${headerMarkup()}`);
    },
  };
}
