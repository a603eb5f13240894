import type { Plugin } from 'vite';
import { headerMarkup } from '../src/ui/shell/header-markup';

/**
 * Writes the app's skip link and header (src/ui/shell/header-markup.ts) into index.html's #app, in every build
 * and in the dev server: the first paint, the title, tagline and education-only notice, then needs only the
 * HTML and the stylesheet, not the app's scripts (step 18). The app adopts those elements (mountShell).
 */
export function staticHeader(): Plugin {
  return {
    name: 'opl-static-header',
    transformIndexHtml(html) {
      const open = '<div id="app">';
      if (!html.includes(open)) throw new Error('index.html has no <div id="app">');
      return html.replace(open, `${open}${headerMarkup()}`);
    },
  };
}
