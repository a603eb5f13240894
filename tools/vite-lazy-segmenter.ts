import type { Plugin } from 'vite';

/**
 * pixi.js 8 makes an `Intl.Segmenter` when its text-metrics module is evaluated (CanvasTextMetrics'
 * `graphemeSegmenter`), to split text into grapheme clusters for letter spacing and word breaking. The scene
 * uses neither, but the first segmenter of a page costs ~14 ms on this machine (~56 ms at Lighthouse's 4×
 * slowdown), inside the page's first task (step 14). This rewrites it to make the segmenter on first use,
 * with the same result. Build and tests alike; the build fails if pixi's code no longer matches (an upgrade
 * that changed it is then looked at, not silently left).
 */
export const SEGMENTER_MODULE = /pixi\.js\/lib\/scene\/text\/canvas\/CanvasTextMetrics\.mjs$/;

const EAGER =
  /_CanvasTextMetrics\.graphemeSegmenter = \(\(\) => \{\n {2}if \(typeof Intl\?\.Segmenter === "function"\) \{\n {4}const segmenter = new Intl\.Segmenter\(\);\n {4}return \(s\) => \{\n {6}const segments = segmenter\.segment\(s\);\n {6}const result = \[\];\n {6}let i = 0;\n {6}for \(const segment of segments\) \{\n {8}result\[i\+\+\] = segment\.segment;\n {6}\}\n {6}return result;\n {4}\};\n {2}\}\n {2}return \(s\) => \[\.\.\.s\];\n\}\)\(\);/;

const LAZY = `_CanvasTextMetrics.graphemeSegmenter = (() => {
  let segmenter;
  return (s) => {
    if (segmenter === undefined) segmenter = typeof Intl?.Segmenter === "function" ? new Intl.Segmenter() : null;
    if (segmenter === null) return [...s];
    const result = [];
    let i = 0;
    for (const segment of segmenter.segment(s)) {
      result[i++] = segment.segment;
    }
    return result;
  };
})();`;

/** The module's code with the segmenter made on first use; throws if pixi's code is not the one expected. */
export function lazySegmenter(code: string): string {
  if (!EAGER.test(code))
    throw new Error(
      "pixi's CanvasTextMetrics no longer makes its Intl.Segmenter as tools/vite-lazy-segmenter.ts expects: look at it again",
    );
  return code.replace(EAGER, LAZY);
}

export const segmenterOnFirstUse = (): Plugin => ({
  name: 'opioid-paradox-lab:segmenter-on-first-use',
  enforce: 'pre',
  transform: {
    filter: { id: SEGMENTER_MODULE },
    handler(code) {
      return { code: lazySegmenter(code), map: null };
    },
  },
});
