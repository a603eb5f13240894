// @vitest-environment happy-dom
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { preferencesMachine } from '../../../src/app/preferences';
import type { ChartMoment, ChartSeriesInput, ScrubbableChartView } from '../../../src/charts/view';
import type { ThemeId } from '../../../src/content/themes';
import type { SceneRegionId } from '../../../src/model';
import { hostCharts } from '../../../src/ui/hosts/charts-host';

/** A stand-in for the d3 charts panel that records the host's calls and can scrub and select. */
function fakeCharts() {
  const calls: string[] = [];
  let scrub: ((t: number) => void) | null = null;
  let select: ((id: SceneRegionId) => void) | null = null;
  const view: ScrubbableChartView = {
    mount: () => void calls.push('mount'),
    setResults: (a: ChartSeriesInput, b?: ChartSeriesInput) =>
      void calls.push(`results:${a.label}${b ? `+${b.label}` : ''}`),
    update: (m: ChartMoment) => void calls.push(`t:${m.tDays}`),
    setTheme: (t: ThemeId) => void calls.push(`theme:${t}`),
    setReducedMotion: (on: boolean) => void calls.push(`motion:${on}`),
    resize: () => void calls.push('resize'),
    highlight: () => undefined,
    onSelect: (cb) => ((select = cb), () => (select = null)),
    onScrub: (cb) => ((scrub = cb), () => (scrub = null)),
    destroy: () => void calls.push('destroy'),
  };
  return { view, calls, scrubTo: (t: number) => scrub?.(t), choose: (id: SceneRegionId) => select?.(id) };
}

describe('charts host', () => {
  it('mounts and themes the charts (they size themselves), and passes scrubs and selections to the app', async () => {
    const region = document.createElement('div');
    document.body.append(region);
    const preferences = createActor(preferencesMachine, { input: { saved: null } }).start();
    const fake = fakeCharts();
    const scrubbed: number[] = [];
    const selected: SceneRegionId[] = [];
    const host = await hostCharts(region, fake.view, preferences, {
      scrub: (t) => scrubbed.push(t),
      select: (id) => selected.push(id),
    });
    expect(fake.calls.slice(0, 3)).toEqual(['mount', 'theme:default', 'motion:false']);
    fake.scrubTo(12.5);
    fake.choose('glia');
    expect(scrubbed).toEqual([12.5]);
    expect(selected).toEqual(['glia']);
    host.show({ tDays: 3 } as never);
    expect(fake.calls.at(-1)).toBe('t:3');
    host.destroy();
    fake.scrubTo(99);
    expect(scrubbed).toEqual([12.5]);
    expect(fake.calls.at(-1)).toBe('destroy');
    region.remove();
  });
});
