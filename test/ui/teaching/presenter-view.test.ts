// @vitest-environment happy-dom
import { getByRole, queryByRole } from '@testing-library/dom';
import { Window as HappyWindow } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lectureFiles } from '../../../src/lessons/lecture-file';
import { lectureMachine } from '../../../src/lessons/lecture-machine';
import type { Lecture } from '../../../src/lessons/lectures';
import { mountLectureMode, type LectureMode } from '../../../src/ui/teaching/lecture-mode';

/**
 * Two windows' worth of lecture: lecture mode in the test's page, the presenter view in a second happy-dom
 * window that the page "opens", the two kept in step over a real BroadcastChannel (Node's).
 */
const lecture: Lecture = {
  id: 'presenter-lecture',
  title: 'Presenter lecture',
  scenes: [
    { id: 'one', caption: 'Relief, then pain', notes: 'Notes of one. More of one.', setup: { tDays: 1 } },
    { id: 'two', caption: 'Spread', notes: 'Notes of two. More of two.', setup: { tDays: 2 } },
    { id: 'three', caption: 'Tolerance', notes: 'Notes of three. More of three.', setup: { tDays: 3 } },
    { id: 'four', caption: 'Taper', notes: '', setup: { tDays: 4 } },
  ],
};

const T0 = 1_700_000_000_000;

describe('the presenter view, in a window of its own', () => {
  let host: HTMLElement;
  let mode: LectureMode;
  let popup: HappyWindow & Window;
  let opened: number;
  let clock: number;
  let blocked: boolean;
  const applied: (number | undefined)[] = [];

  const mount = () => {
    mode = mountLectureMode(host, {
      machine: lectureMachine,
      lecture,
      files: lectureFiles,
      workbench: { applySetup: (s) => (applied.push(s.tDays), null), captureSetup: () => ({}) },
      onExit: () => undefined,
      presenter: {
        now: () => clock,
        open: () => {
          opened += 1;
          return blocked ? null : popup;
        },
      },
    });
    return mode;
  };
  const bar = () => host.querySelector<HTMLElement>('.lecture-bar')!;
  const presenterDoc = () => popup.document as unknown as Document;
  const shown = (selector: string) => presenterDoc().querySelector(selector)?.textContent;
  const openPresenter = async () => {
    getByRole(bar(), 'button', { name: 'Presenter view' }).click();
    await vi.waitFor(() => expect(shown('.presenter-position')).toMatch(/^Scene \d of 4$/));
  };

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    popup = new HappyWindow({ url: 'about:blank' }) as HappyWindow & Window;
    opened = 0;
    clock = T0;
    blocked = false;
    applied.length = 0;
  });

  afterEach(async () => {
    mode?.destroy();
    document.body.replaceChildren();
    await popup.happyDOM.close();
  });

  it('shows the scene’s notes, the next scene’s caption and first line, and the scene number', async () => {
    mount();
    await openPresenter();
    const doc = presenterDoc();
    expect(shown('.presenter-position')).toBe('Scene 1 of 4');
    expect(shown('.presenter-notes-text')).toBe('Notes of one. More of one.');
    expect(shown('.presenter-next-caption')).toBe('Scene 2: Spread');
    expect(shown('.presenter-next-line')).toBe('Notes of two.');
    expect(shown('.presenter-caption')).toBe('Relief, then pain');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toBe('Presenter view: Presenter lecture');
    expect(getByRole(doc.body, 'main', { name: 'Presenter view' })).toBeTruthy();
    expect(doc.querySelector('[aria-live="polite"]')?.textContent).toBe('Scene 1 of 4: Relief, then pain');
    // The projected page keeps its notes folded away.
    expect(bar().querySelector<HTMLElement>('#lecture-notes')!.hidden).toBe(true);
  });

  it('Next in the lecture moves the presenter; Next and keys in the presenter move the lecture', async () => {
    mount();
    await openPresenter();
    getByRole(bar(), 'button', { name: 'Next scene' }).click();
    await vi.waitFor(() => expect(shown('.presenter-notes-text')).toBe('Notes of two. More of two.'));
    expect(shown('.presenter-next-caption')).toBe('Scene 3: Tolerance');
    expect(presenterDoc().querySelector('[aria-live="polite"]')?.textContent).toBe('Scene 2 of 4: Spread');

    getByRole(presenterDoc().body, 'button', { name: 'Next scene' }).click();
    await vi.waitFor(() =>
      expect(bar().querySelector('.lecture-position')?.textContent).toBe('Scene 3 of 4'),
    );
    await vi.waitFor(() => expect(shown('.presenter-position')).toBe('Scene 3 of 4'));

    const press = (key: string) =>
      presenterDoc().body.dispatchEvent(
        new popup.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }) as unknown as Event,
      );
    press('PageDown');
    await vi.waitFor(() => expect(shown('.presenter-position')).toBe('Scene 4 of 4'));
    expect(shown('.presenter-notes-text')).toBe('No notes for this scene.');
    expect(shown('.presenter-next-caption')).toBe('This is the last scene.');
    press('ArrowLeft');
    await vi.waitFor(() =>
      expect(bar().querySelector('.lecture-position')?.textContent).toBe('Scene 3 of 4'),
    );
    expect(applied).toEqual([1, 2, 3, 4, 3]);
  });

  it('shows the time since the lecture started, which the presenter can pause, resume and reset', async () => {
    mount();
    clock = T0 + 65_000;
    await openPresenter();
    expect(shown('.presenter-elapsed')).toBe('1:05');
    const doc = presenterDoc();
    getByRole(doc.body, 'button', { name: 'Pause timer' }).click();
    await vi.waitFor(() => expect(queryByRole(doc.body, 'button', { name: 'Resume timer' })).not.toBeNull());
    clock = T0 + 3_700_000;
    getByRole(bar(), 'button', { name: 'Next scene' }).click();
    await vi.waitFor(() => expect(shown('.presenter-position')).toBe('Scene 2 of 4'));
    expect(shown('.presenter-elapsed')).toBe('1:05');
    getByRole(doc.body, 'button', { name: 'Resume timer' }).click();
    await vi.waitFor(() => expect(queryByRole(doc.body, 'button', { name: 'Pause timer' })).not.toBeNull());
    clock = T0 + 3_760_000;
    getByRole(doc.body, 'button', { name: 'Reset timer' }).click();
    await vi.waitFor(() => expect(shown('.presenter-elapsed')).toBe('0:00'));
    clock = T0 + 3_760_000 + 3_725_000;
    getByRole(bar(), 'button', { name: 'Next scene' }).click();
    await vi.waitFor(() => expect(shown('.presenter-elapsed')).toBe('1:02:05'));
  });

  it('when the lecture exits, the presenter says so and its buttons stop', async () => {
    mount();
    await openPresenter();
    getByRole(bar(), 'button', { name: 'Exit lecture mode' }).click();
    await vi.waitFor(() =>
      expect(getByRole(presenterDoc().body, 'status').textContent).toMatch(/lecture was closed/),
    );
    for (const button of presenterDoc().querySelectorAll('button'))
      expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('when the lecture’s page goes, the presenter says so at once; pressed again, it opens anew', async () => {
    mount();
    await openPresenter();
    window.dispatchEvent(new Event('pagehide'));
    expect(getByRole(presenterDoc().body, 'status').textContent).toMatch(/lecture was closed/);
    // A page back from the back/forward cache opens the window anew, and it follows the lecture again.
    mode.presenter();
    expect(opened).toBe(2);
    await vi.waitFor(() => expect(getByRole(presenterDoc().body, 'status').textContent).toBe(''));
    getByRole(presenterDoc().body, 'button', { name: 'Next scene' }).click();
    await vi.waitFor(() =>
      expect(bar().querySelector('.lecture-position')?.textContent).toBe('Scene 2 of 4'),
    );
  });

  it('when the presenter window closes, the lecture goes on and can open it again', async () => {
    mount();
    await openPresenter();
    popup.dispatchEvent(new popup.Event('pagehide'));
    await vi.waitFor(() =>
      expect(bar().querySelector('[aria-live="polite"]')?.textContent).toBe('The presenter view was closed.'),
    );
    getByRole(bar(), 'button', { name: 'Next scene' }).click();
    expect(bar().querySelector('.lecture-position')?.textContent).toBe('Scene 2 of 4');
    mode.presenter();
    await vi.waitFor(() => expect(shown('.presenter-position')).toBe('Scene 2 of 4'));
    expect(opened).toBe(2);
    expect(presenterDoc().querySelectorAll('main')).toHaveLength(1);
  });

  it('a second press brings the open window forward instead of opening another', async () => {
    mount();
    await openPresenter();
    const focus = vi.spyOn(popup, 'focus');
    mode.presenter();
    expect(opened).toBe(1);
    expect(focus).toHaveBeenCalledOnce();
  });

  it('a blocked pop-up is said, and focus goes to the notes on this screen', () => {
    blocked = true;
    mount();
    getByRole(bar(), 'button', { name: 'Presenter view' }).click();
    expect(getByRole(bar(), 'alert').textContent).toMatch(/blocked the presenter window/);
    expect(document.activeElement).toBe(getByRole(bar(), 'button', { name: 'Notes on this screen' }));
    expect(bar().querySelector<HTMLElement>('#lecture-notes')!.hidden).toBe(true);
  });

  it('takes the page’s theme and motion setting, and follows their changes', async () => {
    const root = document.documentElement;
    root.dataset['theme'] = 'projector';
    root.dataset['motion'] = 'reduce';
    mount();
    await openPresenter();
    const presenterRoot = presenterDoc().documentElement;
    expect(presenterRoot.getAttribute('data-theme')).toBe('projector');
    expect(presenterRoot.getAttribute('data-motion')).toBe('reduce');
    root.dataset['theme'] = 'high-contrast';
    delete root.dataset['motion'];
    await vi.waitFor(() => expect(presenterRoot.getAttribute('data-theme')).toBe('high-contrast'));
    expect(presenterRoot.hasAttribute('data-motion')).toBe(false);
    delete root.dataset['theme'];
  });

  it('every control of the presenter view is a labelled button', async () => {
    mount();
    await openPresenter();
    const buttons = [...presenterDoc().querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Pause timer',
      'Reset timer',
      'Previous scene',
      'Next scene',
    ]);
  });
});
