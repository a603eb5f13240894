// @vitest-environment happy-dom
import { createActor, fromCallback } from 'xstate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockMachine } from '../../src/app/clock';
import { preferencesMachine } from '../../src/app/preferences';
import { installAppShortcuts } from '../../src/ui/app-shortcuts';
import { SHORTCUTS, duplicateChords, shortcutFor, type Shortcut } from '../../src/ui/shortcuts';
import { mountShell, type Shell } from '../../src/ui/shell';

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

  it('T cycles the theme, R resets the clock, ? lists the shortcuts', () => {
    press('t');
    expect(preferences.getSnapshot().context.theme).toBe('projector');
    press('t');
    press('t');
    expect(preferences.getSnapshot().context.theme).toBe('default');
    press('r');
    expect(clockActor.getSnapshot().context.tDays).toBe(0);
    press('?', { shiftKey: true });
    const dialog = document.querySelector('dialog[aria-labelledby="shortcuts-title"]') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.querySelectorAll('tbody tr')).toHaveLength(SHORTCUTS.length);
  });

  it('G opens the glossary, and focus returns where it was when it closes', () => {
    const start = document.querySelector<HTMLButtonElement>('button')!;
    start.focus();
    press('g', { altKey: true }, start);
    const dialog = document.querySelector('dialog[aria-labelledby="glossary-title"]') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    shell.glossary.close();
    expect(document.activeElement).toBe(start);
    press('g');
    expect(dialog.open).toBe(true);
  });
});
