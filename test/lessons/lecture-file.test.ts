import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  decodeLecture,
  encodeLecture,
  LECTURE_FORMAT,
  lectureFileName,
  lectureToJson,
  MAX_ENCODED_LENGTH,
  MAX_LECTURE_CHARS,
  readLecture,
} from '../../src/lessons/lecture-file';
import { READY_LECTURE, type Lecture } from '../../src/lessons/lectures';
import { findPreset } from '../../src/model';

const small: Lecture = {
  id: 'own',
  title: 'My lecture',
  scenes: [
    {
      id: 'one',
      caption: 'Pain rises on a steady dose',
      notes: 'Say it slowly.',
      setup: {
        preset: 'oih-state',
        edits: [{ type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: 42 }],
        compare: { preset: 'tolerance-only' },
        shown: 'b',
        tDays: 84,
        play: false,
        highlight: 'nmda',
        chart: 'body-map',
      },
    },
    {
      id: 'captured',
      caption: 'A captured scene',
      notes: '',
      setup: {
        scenario: { title: 'Captured', scenario: findPreset('naive')!.scenario },
        compare: null,
        highlight: null,
      },
    },
  ],
};

/** The file text of `small` with one change, for hostile variants. */
function fileWith(
  change: (data: Record<string, unknown> & { scenes: Record<string, unknown>[] }) => void,
): string {
  const data = JSON.parse(lectureToJson(small));
  change(data);
  return JSON.stringify(data);
}

const refused = (text: string): string => {
  const read = readLecture(text);
  expect(read.ok, text.slice(0, 200)).toBe(false);
  return read.ok ? '' : read.message;
};

describe('lecture files', () => {
  it('round-trips a lecture, the ready one included', () => {
    for (const lecture of [small, READY_LECTURE]) {
      const read = readLecture(lectureToJson(lecture));
      expect(read).toEqual({ ok: true, lecture });
    }
  });

  it('writes the format tag and version, and a safe file name', () => {
    const data = JSON.parse(lectureToJson(small));
    expect(data.format).toBe(LECTURE_FORMAT);
    expect(data.version).toBe(1);
    expect(lectureFileName({ ...small, title: '<b>OIH</b> & me!' })).toBe('b-oih-b-me.lecture.json');
    expect(lectureFileName({ ...small, title: '???' })).toBe('lecture.lecture.json');
  });

  it('drops unknown fields instead of carrying them', () => {
    const read = readLecture(fileWith((d) => Object.assign(d.scenes[0]!, { onclick: 'alert(1)' })));
    expect(read.ok && 'onclick' in read.lecture.scenes[0]!).toBe(false);
  });

  it('opens a file written before scenario version 2: the read-back dose of a from-now edit is dropped', () => {
    const old = { type: 'dose.change', atDay: 84, currentDosePerDay: 240, percent: 50 };
    const read = readLecture(
      fileWith((d) => ((d.scenes[0]!.setup as Record<string, unknown>).edits = [old])),
    );
    if (!read.ok) throw new Error(read.message);
    expect(read.lecture.scenes[0]!.setup.edits).toEqual([{ type: 'dose.change', atDay: 84, percent: 50 }]);
  });
});

describe('hostile lecture files are refused with one clear sentence', () => {
  const cases: [string, string, RegExp][] = [
    ['bad JSON', '{"format": "opioid-paradox-lab/lecture", ', /not readable JSON/],
    ['an empty file', '', /not readable JSON/],
    ['JSON that is not an object', '[1, 2, 3]', /does not hold a lecture/],
    ['a null', 'null', /does not hold a lecture/],
    [
      'another format',
      JSON.stringify({ format: 'opioid-paradox-lab/scenario', version: 1 }),
      /not an Opioid/,
    ],
    ['a newer version', fileWith((d) => (d.version = 2)), /newer version/],
    ['an old version', fileWith((d) => (d.version = 0)), /old format \(version 0\)/],
    ['a version that is a string', fileWith((d) => (d.version = '1')), /not an Opioid/],
    [
      'a __proto__ key at the top',
      lectureToJson(small).replace('"id"', '"__proto__": {"polluted": true}, "id"'),
      /forbidden key “__proto__”/,
    ],
    [
      'a __proto__ key deep in a scenario',
      fileWith(
        (d) =>
          ((
            (d.scenes[1]!.setup as { scenario: { scenario: object } }).scenario.scenario as Record<
              string,
              unknown
            >
          ).x = 1),
      ).replace('"x":1', '"__proto__":{"isAdmin":true}'),
      /forbidden key/,
    ],
    [
      'a constructor key',
      fileWith((d) => (d.scenes[0]!.notes = 'x')).replace(
        '"notes"',
        '"constructor":{"prototype":{}},"notes"',
      ),
      /forbidden key “(constructor|prototype)”/,
    ],
    ['no scenes', fileWith((d) => (d.scenes = [])), /invalid list of scenes: no scenes/],
    [
      'scenes that are not a list',
      fileWith((d) => ((d as Record<string, unknown>).scenes = 'all of them')),
      /invalid list of scenes/,
    ],
    [
      'a caption that is a number',
      fileWith((d) => (d.scenes[0]!.caption = 42)),
      /invalid caption of scene 1/,
    ],
    [
      'an empty caption',
      fileWith((d) => (d.scenes[1]!.caption = '   ')),
      /invalid caption of scene 2: empty/,
    ],
    [
      'a huge caption',
      fileWith((d) => (d.scenes[0]!.caption = 'x'.repeat(100_000))),
      /caption of scene 1: longer than 160/,
    ],
    ['huge notes', fileWith((d) => (d.scenes[0]!.notes = 'n'.repeat(5000))), /presenter notes of scene 1/],
    ['a huge title', fileWith((d) => (d.title = 't'.repeat(1000))), /invalid title/],
    ['a file over 1 MB', 'x'.repeat(MAX_LECTURE_CHARS + 1), /larger than 1 MB/],
    [
      'a time that is not finite',
      lectureToJson(small).replace('"tDays": 84', '"tDays": 1e999'),
      /invalid time of scene 1/,
    ],
    [
      'a negative time',
      fileWith((d) => ((d.scenes[0]!.setup as Record<string, unknown>).tDays = -3)),
      /invalid time of scene 1/,
    ],
    [
      'an unknown chart',
      fileWith((d) => ((d.scenes[0]!.setup as Record<string, unknown>).chart = 'pie')),
      /invalid chart of scene 1/,
    ],
    [
      'an unknown region',
      fileWith((d) => ((d.scenes[0]!.setup as Record<string, unknown>).highlight = 'liver')),
      /highlighted region of scene 1/,
    ],
    [
      'an unknown edit',
      fileWith((d) => ((d.scenes[0]!.setup as Record<string, unknown>).edits = [{ type: 'rm -rf' }])),
      /invalid edit of scene 1/,
    ],
    [
      'an edit with a drug that does not exist',
      fileWith(
        (d) =>
          ((d.scenes[0]!.setup as Record<string, unknown>).edits = [
            {
              type: 'drug.rotate',
              atDay: 1,
              currentDosePerDay: 10,
              toDrug: 'unobtainium',
              reductionPercent: 10,
            },
          ]),
      ),
      /invalid edit of scene 1/,
    ],
    [
      'too many edits',
      fileWith(
        (d) =>
          ((d.scenes[0]!.setup as Record<string, unknown>).edits = Array.from({ length: 31 }, () => ({
            type: 'opioid.stop',
            atDay: 1,
          }))),
      ),
      /more than 30 edits/,
    ],
    [
      'a preset that does not exist',
      fileWith((d) => ((d.scenes[0]!.setup as Record<string, unknown>).preset = 'cure-everything')),
      /Scene 1 uses a preset that does not exist: “cure-everything”/,
    ],
    [
      'a compare preset that does not exist',
      fileWith((d) => ((d.scenes[0]!.setup as Record<string, unknown>).compare = { preset: 'nope' })),
      /Scene 1 uses a preset that does not exist/,
    ],
    [
      'a compare that is neither',
      fileWith((d) => ((d.scenes[0]!.setup as Record<string, unknown>).compare = { both: true })),
      /comparison of scene 1/,
    ],
    [
      'a scenario that is a string',
      fileWith(
        (d) => ((d.scenes[1]!.setup as Record<string, unknown>).scenario = { title: 'x', scenario: 'evil' }),
      ),
      /scenario of scene 2/,
    ],
    [
      'two scenes with one id',
      fileWith((d) => (d.scenes[1]!.id = 'one')),
      /scene 2: its id “one” is used twice/,
    ],
  ];
  for (const [what, text, message] of cases)
    it(what, () => {
      const said = refused(text);
      expect(said).toMatch(message);
      expect(said.length).toBeLessThanOrEqual(240);
      expect(said.split(/(?<=[.!?])\s+(?=[A-Z])/).length, said).toBe(1);
    });

  it('no prototype is polluted by a hostile file', () => {
    refused('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('lecture links', () => {
  it('round-trip a lecture through the URL-safe encoding', () => {
    const encoded = encodeLecture(READY_LECTURE);
    expect(encoded).toMatch(/^[A-Za-z0-9+\-$]*$/);
    expect(decodeLecture(encoded)).toEqual({ ok: true, lecture: READY_LECTURE });
  });

  it('refuse a damaged, an empty and an over-long link', () => {
    expect(decodeLecture('not-lz-at-all!!')).toMatchObject({ ok: false });
    expect(decodeLecture('')).toEqual({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(decodeLecture('A'.repeat(MAX_ENCODED_LENGTH + 1))).toEqual({
      ok: false,
      message: expect.stringMatching(/too long/),
    });
  });

  it('refuse a link that unpacks to something that is not JSON, or not a lecture', () => {
    const notJson = decodeLecture(LZString.compressToEncodedURIComponent('<script>alert(1)</script>'));
    expect(notJson).toEqual({ ok: false, message: expect.stringMatching(/not readable JSON/) });
    const scenario = decodeLecture(LZString.compressToEncodedURIComponent('{"v":1,"scenario":{}}'));
    expect(scenario).toEqual({
      ok: false,
      message: expect.stringMatching(/not an Opioid Paradox Lab lecture/),
    });
    const polluted = decodeLecture(
      LZString.compressToEncodedURIComponent(lectureToJson(small).replace('"id"', '"__proto__":{},"id"')),
    );
    expect(polluted).toEqual({ ok: false, message: expect.stringMatching(/forbidden key/) });
  });
});
