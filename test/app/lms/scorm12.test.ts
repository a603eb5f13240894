import { describe, expect, it, vi } from 'vitest';
// The package's subpath 'scorm-again/scorm12' is typed with a default export it does not have; the root is right.
import { Scorm12API } from 'scorm-again';
import {
  connectScorm12,
  findScorm12Api,
  onLeave,
  scoFromSearch,
  type FrameLike,
  type Scorm12Api,
} from '../../../src/app/lms/scorm12';
import { choiceCharacter, cmiIdentifier, cmiTime, cmiTimespan } from '../../../src/app/lms/cmi-values';
import { SUSPEND_DATA_LIMIT, decodeSuspendData, encodeSuspendData } from '../../../src/app/lms/suspend-data';

/** A fake SCORM 1.2 API whose calls are counted; `answer` is what every call but GetLastError returns. */
function fakeApi(answer = 'true', lastError = '0') {
  const calls: string[] = [];
  const api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), answer),
    LMSFinish: () => (calls.push('LMSFinish'), answer),
    LMSGetValue: (e: string) => (calls.push(`LMSGetValue ${e}`), ''),
    LMSSetValue: (e: string, v: string) => (calls.push(`LMSSetValue ${e}=${v}`), answer),
    LMSCommit: () => (calls.push('LMSCommit'), answer),
    LMSGetLastError: () => lastError,
    LMSGetErrorString: () => 'General exception',
  } satisfies Scorm12Api;
  return { api, calls };
}

/** A chain of fake frames, the innermost first: `depth` parents above it, the top one is its own parent. */
function frames(depth: number): FrameLike[] {
  const chain: { API?: unknown; parent?: FrameLike; opener?: FrameLike }[] = [];
  for (let i = 0; i <= depth; i++) chain.push({});
  chain.forEach((f, i) => (f.parent = chain[i + 1] ?? f));
  return chain;
}

describe('the SCORM 1.2 API search (the ADL algorithm)', () => {
  const { api } = fakeApi();

  it('finds the API on the window itself, a parent, or the LMS frame seven levels up', () => {
    for (const level of [0, 1, 3, 7]) {
      const chain = frames(9);
      (chain[level] as { API?: unknown }).API = api;
      expect(findScorm12Api(chain[0]!), `level ${level}`).toBe(api);
    }
  });

  it('stops after seven parents and at a window that is its own parent', () => {
    const chain = frames(9);
    (chain[8] as { API?: unknown }).API = api;
    expect(findScorm12Api(chain[0]!)).toBeNull();
    expect(findScorm12Api(frames(0)[0]!)).toBeNull();
  });

  it('then searches the opener and its parents (an LMS that opens the SCO in a new window)', () => {
    const lmsChain = frames(2);
    (lmsChain[2] as { API?: unknown }).API = api;
    const popup = { parent: null, opener: lmsChain[0]! };
    expect(findScorm12Api(popup)).toBe(api);
  });

  it('skips a frame of another origin (reading it throws) and an object that is not the API', () => {
    const chain = frames(3);
    Object.defineProperty(chain[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    (chain[2] as { API?: unknown }).API = { LMSInitialize: () => 'true' };
    (chain[3] as { API?: unknown }).API = api;
    expect(findScorm12Api(chain[0]!)).toBe(api);
  });

  it('reads the launch parameter ?sco= (a lesson id or lab) and refuses anything else', () => {
    expect(scoFromSearch('?sco=paradox')).toBe('paradox');
    expect(scoFromSearch('?x=1&sco=lab')).toBe('lab');
    expect(scoFromSearch('')).toBeNull();
    expect(scoFromSearch('?sco=')).toBeNull();
    expect(scoFromSearch('?sco=../index.html')).toBeNull();
    expect(scoFromSearch(`?sco=${'a'.repeat(65)}`)).toBeNull();
  });
});

describe('a connection never throws, and says each LMS error', () => {
  it('initializes, reads, writes, commits and finishes once against scorm-again', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const onProblem = vi.fn();
    const lms = connectScorm12(api as unknown as Scorm12Api, onProblem)!;
    expect(lms).not.toBeNull();
    expect(api.isInitialized()).toBe(true);
    expect(lms.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
    expect(lms.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.commit()).toBe(true);
    lms.finish();
    lms.finish();
    expect(api.isTerminated()).toBe(true);
    expect(lms.finished).toBe(true);
    expect(lms.set('cmi.core.lesson_status', 'passed')).toBe(false);
    expect(onProblem).not.toHaveBeenCalled();
  });

  it("a refused value (scorm-again's error 405, a read-only element) is a problem, not an exception", () => {
    const api = new Scorm12API({ logLevel: 5 });
    const onProblem = vi.fn();
    const lms = connectScorm12(api as unknown as Scorm12Api, onProblem)!;
    expect(lms.set('cmi.core.student_id', 'x')).toBe(false);
    expect(lms.get('cmi.core.no_such_element')).toBeNull();
    expect(onProblem).toHaveBeenCalledTimes(2);
    expect(onProblem.mock.calls[0]![0]).toMatch(/^LMSSetValue cmi\.core\.student_id: error \d+ \(/);
  });

  it("calls answering 'false', calls that throw and an LMS that refuses to start", () => {
    const onProblem = vi.fn();
    const { api } = fakeApi('false', '101');
    expect(connectScorm12(api, onProblem)).toBeNull();
    expect(onProblem).toHaveBeenCalledWith('LMSInitialize: error 101 (General exception)');

    const throwing = fakeApi();
    const lms = connectScorm12(throwing.api, onProblem)!;
    throwing.api.LMSSetValue = () => {
      throw new Error('LMS gone');
    };
    throwing.api.LMSGetLastError = () => {
      throw new Error('LMS gone');
    };
    expect(() => lms.set('cmi.suspend_data', 'x')).not.toThrow();
    expect(lms.get('cmi.suspend_data')).toBeNull();
    expect(lms.get('cmi.student_data.mastery_score', 'optional')).toBeNull();
    // The optional element that could not be read was not reported.
    expect(onProblem).toHaveBeenCalledTimes(3);
  });

  it('runs the leave handler once, on pagehide or beforeunload, whichever comes first', () => {
    const win = new EventTarget();
    const leave = vi.fn();
    onLeave(win as unknown as Window, leave);
    win.dispatchEvent(new Event('beforeunload'));
    win.dispatchEvent(new Event('pagehide'));
    expect(leave).toHaveBeenCalledTimes(1);
  });
});

describe('values in the SCORM 1.2 formats', () => {
  it('session time is a CMITimespan HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(65_204)).toBe('0000:01:05.20');
    expect(cmiTimespan(3_723_450)).toBe('0001:02:03.45');
    expect(cmiTimespan(-5)).toBe('0000:00:00.00');
    expect(cmiTimespan(Number.NaN)).toBe('0000:00:00.00');
    expect(cmiTimespan(1e15)).toBe('9999:59:59.99');
    expect(cmiTimespan(3_723_450)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
  });

  it('interaction time is a CMITime HH:MM:SS, identifiers keep to letters, digits, - and _', () => {
    expect(cmiTime(new Date(2026, 11, 4, 9, 5, 7))).toBe('09:05:07');
    expect(cmiIdentifier('managing-oih', 'row mechanism', 'prediction')).toBe(
      'managing-oih_row-mechanism_prediction',
    );
    expect(cmiIdentifier('x'.repeat(300))).toHaveLength(255);
    expect([0, 1, 25, 26, 35, 36].map(choiceCharacter)).toEqual(['a', 'b', 'z', '0', '9', null]);
  });
});

describe('suspend data: compressed, tagged, at most 4,096 characters', () => {
  it('round-trips and uses only characters an LMS stores as they are', () => {
    const value = { v: 1, lessons: [{ lessonId: 'paradox', answers: { core: 'oih' }, note: 'µ→é' }] };
    const text = encodeSuspendData(value)!;
    expect(text).toMatch(/^opl1:[A-Za-z0-9+/=]*$/);
    expect(decodeSuspendData(text)).toEqual({ value });
  });

  it('tells empty, another package’s, cut-off and damaged text apart from ours, without throwing', () => {
    const text = encodeSuspendData({ v: 1, lessons: [] })!;
    expect(decodeSuspendData('')).toBe('empty');
    for (const foreign of [
      'viewed=1,2,3|lastviewedslide=3',
      'opl1:',
      'opl1:####',
      text.slice(0, text.length - 6),
      `opl1:${'A'.repeat(SUSPEND_DATA_LIMIT)}`,
    ])
      expect(decodeSuspendData(foreign), foreign.slice(0, 30)).toBe('foreign');
  });

  it('at the limit: the longest data that encodes is ≤ 4,096 characters, stored whole by the LMS; one more is refused', () => {
    // Text that compresses badly (a seeded pseudo-random string), grown until its encoding passes the limit.
    let seed = 7;
    const noise = Array.from({ length: 6000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    let low = 0;
    let high = noise.length;
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if (encodeSuspendData(noise.slice(0, mid)) === null) high = mid;
      else low = mid;
    }
    const longest = encodeSuspendData(noise.slice(0, low))!;
    expect(longest.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(longest.length).toBeGreaterThan(SUSPEND_DATA_LIMIT - 8);
    expect(encodeSuspendData(noise.slice(0, high))).toBeNull();
    const api = new Scorm12API({ logLevel: 5 });
    api.LMSInitialize('');
    expect(api.LMSSetValue('cmi.suspend_data', longest)).toBe('true');
    expect(decodeSuspendData(api.LMSGetValue('cmi.suspend_data') as string)).toEqual({
      value: noise.slice(0, low),
    });
  });
});
