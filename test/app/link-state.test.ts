import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { findPreset, normalizeScenario } from '../../src/model';
import { readLink, writeLink, type LinkState } from '../../src/app/link-state';

const escalation = normalizeScenario(findPreset('oih-escalation')!.scenario);
const toleranceOnly = normalizeScenario(findPreset('tolerance-only')!.scenario);

const state: LinkState = {
  scenario: escalation,
  tDays: 42.5,
  compare: toleranceOnly,
  chartDay: 84,
  mechanism: 'rvm',
  theme: 'projector',
  titles: { a: 'oih-escalation (edited)', b: 'tolerance-only' },
  shown: 'b',
  lesson: { id: 'oih-or-tolerance', step: 'row-1' },
};

/** A fragment carrying any JSON value, packed the way real links are. */
const pack = (value: unknown) => `#s=${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`;
const packText = (text: string) => `#s=${LZString.compressToEncodedURIComponent(text)}`;
const valid = { v: 1, scenario: escalation, t: 10 };

describe('shareable links', () => {
  it('restores exactly the state that was written', () => {
    const read = readLink(writeLink(state));
    expect(read).toEqual({ ok: true, state });
  });

  it('treats a page without a link as no link', () => {
    expect(readLink('')).toEqual({ ok: 'empty' });
    expect(readLink('#')).toEqual({ ok: 'empty' });
    expect(readLink('#section-2')).toEqual({ ok: 'empty' });
  });

  it('fills what a minimal link leaves out and clamps the time to the scenario', () => {
    const read = readLink(pack({ v: 1, scenario: { durationDays: 14 }, t: 100 }));
    expect(read.ok).toBe(true);
    if (read.ok === true) {
      expect(read.state.tDays).toBe(14);
      expect(read.state).toMatchObject({ compare: null, chartDay: null, mechanism: null, theme: null });
    }
  });

  // At least 20 malformed or hostile links: each gives one clear sentence, never a throw, never HTML.
  const hostile: readonly [string, string, RegExp][] = [
    [
      'a scenario name far too long',
      pack({ ...valid, titles: { a: 'x'.repeat(5000), b: null } }),
      /invalid scenario names/,
    ],
    [
      'a scenario name that is not text',
      pack({ ...valid, titles: { a: 7, b: null } }),
      /invalid scenario names/,
    ],
    ['a lesson id with markup', pack({ ...valid, lesson: { id: '<b>x</b>', step: null } }), /invalid lesson/],
    ['a side that is neither A nor B', pack({ ...valid, shown: 'c' }), /invalid side shown/],
    ['not compressed at all', '#s=%%%not-lz%%%', /damaged/],
    ['truncated while copying', writeLink(state).slice(0, 60), /damaged/],
    ['compressed garbage', packText('{"v":1,"scenario":'), /damaged: its contents/],
    ['plain text instead of JSON', packText('hello'), /damaged: its contents/],
    ['JSON null', pack(null), /invalid content/],
    ['a JSON array', pack([1, 2, 3]), /invalid content/],
    ['a JSON number', pack(42), /invalid content/],
    ['no version', pack({ scenario: escalation }), /invalid version/],
    ['version as a string', pack({ ...valid, v: '1' }), /invalid version/],
    ['a newer version', pack({ ...valid, v: 99 }), /newer version/],
    ['an old version', pack({ ...valid, v: 0 }), /old format \(version 0\)/],
    ['time not a number', pack({ ...valid, t: 'soon' }), /invalid time/],
    ['negative time', pack({ ...valid, t: -5 }), /invalid time/],
    ['huge time', pack({ ...valid, t: 1e308 }), /invalid time/],
    [
      'huge dose',
      pack({ ...valid, scenario: { regimens: [{ kind: 'fixed', drug: 'morphine', dosePerDay: 1e300 }] } }),
      /scenario is invalid — regimens/,
    ],
    [
      'negative duration',
      pack({ ...valid, scenario: { durationDays: -1 } }),
      /scenario is invalid — durationDays/,
    ],
    [
      'an unknown drug',
      pack({ ...valid, scenario: { regimens: [{ kind: 'fixed', drug: 'heroin2000', dosePerDay: 60 }] } }),
      /scenario is invalid/,
    ],
    [
      'script text as a drug',
      pack({
        ...valid,
        scenario: { regimens: [{ kind: 'fixed', drug: '<script>alert(1)</script>', dosePerDay: 60 }] },
      }),
      /scenario is invalid/,
    ],
    [
      'an extra scenario field (prototype pollution attempt)',
      pack({ ...valid, scenario: { __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } } }),
      /scenario is invalid/,
    ],
    [
      'script text as the mechanism',
      pack({ ...valid, mechanism: '<img src=x onerror=alert(1)>' }),
      /invalid mechanism/,
    ],
    ['an unknown theme', pack({ ...valid, theme: 'neon' }), /invalid theme/],
    [
      'a broken second scenario',
      pack({ ...valid, compare: { subject: 'dog' } }),
      /second scenario is invalid — subject/,
    ],
    ['a scenario that is a string', pack({ ...valid, scenario: 'oih-escalation' }), /scenario is invalid/],
    [
      'a scenario version the model does not know',
      pack({ ...valid, scenario: { version: 7 } }),
      /scenario is invalid — version/,
    ],
    ['a chart day past the limit', pack({ ...valid, chartDay: 99999 }), /invalid chart day/],
    ['far too long', `#s=${'A'.repeat(300_000)}`, /too long/],
  ];

  for (const [name, hash, expected] of hostile) {
    it(`refuses a link with ${name}, with a clear message`, () => {
      const read = readLink(hash);
      expect(read.ok).toBe(false);
      if (read.ok === false) {
        expect(read.message).toMatch(expected);
        expect(read.message).toMatch(/The default scenario is shown instead\.$/);
        expect(read.message.length).toBeLessThan(320);
      }
    });
  }

  it('has a corpus of at least 20 hostile links', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(20);
  });

  it('does not pollute prototypes while reading', () => {
    readLink(packText('{"v":1,"scenario":{},"__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
