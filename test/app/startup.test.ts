import { describe, expect, it } from 'vitest';
import { findPreset, normalizeScenario } from '../../src/model';
import { readLink, writeLink } from '../../src/app/link-state';
import { DEFAULT_DAY, startupFrom } from '../../src/app/startup';

describe('what the app opens with', () => {
  it('is the escalation preset at week 8 without a link', () => {
    const s = startupFrom(readLink(''));
    expect(s).toMatchObject({
      title: 'Rising morphine dose over 26 weeks',
      presetName: 'oih-escalation',
      tDays: DEFAULT_DAY,
      problem: null,
      theme: null,
      chart: null,
    });
  });

  it('shows a link made before presets had titles under the title, not the id', () => {
    const scenario = normalizeScenario(findPreset('oih-state')!.scenario);
    const hash = writeLink({
      scenario,
      tDays: 30,
      compare: scenario,
      chartDay: 20,
      mechanism: null,
      theme: null,
      titles: { a: 'oih-state (edited)', b: 'my own course' },
    });
    const s = startupFrom(readLink(hash));
    expect(s.title).toBe('OIH after 12 weeks of high-dose morphine (edited)');
    expect(s.compare?.title).toBe('my own course');
  });

  it('is the linked scenario, time, day, mechanism and theme with a good link', () => {
    const scenario = normalizeScenario(findPreset('taper-10-per-week')!.scenario);
    const hash = writeLink({
      scenario,
      tDays: 30,
      compare: null,
      chartDay: 20,
      mechanism: 'glia',
      theme: 'projector',
      chart: 'time-course',
    });
    expect(startupFrom(readLink(hash))).toMatchObject({
      scenario,
      tDays: 30,
      chartDay: 20,
      mechanism: 'glia',
      theme: 'projector',
      chart: 'time-course',
      problem: null,
    });
  });

  it('is the default scenario, with the reason, for a broken link', () => {
    const s = startupFrom(readLink('#s=broken'));
    expect(s.title).toBe('Rising morphine dose over 26 weeks');
    expect(s.problem).toMatch(/^The link is damaged.*The default scenario is shown instead\.$/);
  });
});
