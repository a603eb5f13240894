import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { lazySegmenter } from '../../tools/vite-lazy-segmenter';

/** pixi's own CanvasTextMetrics module, as the build reads it. */
const PIXI_FILE = new URL(
  '../../node_modules/pixi.js/lib/scene/text/canvas/CanvasTextMetrics.mjs',
  import.meta.url,
);
const original = readFileSync(PIXI_FILE, 'utf8');

/** The statement that sets `graphemeSegmenter`, run on a stand-in class; returns the function it set. */
function segmenterOf(code: string): (s: string) => string[] {
  const start = code.indexOf('_CanvasTextMetrics.graphemeSegmenter = (');
  const end = code.indexOf('})();', start) + '})();'.length;
  const statement = code.slice(start, end);
  const holder: { graphemeSegmenter?: (s: string) => string[] } = {};
  new Function('_CanvasTextMetrics', statement)(holder);
  return holder.graphemeSegmenter!;
}

const RealSegmenter = Intl.Segmenter;
/** Intl, with its Segmenter replaceable for the test. */
const intl = Intl as { Segmenter: typeof Intl.Segmenter | undefined };
let made = 0;
class CountingSegmenter extends RealSegmenter {
  constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
    super(...args);
    made += 1;
  }
}
afterEach(() => {
  intl.Segmenter = RealSegmenter;
  made = 0;
});

const SAMPLES = ['Glia · 13%', 'e\u0301 acute', '\uD83E\uDDD1\u200D\uD83D\uDCBB technologist', ''];

describe("pixi's grapheme segmenter, made on first use (tools/vite-lazy-segmenter.ts)", () => {
  it("pixi's code is the one expected, and the rewrite no longer makes a segmenter when the module is evaluated", () => {
    intl.Segmenter = CountingSegmenter;
    segmenterOf(original);
    expect(made, 'pixi 8 makes one as its module is evaluated').toBe(1);
    made = 0;
    const lazy = segmenterOf(lazySegmenter(original));
    expect(made).toBe(0);
    lazy('a');
    lazy('b');
    expect(made, 'one, on first use').toBe(1);
  });

  it('splits text into the same grapheme clusters as pixi does', () => {
    const eager = segmenterOf(original);
    const lazy = segmenterOf(lazySegmenter(original));
    for (const text of SAMPLES) expect(lazy(text)).toEqual(eager(text));
    expect(lazy('e\u0301')).toEqual(['e\u0301']);
  });

  it('falls back to code points without Intl.Segmenter, as pixi does', () => {
    intl.Segmenter = undefined;
    const eager = segmenterOf(original);
    const lazy = segmenterOf(lazySegmenter(original));
    for (const text of SAMPLES) expect(lazy(text)).toEqual(eager(text));
  });

  it('fails the build when the code differs (a pixi upgrade changed it)', () => {
    expect(() => lazySegmenter(original.replace('new Intl.Segmenter()', 'new Intl.Segmenter("en")'))).toThrow(
      /no longer makes its Intl\.Segmenter/,
    );
  });
});
