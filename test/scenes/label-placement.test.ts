import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/scenes/label-placement';
import { intersects, layoutScene, motionRegions, type Rect } from '../../src/scenes/layout';

const rectArb = fc.record({
  x: fc.integer({ min: 0, max: 1500 }),
  y: fc.integer({ min: 0, max: 850 }),
  width: fc.integer({ min: 10, max: 300 }),
  height: fc.integer({ min: 10, max: 80 }),
});

describe('caption placement', () => {
  it('never puts a caption on another, on a keep-out area or past the edge; every caption it can place, it does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            width: fc.integer({ min: 20, max: 400 }),
            height: fc.integer({ min: 20, max: 60 }),
            x: fc.integer({ min: 0, max: 1600 }),
            y: fc.integer({ min: 0, max: 900 }),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        fc.array(rectArb, { maxLength: 30 }),
        (labels, keepOut) => {
          const bounds = { x: 6, y: 6, width: 1588, height: 888 };
          const placed = placeLabels(
            labels.map((l, i) => ({
              id: `l${i}`,
              width: l.width,
              height: l.height,
              candidates: [{ x: l.x, y: l.y, ax: 0, ay: 0 }],
            })),
            keepOut,
            bounds,
          );
          const boxes = [...placed.values()].filter((b): b is Rect => b !== null);
          for (const [i, a] of boxes.entries()) {
            expect(keepOut.some((k) => intersects(a, k))).toBe(false);
            expect(a.x >= 6 && a.y >= 6 && a.x + a.width <= 1594 && a.y + a.height <= 894).toBe(true);
            for (const b of boxes.slice(i + 1)) expect(intersects(a, b)).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a caption alone in an empty drawing goes exactly where it asked', () => {
    const placed = placeLabels(
      [{ id: 'a', width: 100, height: 30, candidates: [{ x: 500, y: 400, ax: 0.5, ay: 1 }] }],
      [],
      {
        x: 0,
        y: 0,
        width: 1600,
        height: 900,
      },
    );
    expect(placed.get('a')).toEqual({ x: 450, y: 370, width: 100, height: 30 });
  });

  it('the places where things move cover every path an impulse takes, from end to end', () => {
    for (const [w, h] of [
      [708, 539],
      [1063, 766],
      [370, 260],
    ] as const) {
      const layout = layoutScene(w, h);
      const regions = motionRegions(layout);
      for (const path of Object.values(layout.paths))
        for (const p of [path.from, path.to])
          expect(
            regions.some((r) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height),
          ).toBe(true);
    }
  });
});
