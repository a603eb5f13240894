import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deployWords } from '../../src/content/deploy-words';
import { bootScript, packApp, sealSingleFile, singleFilePolicy } from '../../tools/vite-single-file';

const NOTICE = deployWords.singleFileNeedsNewerBrowser;

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

describe('the packed app', () => {
  const app = 'globalThis.ran = "the app";'.repeat(50);
  const built = page(`<script type="module" crossorigin>${app}</script><style>b{}</style>`);
  const packed = packApp(built, NOTICE);
  const block =
    /<script type="application\/gzip" data-encoding="base64" id="packed-app">([^<]*)<\/script>/.exec(packed);
  const boot = /<script type="module">([\s\S]*?)<\/script>/.exec(packed)?.[1] ?? '';

  it('stores the app script gzip-compressed in a data block, byte for byte, and adds its bootstrap', () => {
    expect(block).not.toBeNull();
    expect(gunzipSync(Buffer.from(block![1]!, 'base64')).toString('utf8')).toBe(app);
    expect(packed).not.toContain(app);
    expect(boot).toBe(bootScript(NOTICE));
  });

  it('allows the bootstrap by hash and scripts from blob: URLs, never the data block or eval', () => {
    const policy = singleFilePolicy(packed);
    expect(policy).toContain(`script-src ${hash(boot)} blob:;`);
    expect(policy).not.toContain(hash(block![1]!));
    expect(policy).toContain('worker-src blob:');
    expect(policy).not.toMatch(/unsafe-eval|strict-dynamic|https?:/);
    // A page with no packed app allows no blob: script.
    expect(singleFilePolicy(built)).toContain(`script-src ${hash(app)};`);
  });

  it('refuses a page with no app script, or more than one', () => {
    expect(() => packApp(page('<script>1</script>'), NOTICE)).toThrow(/0 app scripts/);
    const two = page('<script type="module">1</script><script type="module">2</script>');
    expect(() => packApp(two, NOTICE)).toThrow(/2 app scripts/);
  });

  /**
   * The bootstrap, run in Node with the page's document, URL and import stood in for: what it makes a blob:
   * URL of is the app's code, and that URL is what it imports. (Chromium runs the real thing:
   * test/e2e/single-file.spec.ts.)
   */
  async function runBoot(options: { readonly decompression: boolean }) {
    const said: string[] = [];
    const document = {
      getElementById: (id: string) =>
        id === 'packed-app'
          ? { textContent: `\n${block![1]!}\n` }
          : { replaceChildren: (p: { textContent: string }) => said.push(p.textContent) },
      createElement: () => ({ textContent: '', style: { cssText: '' } }),
    };
    let made: Blob | null = null;
    const imported: string[] = [];
    const url = {
      createObjectURL: (blob: Blob) => ((made = blob), 'blob:null/app'),
      revokeObjectURL: (u: string) => imported.push(`revoked ${u}`),
    };
    // The constructor of async functions, to run the bootstrap's top-level await as a function body.
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<void>;
    // import() cannot be passed in: the test's own stands in for it under another name.
    const run = new AsyncFunction(
      'document',
      'URL',
      'DecompressionStream',
      'load',
      boot.replace('await import(url)', 'await load(url)'),
    );
    const load = async (u: string) => void imported.push(u);
    const error = await run(
      document,
      url,
      options.decompression ? DecompressionStream : undefined,
      load,
    ).catch((e: unknown) => e);
    return { said, made: made as Blob | null, imported, error };
  }

  it('inflates the app with DecompressionStream and imports it from a blob: URL', async () => {
    expect(boot).toContain('await import(url)');
    const { said, made, imported, error } = await runBoot({ decompression: true });
    expect(error).toBeUndefined();
    expect(await made?.text()).toBe(app);
    expect(made?.type).toBe('text/javascript');
    expect(imported).toEqual(['blob:null/app', 'revoked blob:null/app']);
    expect(said).toEqual([]);
  });

  it('says in the page which browsers it needs where it cannot inflate the app, and still throws', async () => {
    const { said, imported, error } = await runBoot({ decompression: false });
    expect(error).toBeInstanceOf(Error);
    expect(imported).toEqual([]);
    expect(said).toEqual([NOTICE]);
  });
});
