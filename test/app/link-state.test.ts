import LZString from 'lz-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPreset, normalizeScenario } from '../../src/model';
import { readLink, unpackedLength, writeLink, type LinkState } from '../../src/app/link-state';

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
  chart: 'body-map',
  cohort: { n: 200, seed: 7 },
};

/** A fragment carrying any JSON value, packed the way real links are. */
const pack = (value: unknown) => `#s=${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`;
const packText = (text: string) => `#s=${LZString.compressToEncodedURIComponent(text)}`;
const valid = { v: 1, scenario: escalation, t: 10 };
/** Raw JSON text, for keys an object literal cannot hold as data (`__proto__`) and numbers JSON cannot. */
const validText = (extra: string) => packText(`{"v":1,"scenario":{},"t":1${extra}}`);
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const fixed = (extra: Record<string, unknown>) => ({
  ...valid,
  scenario: { regimens: [{ kind: 'fixed', drug: 'morphine', dosePerDay: 60, ...extra }] },
});

describe('shareable links', () => {
  it('restores exactly the state that was written', () => {
    const read = readLink(writeLink(state));
    expect(read).toEqual({ ok: true, state });
  });

  it('keeps the chart tab; a link made before it was kept opens without one', () => {
    const read = readLink(writeLink({ ...state, chart: 'mechanisms' }));
    expect(read.ok === true && read.state.chart).toBe('mechanisms');
    const old = readLink(pack({ v: 2, scenario: escalation, t: 56, mechanism: 'rvm' }));
    expect(old.ok).toBe(true);
    if (old.ok === true) expect(old.state).not.toHaveProperty('chart');
  });

  it('keeps the cohort’s size and seed, so every screen draws the same patients; older links have none', () => {
    const read = readLink(writeLink({ ...state, cohort: { n: 1000, seed: 2 ** 32 - 1 } }));
    expect(read.ok === true && read.state.cohort).toEqual({ n: 1000, seed: 2 ** 32 - 1 });
    const old = readLink(pack({ v: 2, scenario: escalation, t: 56 }));
    expect(old.ok === true && 'cohort' in old.state).toBe(false);
    const without: LinkState = { ...state };
    delete (without as { cohort?: unknown }).cohort;
    expect(readLink(writeLink(without))).toEqual({ ok: true, state: without });
  });

  it('keeps a cohort comparison (A and B side by side); a cohort link made before compare opens one cohort', () => {
    const comparing: LinkState = { ...state, cohort: { n: 200, seed: 7, compare: true } };
    expect(readLink(writeLink(comparing))).toEqual({ ok: true, state: comparing });
    // A link of the first cohort view (no compare field) still reads, as one cohort.
    const old = readLink(
      pack({ v: 2, scenario: escalation, compare: toleranceOnly, cohort: { n: 200, seed: 7 } }),
    );
    expect(old.ok === true && old.state.cohort).toEqual({ n: 200, seed: 7 });
    // Off is the field left out: the link is the one the first cohort view wrote.
    const off = writeLink({ ...state, cohort: { n: 200, seed: 7, compare: false } });
    expect(off).toBe(writeLink(state));
    // Without a B there is nothing to compare: one cohort.
    const noB = readLink(writeLink({ ...comparing, compare: null }));
    expect(noB.ok === true && noB.state.cohort).toEqual({ n: 200, seed: 7 });
    const bad = readLink(pack({ ...valid, cohort: { n: 200, seed: 7, compare: 'yes' } }));
    expect(bad.ok === false && bad.message).toMatch(/invalid cohort comparison/);
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

  // At least 50 malformed or hostile links: each gives one clear sentence, never a throw, never HTML.
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
    ['a chart tab the app does not have', pack({ ...valid, chart: 'pie-chart' }), /invalid chart tab/],
    [
      'a cohort of no patients',
      pack({ ...valid, cohort: { n: 0, seed: 1 } }),
      /invalid cohort size: must be at least 1/,
    ],
    [
      'a cohort over the limit',
      pack({ ...valid, cohort: { n: 5000, seed: 1 } }),
      /invalid cohort size: must be at most 1000/,
    ],
    [
      'a cohort of half a patient',
      pack({ ...valid, cohort: { n: 2.5, seed: 1 } }),
      /invalid cohort size: must be a whole/,
    ],
    ['a cohort seed as text', pack({ ...valid, cohort: { n: 200, seed: '7' } }), /invalid cohort seed/],
    ['a negative cohort seed', pack({ ...valid, cohort: { n: 200, seed: -1 } }), /invalid cohort seed/],
    [
      'a cohort seed beyond 32 bits',
      pack({ ...valid, cohort: { n: 200, seed: 2 ** 32 } }),
      /invalid cohort seed/,
    ],
    ['a cohort that is a number', pack({ ...valid, cohort: 200 }), /invalid cohort/],
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
      /field named (__proto__|constructor|prototype)/,
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
    // Script and HTML injection in every string field the link has.
    ['script text as the version', pack({ ...valid, v: SCRIPT }), /invalid version/],
    ['script text as the time', pack({ ...valid, t: SCRIPT }), /invalid time/],
    ['script text as the chart day', pack({ ...valid, chartDay: IMG }), /invalid chart day/],
    ['script text as the theme', pack({ ...valid, theme: SCRIPT }), /invalid theme/],
    ['script text as the side shown', pack({ ...valid, shown: IMG }), /invalid side shown/],
    ['script text as the lesson step', pack({ ...valid, lesson: { id: 'a', step: SCRIPT } }), /lesson step/],
    [
      'a javascript: URL as the lesson id',
      pack({ ...valid, lesson: { id: 'javascript:alert(1)', step: null } }),
      /invalid lesson/,
    ],
    ['script text as the scenario subject', pack({ ...valid, scenario: { subject: SCRIPT } }), /subject/],
    ['markup as the regimen kind', pack({ ...valid, scenario: { regimens: [{ kind: IMG }] } }), /regimens/],
    ['script text as the route', pack(fixed({ route: SCRIPT })), /regimens\.0\.route/],
    ['script text as the dose unit', pack(fixed({ unit: IMG })), /regimens\.0\.unit/],
    [
      'script text as a treatment',
      pack({ ...valid, scenario: { treatments: [{ kind: SCRIPT }] } }),
      /treatments\.0\.kind/,
    ],
    [
      'script text as a knocked-out mechanism',
      pack({ ...valid, scenario: { knockouts: [{ mechanism: SCRIPT }] } }),
      /knockouts\.0\.mechanism/,
    ],
    [
      'script text as the pain site',
      pack({ ...valid, scenario: { patient: { disease: { kind: 'constant', baseline: 5, site: IMG } } } }),
      /site/,
    ],
    ['script text as the second scenario', pack({ ...valid, compare: SCRIPT }), /second scenario is invalid/],
    ['a field named like markup in the scenario', pack({ ...valid, scenario: { [IMG]: 1 } }), /invalid/],
    ['HTML where the fragment should be', `#s=${encodeURIComponent(SCRIPT)}`, /damaged/],
    ['a JSON string of markup', pack(SCRIPT), /invalid content/],
    // Prototype-pollution keys, at the top level and inside the scenario (raw JSON: a literal would not keep them).
    [
      '__proto__ at the top level',
      validText(',"__proto__":{"polluted":true}'),
      /field named (__proto__|constructor|prototype)/,
    ],
    [
      'constructor.prototype at the top level',
      validText(',"constructor":{"prototype":{"polluted":1}}'),
      /field named (__proto__|constructor|prototype)/,
    ],
    [
      '__proto__ inside the scenario',
      packText('{"v":1,"scenario":{"__proto__":{"polluted":true}}}'),
      /field named (__proto__|constructor|prototype)/,
    ],
    [
      'constructor inside the scenario',
      packText('{"v":1,"scenario":{"constructor":{"prototype":{"polluted":true}}}}'),
      /field named (__proto__|constructor|prototype)/,
    ],
    [
      '__proto__ inside a regimen',
      packText(
        '{"v":1,"scenario":{"regimens":[{"kind":"fixed","drug":"morphine","dosePerDay":6,"__proto__":{"x":1}}]}}',
      ),
      /field named (__proto__|constructor|prototype)/,
    ],
    [
      '__proto__ inside the patient',
      packText('{"v":1,"scenario":{"patient":{"__proto__":{"susceptibility":0}}}}'),
      /field named (__proto__|constructor|prototype)/,
    ],
    [
      '__proto__ inside the titles',
      validText(',"titles":{"a":"A","b":null,"__proto__":{"x":1}}'),
      /field named (__proto__|constructor|prototype)/,
    ],
    ['prototype as the mechanism', pack({ ...valid, mechanism: 'prototype' }), /invalid mechanism/],
    ['__proto__ as the theme', pack({ ...valid, theme: '__proto__' }), /invalid theme/],
    [
      '__proto__ as the lesson id',
      pack({ ...valid, lesson: { id: '__proto__', step: null } }),
      /invalid lesson/,
    ],
    // NaN and Infinity: JSON cannot hold them, so they come as text or as a number that overflows.
    ['NaN as text for the time', pack({ ...valid, t: 'NaN' }), /invalid time/],
    ['Infinity as text for the time', pack({ ...valid, t: 'Infinity' }), /invalid time/],
    ['a time that overflows to Infinity (1e999)', validText(',"chartDay":1e999'), /invalid chart day/],
    ['a bare NaN token', packText('{"v":1,"scenario":{},"t":NaN}'), /damaged: its contents/],
    ['a bare Infinity token', packText('{"v":1,"scenario":{},"t":Infinity}'), /damaged: its contents/],
    [
      'a version that overflows (1e999)',
      packText('{"v":1e999,"scenario":{}}'),
      /invalid version|newer version/,
    ],
    [
      'a dose that overflows (1e999)',
      packText('{"v":1,"scenario":{"regimens":[{"kind":"fixed","drug":"morphine","dosePerDay":1e999}]}}'),
      /regimens\.0\.dosePerDay/,
    ],
    ['a dose of NaN as text', pack(fixed({ dosePerDay: 'NaN' })), /regimens\.0\.dosePerDay/],
    [
      'a duration of -Infinity (-1e999)',
      packText('{"v":1,"scenario":{"durationDays":-1e999}}'),
      /durationDays/,
    ],
    // Negative and impossible doses.
    ['a negative dose', pack(fixed({ dosePerDay: -60 })), /regimens\.0\.dosePerDay/],
    [
      'a negative bolus',
      pack({ ...valid, scenario: { regimens: [{ kind: 'bolus', drug: 'morphine', dose: -1, atDay: 0 }] } }),
      /regimens\.0\.dose/,
    ],
    [
      'a negative infusion rate',
      pack({ ...valid, scenario: { regimens: [{ kind: 'infusion', drug: 'morphine', ratePerDay: -5 }] } }),
      /regimens\.0\.ratePerDay/,
    ],
    [
      'a negative dose in the second scenario',
      pack({ ...valid, compare: fixed({ dosePerDay: -1 }).scenario }),
      /second scenario is invalid/,
    ],
    [
      'a negative step in a stepped schedule',
      pack({
        ...valid,
        scenario: { regimens: [{ kind: 'steps', drug: 'morphine', steps: [{ day: 0, dosePerDay: -30 }] }] },
      }),
      /regimens\.0\.steps/,
    ],
    ['a dose that is not a number', pack(fixed({ dosePerDay: '60 mg' })), /regimens\.0\.dosePerDay/],
    ['a negative chart day', pack({ ...valid, chartDay: -1 }), /invalid chart day/],
    // Size: a decompression bomb, and a huge but well-formed link.
    [
      'a decompression bomb (a few kB that unpack to 1 MB)',
      packText(`{"v":1,"scenario":{},"x":"${'a'.repeat(1_000_000)}"}`),
      /unpacks to far more/,
    ],
    [
      'a huge but valid-looking JSON',
      pack({ ...valid, pad: 'x'.repeat(250_000) }),
      /too long|unpacks to far more/,
    ],
    [
      'a value nested 5000 deep',
      packText(`{"v":1,"scenario":${'['.repeat(5000)}${']'.repeat(5000)}}`),
      /scenario is invalid|damaged: its contents/,
    ],
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

  it('has a corpus of at least 50 hostile links', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(50);
  });

  it('leaves Object.prototype untouched after reading every hostile link', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const [, hash] of hostile) readLink(hash);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('keeps markup in a scenario name as plain text (the page shows it as text, never as HTML)', () => {
    const read = readLink(pack({ ...valid, titles: { a: SCRIPT, b: IMG } }));
    expect(read.ok).toBe(true);
    if (read.ok === true) expect(read.state.titles).toEqual({ a: SCRIPT, b: IMG });
  });

  it('never echoes markup from the link back in its message (no angle brackets at all)', () => {
    for (const [, hash] of hostile) {
      const read = readLink(hash);
      if (read.ok === false) expect(read.message).not.toMatch(/[<>]/);
    }
  });
});

describe('link decoder limits', () => {
  afterEach(() => vi.restoreAllMocks());

  // Packing the bomb is the slow part (LZ-String over 1 MB); on a busy 2-core runner it can take seconds, and
  // what is tested is that the decoder never inflates it, not how fast the test packs it.
  it('refuses a decompression bomb before it is inflated', { timeout: 30_000 }, () => {
    const bomb = packText('a'.repeat(1_000_000));
    expect(bomb.length).toBeLessThan(5_000);
    const inflate = vi.spyOn(LZString, 'decompressFromEncodedURIComponent');
    const read = readLink(bomb);
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(/unpacks to far more/) });
    expect(inflate).not.toHaveBeenCalled();
  });

  it('counts the unpacked length exactly without unpacking', () => {
    for (const text of ['', 'a', JSON.stringify(state), 'é漢字🙂'.repeat(300), 'ab'.repeat(40_000)]) {
      expect(unpackedLength(LZString.compressToEncodedURIComponent(text), 1e9)).toBe(text.length);
    }
  });

  it('refuses inputs over 2 MiB at the decoder, quickly and without a throw', () => {
    const twoMiB = 2 * 1024 * 1024;
    for (const hash of [
      `#s=${'A'.repeat(twoMiB + 1)}`,
      `#s=${'%3C'.repeat(twoMiB / 3 + 1)}`,
      `#s=${writeLink(state)
        .slice(3)
        .repeat(Math.ceil(twoMiB / 500))}`,
      `#x=1&s=${'\u{1F600}'.repeat(twoMiB)}`,
    ]) {
      expect(hash.length).toBeGreaterThan(twoMiB);
      const started = performance.now();
      const read = readLink(hash);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(read).toMatchObject({ ok: false, message: expect.stringMatching(/too long/) });
    }
  });

  it('does not pollute prototypes while reading', () => {
    readLink(packText('{"v":1,"scenario":{},"__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
