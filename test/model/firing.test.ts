import { describe, expect, it } from 'vitest';
import { findPreset, snapshotAt } from '../../src/model';
import { simulate } from '../../src/model/run';

describe('RVM firing shown in the scene', () => {
  const escalation = simulate(findPreset('oih-escalation')!.scenario);

  it('OFF cells win before OIH develops, with or without the opioid on board', () => {
    for (const day of [0, 3]) {
      const { firing } = snapshotAt(escalation, day);
      expect(firing.rvmOff, `day ${day}`).toBeGreaterThan(firing.rvmOn);
    }
  });

  it('ON cells win once RVM facilitation is established (week 8 of escalation)', () => {
    const s = snapshotAt(escalation, 56);
    expect(s.mechanisms.rvm.level).toBeGreaterThan(0.3);
    expect(s.firing.rvmOn).toBeGreaterThan(s.firing.rvmOff);
  });

  it('a lesioned RVM never shows ON cells winning', () => {
    const lesioned = simulate(findPreset('knockout-rvm')!.scenario);
    for (const day of [28, 56, 112]) {
      const { firing } = snapshotAt(lesioned, day);
      expect(firing.rvmOff, `day ${day}`).toBeGreaterThan(firing.rvmOn);
    }
  });
});
