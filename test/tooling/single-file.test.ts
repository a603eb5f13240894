import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealSingleFile, singleFilePolicy } from '../../tools/vite-single-file';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) => `<!doctype html><html><head>\n<meta charset="UTF-8" />\n${body}</head></html>`;

describe('single-file Content-Security-Policy', () => {
  it('allows exactly the inline scripts and styles it carries, by hash, and the worker from a blob: URL', () => {
    const script = 'console.log("a </style> in a string")';
    const style = 'body{margin:0}';
    const policy = singleFilePolicy(page(`<script type="module">${script}</script><style>${style}</style>`));
    expect(policy).toContain(`script-src ${hash(script)};`);
    expect(policy).toContain(`style-src ${hash(style)};`);
    expect(policy).toContain('worker-src blob:');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
    // 'unsafe-inline' only for style attributes (chart exports), never for scripts or style sheets.
    expect(
      policy
        .split(';')
        .filter((d) => d.includes('unsafe-inline'))
        .map((d) => d.trim()),
    ).toEqual(["style-src-attr 'unsafe-inline'"]);
  });

  it('does not mistake style-like text inside a script for a style', () => {
    const policy = singleFilePolicy(page('<script>const css = "<style>x{}</style>";</script>'));
    expect(policy).toContain("style-src 'none'");
  });

  it('puts the policy right after <meta charset>, before every script', () => {
    const sealed = sealSingleFile(page('<script>1</script>'));
    expect(sealed.indexOf('Content-Security-Policy')).toBeLessThan(sealed.indexOf('<script>'));
    expect(sealed.indexOf('<meta charset')).toBeLessThan(sealed.indexOf('Content-Security-Policy'));
  });

  it('refuses a page that still loads a script file, or has nothing to allow', () => {
    expect(() => singleFilePolicy(page('<script src="./a.js"></script>'))).toThrow(/still loads a file/);
    expect(() => singleFilePolicy(page(''))).toThrow(/no inline script/);
  });
});
