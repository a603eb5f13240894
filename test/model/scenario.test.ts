import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../../src/model/index';
import { simulate } from '../../src/model/run';

describe('scenario schema', () => {
  it('fills every default: human, 84 days, disease pain 6, susceptibility 1', () => {
    const parsed = parseScenario({});
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario).toMatchObject({ version: 2, subject: 'human', durationDays: 84, regimens: [] });
    expect(parsed.scenario.patient).toMatchObject({
      susceptibility: 1,
      disease: { kind: 'constant', baseline: 6 },
    });
  });

  it.each([
    [{ version: 3 }, 'version', 'must be 1 or 2'],
    [{ subject: 'mouse' }, 'subject', 'human, rat'],
    [{ regimens: [{ kind: 'daily' }] }, 'regimens.0.kind', 'fixed, bolus'],
    [{ regimens: [{ kind: 'fixed', drug: 'morphine', dosePerDay: -5 }] }, 'regimens.0.dosePerDay', '≥ 0'],
    [{ knockouts: [{ mechanism: 'opioid' }] }, 'knockouts.0.mechanism', 'nmda, rvm'],
    [{ treatments: [{ kind: 'aspirin' }] }, 'treatments.0.kind', 'ketamine'],
    [{ patient: { susceptibility: 9 } }, 'patient.susceptibility', '≤ 5'],
    [
      { subject: 'rat', regimens: [{ kind: 'fixed', drug: 'morphine', dosePerDay: 5, unit: 'MME' }] },
      'regimens.0.unit',
      'mg/kg',
    ],
    [{ parameters: { ec50: 3 } }, 'parameters', ''],
  ])('rejects %j naming the field (%s) and the allowed values', (input, field, allowed) => {
    const parsed = parseScenario(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.startsWith(field)).toBe(true);
    expect(parsed.error).toContain(allowed);
    expect(parsed.error).not.toContain('\n');
  });

  it('compiles every regimen kind into doses the patient receives', () => {
    const kinds: NonNullable<ScenarioInput['regimens']> = [
      { kind: 'fixed', drug: 'morphine', dosePerDay: 60, everyHours: 4 },
      {
        kind: 'bolus',
        drug: 'fentanyl',
        route: 'intravenous',
        dose: 100,
        atDay: 1,
        count: 2,
        everyMinutes: 30,
      },
      { kind: 'infusion', drug: 'fentanyl', route: 'transdermal', ratePerDay: 60, startDay: 0, stopDay: 10 },
      {
        kind: 'escalation',
        drug: 'morphine',
        dosePerDay: 60,
        everyHours: 4,
        stepPercent: 50,
        stepEveryDays: 7,
      },
      {
        kind: 'escalation',
        drug: 'morphine',
        dosePerDay: 60,
        everyHours: 4,
        stepPercent: 50,
        stepEveryDays: 7,
        trigger: 'pain',
        painTarget: 3,
      },
      {
        kind: 'taper',
        drug: 'morphine',
        dosePerDay: 120,
        everyHours: 4,
        taperStartDay: 7,
        percent: 20,
        floorPerDay: 30,
        pauses: [{ startDay: 14, days: 7 }],
      },
      {
        kind: 'steps',
        drug: 'oxycodone',
        everyHours: 6,
        steps: [
          { day: 0, dosePerDay: 90 },
          { day: 10, dosePerDay: 45 },
        ],
      },
      {
        kind: 'rotation',
        drug: 'morphine',
        dosePerDay: 120,
        everyHours: 4,
        toDrug: 'buprenorphine',
        switchDay: 10,
        reductionPercent: 25,
      },
    ];
    for (const regimen of kinds) {
      const r = simulate({ durationDays: 28, regimens: [regimen] });
      expect(Math.max(...r.series.concentration), regimen.kind).toBeGreaterThan(0);
    }
  });

  it('a pain-triggered escalation raises the dose only while pain exceeds the target', () => {
    const base = {
      kind: 'escalation',
      drug: 'morphine',
      dosePerDay: 30,
      everyHours: 4,
      stepPercent: 50,
      stepEveryDays: 7,
      trigger: 'pain',
    } as const;
    const low = simulate({ durationDays: 42, regimens: [{ ...base, painTarget: 9 }] });
    const high = simulate({ durationDays: 42, regimens: [{ ...base, painTarget: 1 }] });
    expect(Math.max(...high.series.concentration)).toBeGreaterThan(
      1.5 * Math.max(...low.series.concentration),
    );
  });

  it("a pain-triggered escalation's dose series is the dose given (issue 14, build 5)", () => {
    const r = simulate({
      durationDays: 42,
      regimens: [
        {
          kind: 'escalation',
          drug: 'morphine',
          dosePerDay: 30,
          everyHours: 4,
          stepPercent: 50,
          stepEveryDays: 7,
          trigger: 'pain',
          painTarget: 1,
        },
      ],
    });
    const day = (d: number) => r.series.doseMmePerDay[Math.round(d * 24)] ?? NaN;
    // Pain stays above 1/10, so every weekly check raises the dose by 50 %.
    expect([day(3), day(10), day(17), day(24)]).toEqual([30, 45, 67.5, 101.25]);
    // On a check day the sample shows the dose decided that day (in force from it).
    expect([r.series.doseMmePerDay[7 * 24 - 1], day(7), day(14)]).toEqual([30, 45, 67.5]);
  });

  it('a regimen that runs to the end is in force at the last sample: no drop of dose or pain on the last step', () => {
    const fixed = { kind: 'fixed', drug: 'morphine', dosePerDay: 240, everyHours: 4 } as const;
    const escalating = { ...fixed, kind: 'escalation', stepPercent: 50, stepEveryDays: 7 } as const;
    for (const regimen of [fixed, escalating]) {
      const r = simulate({ durationDays: 84, regimens: [regimen] });
      const last = r.tDays.length - 1;
      expect(r.series.doseMmePerDay[last], regimen.kind).toBe(r.series.doseMmePerDay[last - 1]);
      // The pain score is a dosing interval's mean up to the last sample, as on every sample before it.
      expect(
        Math.abs((r.series.painScore[last] ?? NaN) - (r.series.painScore[last - 1] ?? NaN)),
        regimen.kind,
      ).toBeLessThan(0.01);
    }
    // A regimen that stops before the end still stops.
    const stopped = simulate({ durationDays: 84, regimens: [{ ...fixed, stopDay: 56 }] });
    expect(stopped.series.doseMmePerDay[stopped.tDays.length - 1]).toBe(0);
  });

  it('a taper stops one week after the first dose below its floor', () => {
    const r = simulate({
      durationDays: 120,
      regimens: [
        {
          kind: 'taper',
          drug: 'morphine',
          dosePerDay: 100,
          everyHours: 4,
          taperStartDay: 7,
          percent: 50,
          floorPerDay: 30,
        },
      ],
    });
    // 100 → 50 (day 7) → 25 (day 14, below 30) given for one week → stop on day 21.
    const day = (d: number) => r.series.doseMmePerDay[Math.round(d * 24)];
    expect([day(3), day(10), day(17), day(22)]).toEqual([100, 50, 25, 0]);
  });
});
