import { describe, expect, it } from 'vitest';
import { panelGrid } from '../../src/charts/mechanisms-chart';
import { fitRows } from '../../src/charts/time-course-chart';

/** The compact layouts' choices (step 12): what gives way first when a chart's box is short. */
describe('chart layouts that fit their box', () => {
  const f = 16;
  const gap = f * 2.2;

  it('time course: all four rows and the event list when there is room', () => {
    expect(fitRows(1000, 100, f, gap)).toEqual({ rows: 4, listEvents: true });
  });

  it('time course: the event list goes before any row, then withdrawal, then the threshold', () => {
    const fourRows = 4 * (f * 2 + gap) - gap;
    expect(fitRows(fourRows + 50, 100, f, gap)).toEqual({ rows: 4, listEvents: false });
    const threeRows = 3 * (f * 2 + gap) - gap;
    expect(fitRows(threeRows + 10, 100, f, gap)).toEqual({ rows: 3, listEvents: false });
    expect(fitRows(50, 100, f, gap)).toEqual({ rows: 2, listEvents: false });
  });

  it('time course: never fewer rows for more room, over a range of heights', () => {
    let last = 0;
    for (let room = 0; room < 1200; room += 7) {
      const { rows } = fitRows(room, 80, f, gap);
      expect(rows).toBeGreaterThanOrEqual(last);
      last = rows;
    }
  });

  const m = { top: f * 2.4, left: f * 3.4, right: f * 1.2, bottom: f * 3.4 };

  it('mechanisms: a wide, short box puts the panels in one row; a tall, narrow one in one column', () => {
    expect(panelGrid(1800, 260, f, m).cols).toBe(6);
    expect(panelGrid(360, 1400, f, m).cols).toBe(1);
  });

  it('mechanisms: the panels get taller with more room, and report when they cannot fit (strips)', () => {
    const small = panelGrid(530, 330, 24, {
      top: 24 * 2.4,
      left: 24 * 3.4,
      right: 24 * 1.2,
      bottom: 24 * 3.4,
    });
    expect(small.innerH).toBeLessThan(24 * 2.5);
    const roomy = panelGrid(530, 900, f, m);
    expect(roomy.innerH).toBeGreaterThan(panelGrid(530, 500, f, m).innerH);
  });
});
