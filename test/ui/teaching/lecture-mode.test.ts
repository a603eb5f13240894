// @vitest-environment happy-dom
import { getByLabelText, getByRole, queryByRole } from '@testing-library/dom';
import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preferencesMachine } from '../../../src/app/preferences';
import { decodeLecture, lectureFiles, lectureToJson } from '../../../src/lessons/lecture-file';
import { lectureMachine } from '../../../src/lessons/lecture-machine';
import { READY_LECTURE, type Lecture } from '../../../src/lessons/lectures';
import type { SimSetup } from '../../../src/lessons/types';
import {
  mountLectureMode,
  type LectureMode,
  type LectureModeOptions,
} from '../../../src/ui/teaching/lecture-mode';

/** A small lecture with a hostile caption, to prove text is never parsed as HTML. */
const lecture: Lecture = {
  id: 'ui-lecture',
  title: 'UI lecture',
  scenes: [
    {
      id: 'one',
      caption: 'Pain rises <img src=x onerror=alert(1)>',
      notes: 'First notes.',
      setup: { preset: 'oih-state', tDays: 84 },
    },
    {
      id: 'two',
      caption: 'Spread',
      notes: 'Second notes.',
      setup: { preset: 'oih-state', tDays: 14, chart: 'body-map' },
    },
    {
      id: 'three',
      caption: 'Tolerance',
      notes: 'Third notes.',
      setup: { preset: 'tolerance-only', compare: null },
    },
  ],
};

/** A workbench that records what it was asked to apply and gives a fixed capture. */
function fakeWorkbench(problem: string | null = null) {
  const applied: SimSetup[] = [];
  const captured: SimSetup = { preset: 'naive', tDays: 7, highlight: 'glia' };
  return {
    applied,
    captured,
    applySetup: (setup: SimSetup) => {
      applied.push(setup);
      return problem;
    },
    captureSetup: () => captured,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lecture mode', () => {
  let host: HTMLElement;
  let mode: LectureMode;
  let workbench: ReturnType<typeof fakeWorkbench>;
  let onExit: ReturnType<typeof vi.fn<() => void>>;

  const mount = (options: Partial<LectureModeOptions> = {}) => {
    mode = mountLectureMode(host, {
      machine: lectureMachine,
      lecture,
      files: lectureFiles,
      workbench,
      onExit,
      ...options,
    });
    // The lecturer's tools start folded away; these tests use them.
    getByRole(host, 'button', { name: 'Lecture tools' }).click();
    return mode;
  };
  const bar = () => host.querySelector<HTMLElement>('.lecture-bar')!;
  const press = (name: string | RegExp) => getByRole(bar(), 'button', { name }).click();
  const announced = () => bar().querySelector('[aria-live="polite"]')!.textContent;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    workbench = fakeWorkbench();
    onExit = vi.fn<() => void>();
  });

  afterEach(() => {
    mode?.destroy();
    document.body.replaceChildren();
  });

  it('starts with the lecturer tools folded away behind a disclosure button', () => {
    mode = mountLectureMode(host, {
      machine: lectureMachine,
      lecture,
      files: lectureFiles,
      workbench,
      onExit,
    });
    const tools = getByRole(host, 'button', { name: 'Lecture tools' });
    expect(tools.getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector<HTMLElement>('.lecture-tools')?.hidden).toBe(true);
    tools.click();
    expect(tools.getAttribute('aria-expanded')).toBe('true');
    expect(getByRole(host, 'button', { name: 'Add this scene' })).toBeTruthy();
  });

  it('applies the first scene and shows its caption as text, its position and the lecture title', () => {
    mount();
    expect(workbench.applied).toEqual([lecture.scenes[0]!.setup]);
    const caption = bar().querySelector('.lecture-caption')!;
    expect(caption.textContent).toBe('Pain rises <img src=x onerror=alert(1)>');
    expect(bar().querySelector('img')).toBeNull();
    expect(bar().textContent).toContain('Scene 1 of 3');
    expect(bar().textContent).toContain('UI lecture');
    expect(getByRole(host, 'region', { name: 'Lecture' })).toBe(bar());
  });

  it('Next and Previous buttons and methods apply the scenes’ setups and stop at the ends', () => {
    mount();
    press('Next scene');
    mode.next();
    mode.next();
    press('Previous scene');
    mode.prev();
    mode.prev();
    expect(workbench.applied.map((s) => s.tDays)).toEqual([84, 14, undefined, 14, 84]);
    expect(getByRole(bar(), 'button', { name: 'Previous scene' }).getAttribute('aria-disabled')).toBe('true');
    expect(getByRole(bar(), 'button', { name: 'Next scene' }).getAttribute('aria-disabled')).toBe('false');
  });

  it('announces each scene change politely with its caption', () => {
    mount();
    expect(announced()).toBe('Scene 1 of 3: Pain rises <img src=x onerror=alert(1)>');
    mode.next();
    expect(announced()).toBe('Scene 2 of 3: Spread');
    expect(bar().querySelector('.lecture-caption')!.getAttribute('aria-live')).toBeNull();
  });

  it('shows presenter notes on this screen only when asked, with the toggle’s state', () => {
    mount();
    const toggle = getByRole(bar(), 'button', { name: 'Notes on this screen' });
    const notes = bar().querySelector<HTMLElement>('#lecture-notes')!;
    expect(notes.hidden).toBe(true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(notes.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(notes.textContent).toContain('First notes.');
    mode.next();
    expect(notes.textContent).toContain('Second notes.');
  });

  it('Add this scene asks for a caption in a labelled field and captures the simulation after this scene', () => {
    mount();
    press('Add this scene');
    const form = bar().querySelector<HTMLFormElement>('form')!;
    expect(form.hidden).toBe(false);
    const field = getByLabelText(bar(), /Caption of the new scene/) as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    form.requestSubmit();
    expect(bar().textContent).toContain('Write a caption for the scene first.');
    field.value = 'My own scene';
    (getByLabelText(bar(), /Presenter notes \(optional\)/) as HTMLTextAreaElement).value = 'Mine.';
    form.requestSubmit();
    expect(form.hidden).toBe(true);
    expect(mode.lecture.scenes.map((s) => s.caption)).toEqual([
      lecture.scenes[0]!.caption,
      'My own scene',
      'Spread',
      'Tolerance',
    ]);
    expect(mode.lecture.scenes[1]!.setup).toBe(workbench.captured);
    expect(mode.lecture.scenes[1]!.notes).toBe('Mine.');
    expect(bar().textContent).toContain('Scene 2 of 4');
    expect(announced()).toBe('Scene 2 of 4: My own scene');
    expect(workbench.applied).toHaveLength(1);
  });

  it('Escape closes the add form and returns focus to its button', () => {
    mount();
    press('Add this scene');
    const field = getByLabelText(bar(), /Caption of the new scene/);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(bar().querySelector<HTMLFormElement>('form')!.hidden).toBe(true);
    expect(document.activeElement).toBe(getByRole(bar(), 'button', { name: 'Add this scene' }));
  });

  it('removes the current scene, but never the last one', () => {
    mount();
    press('Remove this scene');
    expect(mode.lecture.scenes.map((s) => s.id)).toEqual(['two', 'three']);
    expect(workbench.applied.at(-1)).toBe(lecture.scenes[1]!.setup);
    press('Remove this scene');
    press('Remove this scene');
    expect(mode.lecture.scenes.map((s) => s.id)).toEqual(['three']);
    expect(getByRole(bar(), 'alert').textContent).toBe('A lecture keeps at least one scene.');
  });

  it('opens a lecture file, and shows a clear message for a bad one without throwing', async () => {
    mount();
    const picker = bar().querySelector<HTMLInputElement>('input[type="file"]')!;
    const choose = async (text: string) => {
      const file = new File([text], 'lecture.json', { type: 'application/json' });
      Object.defineProperty(picker, 'files', { value: [file], configurable: true });
      picker.dispatchEvent(new Event('change'));
      await flush();
    };
    await choose('{ not json');
    expect(getByRole(bar(), 'alert').textContent).toMatch(/not readable JSON/);
    await choose('{"__proto__": {"x": 1}}');
    expect(getByRole(bar(), 'alert').textContent).toMatch(/forbidden key/);
    expect(mode.lecture).toBe(lecture);
    await choose(lectureToJson(READY_LECTURE));
    expect(mode.lecture).toEqual(READY_LECTURE);
    expect(getByRole(bar(), 'alert').textContent).toBe('');
    expect(getByRole(bar(), 'status').textContent).toMatch(
      /Opened “Opioid-induced hyperalgesia in 15 minutes”: 17 scenes/,
    );
    expect(workbench.applied.at(-1)).toEqual(READY_LECTURE.scenes[0]!.setup);
  });

  it('says when a scene cannot be shown as saved', () => {
    workbench = fakeWorkbench('no preset called “gone”');
    mount();
    expect(getByRole(bar(), 'alert').textContent).toBe(
      'This scene could not be shown as saved: no preset called “gone”',
    );
  });

  it('saves the lecture as a file download', () => {
    const created = vi.fn<(blob: Blob) => string>(() => 'blob:lecture');
    const revoked = vi.fn<(url: string) => void>();
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    mount();
    press('Save lecture file');
    expect(created).toHaveBeenCalledOnce();
    expect(clicked).toHaveBeenCalledOnce();
    expect(revoked).toHaveBeenCalledWith('blob:lecture');
    expect(created.mock.calls[0]![0].type).toBe('application/json');
    clicked.mockRestore();
    Object.assign(URL, { createObjectURL: original.create, revokeObjectURL: original.revoke });
  });

  it('copies a lecture link that decodes to the lecture; without a clipboard the link is shown to copy', async () => {
    const clipboard = { writeText: vi.fn<(text: string) => Promise<void>>(() => Promise.resolve()) };
    const onShareLink = (encoded: string) => `https://example.org/#lecture=${encoded}`;
    mount({ onShareLink, clipboard });
    press('Copy lecture link');
    await flush();
    const url = clipboard.writeText.mock.calls[0]![0];
    expect(decodeLecture(url.split('#lecture=')[1]!)).toEqual({ ok: true, lecture });
    expect(getByRole(bar(), 'status').textContent).toBe('Lecture link copied.');
    mode.destroy();
    mount({ onShareLink });
    press('Copy lecture link');
    await flush();
    const field = getByRole(bar(), 'textbox', { name: /Copy this link/ }) as HTMLInputElement;
    expect(field.hidden).toBe(false);
    expect(field.value).toMatch(/^https:\/\/example.org\/#lecture=/);
  });

  it('has no link button when the app gives no way to make a link', () => {
    mount();
    expect(queryByRole(bar(), 'button', { name: 'Copy lecture link' })).toBeNull();
  });

  it('previews the projector theme while active and restores the theme on exit, without saving', () => {
    const saved: unknown[] = [];
    const preferences = createActor(preferencesMachine, {
      input: { saved: { theme: 'high-contrast' }, save: (p) => saved.push(p) },
    }).start();
    mount({ preferences });
    expect(preferences.getSnapshot().context.theme).toBe('projector');
    press('Exit lecture mode');
    expect(preferences.getSnapshot().context.theme).toBe('high-contrast');
    expect(saved).toEqual([]);
    expect(onExit).toHaveBeenCalledOnce();
    expect(mode.active).toBe(false);
    expect(host.querySelector('.lecture-bar')).toBeNull();
  });

  it('keeps a theme the lecturer chose during the lecture', () => {
    const preferences = createActor(preferencesMachine, { input: { saved: null } }).start();
    mount({ preferences });
    preferences.send({ type: 'theme.set', theme: 'high-contrast' });
    mode.destroy();
    expect(preferences.getSnapshot().context.theme).toBe('high-contrast');
  });

  it('does nothing after it has been destroyed', () => {
    mount();
    mode.destroy();
    mode.next();
    mode.destroy();
    expect(workbench.applied).toHaveLength(1);
    expect(onExit).not.toHaveBeenCalled();
  });

  it('every control is a labelled button or field', () => {
    mount({ onShareLink: (e) => e });
    for (const button of bar().querySelectorAll('button'))
      expect(button.getAttribute('aria-label') ?? button.textContent, button.outerHTML).not.toBe('');
    for (const field of bar().querySelectorAll('input, textarea')) {
      const id = field.getAttribute('id');
      const label =
        field.getAttribute('aria-label') ??
        (id ? bar().querySelector(`label[for="${id}"]`)?.textContent : null);
      expect(label, field.outerHTML).toBeTruthy();
    }
  });
});
