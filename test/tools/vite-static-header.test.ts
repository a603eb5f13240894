// @vitest-environment happy-dom
import { getByRole, getByText } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { appStrings } from '../../src/content/strings';
import { staticHeader } from '../../tools/vite-static-header';

function transform(html: string, filename = '/app/index.html'): string {
  const hook = staticHeader().transformIndexHtml as (html: string, context: { filename: string }) => string;
  return hook(html, { filename });
}

describe('the header written into index.html (first paint without scripts)', () => {
  it('puts the skip link and the header, with the title, tagline and education-only notice, first in #app', () => {
    const html = transform('<body><div id="app"><noscript>x</noscript></div></body>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const app = doc.getElementById('app')!;
    const [skip, header] = [...app.children];
    expect(skip?.matches('a.skip-link[href="#workspace"]')).toBe(true);
    expect(header?.matches('header.app-header')).toBe(true);
    expect(getByRole(app, 'heading', { level: 1 }).textContent).toBe(appStrings.productName);
    expect(getByText(app, appStrings.tagline)).toBeTruthy();
    expect(getByText(app, appStrings.notice).closest('#education-notice')?.getAttribute('title')).toBe(
      appStrings.noticeDetail,
    );
    expect(app.querySelectorAll('svg[aria-hidden="true"]').length).toBe(2);
    expect(app.querySelector('noscript')).not.toBeNull();
  });

  it('refuses an index.html without #app rather than build an app with no first paint', () => {
    expect(() => transform('<body><main></main></body>')).toThrow(/id="app"/);
  });

  it('leaves the other pages built with the config alone (the scene bench)', () => {
    const page = '<body><div id="bench"></div></body>';
    expect(transform(page, '/app/tools/bench/scene.html')).toBe(page);
  });
});
