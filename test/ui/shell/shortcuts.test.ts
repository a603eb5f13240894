// @vitest-environment happy-dom
import { createActor, fromCallback } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockMachine } from '../../../src/app/clock';
import { preferencesMachine } from '../../../src/app/preferences';
import { installAppShortcuts } from '../../../src/ui/shell/app-shortcuts';
import { SHORTCUTS, duplicateChords, shortcutFor, type Shortcut } from '../../../src/ui/dialogs/shortcuts';
import { mountShell, type Shell } from '../../../src/ui/shell/shell';

const press = (key: string, options: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }));

describe('the shortcut table', () => {
  it('has no key used twice', () => {
    expect(duplicateChords()).toEqual([]);
  });

  it('notices a duplicate when one is added', () => {
    const twice: Shortcut[] = [...SHORTCUTS, { id: 'reset', key: 'R', label: 'R', description: 'again' }];
    expect(duplicateChords(twice)).toEqual(['r']);
  });

  it('leaves keys to sliders, text fields and buttons unless Alt is held', () => {
    const slider = document.createElement('input');
    slider.type = 'range';
    const event = { key: 'ArrowRight', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
    expect(shortcutFor({ ...event, target: slider })).toBeNull();
    expect(shortcutFor({ ...event, target: slider, altKey: true })?.id).toBe('day-forward');
    expect(shortcutFor({ ...event, target: document.body })?.id).toBe('day-forward');
    expect(shortcutFor({ ...event, target: document.body, ctrlKey: true })).toBeNull();
    expect(shortcutFor({ ...event, key: '?', shiftKey: true, target: document.body })?.id).toBe('help');
  });

  it('lets a key have another meaning in lecture mode, and notices a duplicate within a mode', () => {
    const lectureRows = SHORTCUTS.filter((s) => s.mode === 'lecture');
    expect(lectureRows.map((s) => s.id)).toEqual(
      expect.arrayContaining(['scene-next', 'scene-prev', 'day-forward', 'week-back']),
    );
    const twice: Shortcut[] = [
      ...SHORTCUTS,
      { id: 'scene-next', key: 'PageDown', mode: 'lecture', label: 'Page Down', description: 'again' },
    ];
    expect(duplicateChords(twice)).toEqual(['lecture:pagedown']);
  });

  it('in lecture mode, arrows and clicker keys change scene; with Alt the arrows step the clock', () => {
    const at = (target: Element) => ({
      shiftKey: false,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      target,
    });
    const body = at(document.body);
    const button = at(document.createElement('button'));
    const text = document.createElement('input');
    expect(shortcutFor({ ...body, key: 'ArrowRight' }, 'lecture')?.id).toBe('scene-next');
    expect(shortcutFor({ ...body, key: 'ArrowLeft' }, 'lecture')?.id).toBe('scene-prev');
    expect(shortcutFor({ ...body, key: 'ArrowRight', altKey: true }, 'lecture')?.id).toBe('day-forward');
    expect(shortcutFor({ ...body, key: 'ArrowLeft', altKey: true }, 'lecture')?.id).toBe('day-back');
    expect(shortcutFor({ ...body, key: 'ArrowRight', altKey: true, shiftKey: true }, 'lecture')?.id).toBe(
      'week-forward',
    );
    expect(shortcutFor({ ...body, key: 'ArrowRight', shiftKey: true }, 'lecture')?.id).toBe('week-forward');
    // Step 12: in a lecture Space goes forward like a clicker, also from a button (focus starts on Next), and F
    // toggles full screen from the lecture bar's buttons; outside a lecture Space still plays.
    expect(shortcutFor({ ...body, key: ' ' }, 'lecture')?.id).toBe('scene-next');
    expect(shortcutFor({ ...button, key: ' ' }, 'lecture')?.id).toBe('scene-next');
    expect(shortcutFor({ ...button, key: 'f' }, 'lecture')?.id).toBe('full-screen');
    expect(shortcutFor({ ...at(text), key: 'f' }, 'lecture')).toBeNull();
    expect(shortcutFor({ ...body, key: ' ' })?.id).toBe('play-pause');
    // A clicker's PageDown works with focus on a button (the lecturer just clicked Next) but not in a text field.
    expect(shortcutFor({ ...button, key: 'PageDown' }, 'lecture')?.id).toBe('scene-next');
    expect(shortcutFor({ ...button, key: 'PageUp' }, 'lecture')?.id).toBe('scene-prev');
    expect(shortcutFor({ ...at(text), key: 'PageDown' }, 'lecture')).toBeNull();
    // Arrows too work on a plain button (buttons have no arrow keys) but not on a tab, a radio or a slider.
    expect(shortcutFor({ ...button, key: 'ArrowRight' }, 'lecture')?.id).toBe('scene-next');
    const tab = document.createElement('button');
    tab.setAttribute('role', 'tab');
    expect(shortcutFor({ ...at(tab), key: 'ArrowRight' }, 'lecture')).toBeNull();
    const radio = Object.assign(document.createElement('input'), { type: 'radio' });
    expect(shortcutFor({ ...at(radio), key: 'ArrowLeft' }, 'lecture')).toBeNull();
    // Outside lecture mode nothing changes: PageDown is the page's, arrows step the clock.
    expect(shortcutFor({ ...body, key: 'PageDown' })).toBeNull();
    expect(shortcutFor({ ...body, key: 'ArrowRight' })?.id).toBe('day-forward');
  });
});

describe('shortcuts in the app', () => {
  let shell: Shell;
  let stop: () => void;
  const clock = () =>
    createActor(clockMachine.provide({ actors: { ticker: fromCallback(() => () => undefined) } }), {
      input: { durationDays: 84, tDays: 14 },
    }).start();
  let clockActor: ReturnType<typeof clock>;
  let preferences: ReturnType<typeof createActor<typeof preferencesMachine>>;

  beforeEach(() => {
    const root = document.createElement('div');
    document.body.append(root);
    preferences = createActor(preferencesMachine, { input: { saved: null } }).start();
    shell = mountShell(root, preferences);
    clockActor = clock();
    stop = installAppShortcuts(window, {
      clock: clockActor,
      preferences,
      help: shell.shortcuts,
      glossary: shell.glossary,
    });
  });

  afterEach(() => {
    stop();
    shell.destroy();
    document.body.replaceChildren();
  });

  it('Space plays and pauses; arrows step a day, Shift+arrows a week', () => {
    press(' ');
    expect(clockActor.getSnapshot().value).toBe('playing');
    press(' ');
    expect(clockActor.getSnapshot().value).toBe('paused');
    press('ArrowRight');
    press('ArrowRight', { shiftKey: true });
    press('ArrowLeft');
    expect(clockActor.getSnapshot().context.tDays).toBe(14 + 1 + 7 - 1);
    press('ArrowLeft', { shiftKey: true });
    expect(clockActor.getSnapshot().context.tDays).toBe(14);
  });

  it('Space on a focused button presses the button, not play', () => {
    const button = document.querySelector('button')!;
    press(' ', {}, button);
    expect(clockActor.getSnapshot().value).toBe('paused');
    press(' ', { altKey: true }, button);
    expect(clockActor.getSnapshot().value).toBe('playing');
  });

  it('T cycles the theme, R resets the clock, ? lists the shortcuts', async () => {
    press('t');
    expect(preferences.getSnapshot().context.theme).toBe('projector');
    press('t');
    press('t');
    expect(preferences.getSnapshot().context.theme).toBe('default');
    press('r');
    expect(clockActor.getSnapshot().context.tDays).toBe(0);
    press('?', { shiftKey: true });
    const { element: dialog } = await shell.shortcuts.loaded();
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    expect(dialog.querySelectorAll('tbody tr')).toHaveLength(SHORTCUTS.length);
    const lectureTable = [...dialog.querySelectorAll('table')].find((t) =>
      t.caption?.textContent?.includes('lecture mode'),
    );
    expect(lectureTable?.textContent).toContain('Page Down');
    expect(lectureTable?.textContent).toContain('Alt + →');
    expect(lectureTable?.textContent).toContain('Presenter view');
  });

  describe('in lecture mode', () => {
    let lectureOn = true;
    const moves: string[] = [];
    let stopLecture: () => void;
    beforeEach(() => {
      stop();
      lectureOn = true;
      moves.length = 0;
      stopLecture = installAppShortcuts(window, {
        clock: clockActor,
        preferences,
        help: shell.shortcuts,
        lecture: {
          active: () => lectureOn,
          next: () => moves.push('next'),
          prev: () => moves.push('prev'),
          presenter: () => moves.push('presenter'),
        },
      });
      stop = stopLecture;
    });

    it('PageDown, PageUp and the arrows change scene and leave the clock alone', () => {
      press('PageDown');
      press('ArrowRight');
      press('PageUp');
      press('ArrowLeft');
      expect(moves).toEqual(['next', 'next', 'prev', 'prev']);
      expect(clockActor.getSnapshot().context.tDays).toBe(14);
    });

    it('Alt+arrows step the clock a day, Alt+Shift+arrows a week', () => {
      press('ArrowRight', { altKey: true });
      press('ArrowRight', { altKey: true, shiftKey: true });
      press('ArrowLeft', { altKey: true });
      expect(clockActor.getSnapshot().context.tDays).toBe(14 + 1 + 7 - 1);
      press('ArrowLeft', { altKey: true, shiftKey: true });
      expect(clockActor.getSnapshot().context.tDays).toBe(14);
      expect(moves).toEqual([]);
    });

    it('P opens the presenter view, also with focus on a lecture bar button, but not from a text field', () => {
      const [button, field] = [document.createElement('button'), document.createElement('textarea')];
      document.body.append(button, field);
      press('p');
      press('p', {}, button);
      press('p', {}, field);
      expect(moves).toEqual(['presenter', 'presenter']);
      button.remove();
      field.remove();
    });

    it('once lecture mode ends, the arrows step the clock again and PageDown is left to the page', () => {
      lectureOn = false;
      expect(press('PageDown')).toBe(true);
      press('ArrowRight');
      press('p');
      expect(moves).toEqual([]);
      expect(clockActor.getSnapshot().context.tDays).toBe(15);
    });
  });

  it('G opens the glossary, and focus returns where it was when it closes', async () => {
    const start = document.querySelector<HTMLButtonElement>('button')!;
    start.focus();
    press('g', { altKey: true }, start);
    const { element: dialog } = await shell.glossary.loaded();
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    shell.glossary.close();
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    expect(document.activeElement).toBe(start);
    press('g');
    await vi.waitFor(() => expect(dialog.open).toBe(true));
  });
});
