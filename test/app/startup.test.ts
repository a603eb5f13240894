import { describe, expect, it } from 'vitest';
import { findPreset, normalizeScenario } from '../../src/model';
import { readLink, writeLink } from '../../src/app/link-state';
import { DEFAULT_DAY, startupFrom } from '../../src/app/startup';

describe('what the app opens with', () => {
  it('is the escalation preset at week 8 without a link', () => {
    const s = startupFrom(readLink(''));
    expect(s).toMatchObject({
      title: 'oih-escalation',
      tDays: DEFAULT_DAY,
      problem: null,
      theme: null,
      chart: null,
    });
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
    expect(s.title).toBe('oih-escalation');
    expect(s.problem).toMatch(/^The link is damaged.*The default scenario is shown instead\.$/);
  });
});
