import { describe, expect, it } from 'vitest';
import { PARAMETERS, PRESETS, parseScenario } from '../../src/model/index';

/** Presets differ only in regimen, duration, subject, susceptibility, disease course, treatments and knock-outs. */
const ALLOWED_TOP = new Set([
  'version',
  'subject',
  'durationDays',
  'patient',
  'regimens',
  'treatments',
  'knockouts',
]);
const ALLOWED_PATIENT = new Set(['susceptibility', 'disease']);
const PARAMETER_NAMES = new Set(
  Object.values(PARAMETERS).flatMap((groups) => Object.values(groups).flatMap((g) => Object.keys(g))),
);

function keysDeep(x: unknown, out: string[] = []): string[] {
  if (Array.isArray(x)) for (const v of x) keysDeep(v, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      out.push(k);
      keysDeep(v, out);
    }
  }
  return out;
}

describe('presets', () => {
  it('names are unique and every preset has a one-line description', () => {
    expect(new Set(PRESETS.map((p) => p.name)).size).toBe(PRESETS.length);
    for (const p of PRESETS)
      expect(p.description.length > 10 && !p.description.includes('\n'), p.name).toBe(true);
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))(
    '%s is valid and overrides no model parameter',
    (_, preset) => {
      expect(parseScenario(preset.scenario).ok).toBe(true);
      for (const key of Object.keys(preset.scenario)) expect(ALLOWED_TOP.has(key), key).toBe(true);
      for (const key of Object.keys(preset.scenario.patient ?? {}))
        expect(ALLOWED_PATIENT.has(key), key).toBe(true);
      const deep = keysDeep(preset.scenario);
      for (const key of deep)
        expect(PARAMETER_NAMES.has(key) && !['startDay'].includes(key), `${key} is a model parameter`).toBe(
          false,
        );
    },
  );

  it('includes every preset the issue names', () => {
    const names = new Set(PRESETS.map((p) => p.name));
    for (const name of [
      'naive',
      'tolerance-only',
      'oih-escalation',
      'escalation-trap',
      'taper-10-per-week',
      'taper-20-per-week',
      'abrupt-stop',
      'rotate-methadone',
      'rotate-buprenorphine',
      'ketamine-rescue',
      'knockout-nmda',
      'knockout-rvm',
      'knockout-glia',
      'knockout-dynorphin',
      'knockout-hcn2',
      'chu-2012-moderate-dose',
      'darnall-2018-taper',
      'celerier-2000-fentanyl-100',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });
});

describe('parameters', () => {
  it('every parameter of both calibrations has a unit and a source or "teaching assumption"', () => {
    for (const [subject, groups] of Object.entries(PARAMETERS)) {
      for (const [group, entries] of Object.entries(groups)) {
        for (const [name, p] of Object.entries(entries)) {
          const id = `${subject}.${group}.${name}`;
          expect(Number.isFinite(p.value), id).toBe(true);
          expect(p.unit.length, id).toBeGreaterThan(0);
          expect(
            /facts|teaching assumption|as human|[A-Z][a-z]+ (19|20)\d\d/.test(p.source),
            `${id}: ${p.source}`,
          ).toBe(true);
        }
      }
    }
  });

  it('both calibrations have the same structure (one model, two calibrations)', () => {
    const shape = (x: object) =>
      Object.entries(x).map(
        ([g, e]) =>
          `${g}:${Object.keys(e as object)
            .sort()
            .join(',')}`,
      );
    expect(shape(PARAMETERS.rat)).toEqual(shape(PARAMETERS.human));
  });
});
