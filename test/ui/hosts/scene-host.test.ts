// @vitest-environment happy-dom
import { findByRole, getByRole } from '@testing-library/dom';
import { createActor } from 'xstate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { preferencesMachine } from '../../../src/app/preferences';
import type { ThemeId } from '../../../src/content/themes';
import { findPreset, snapshotAt, type SceneRegionId, type Snapshot } from '../../../src/model';
import { simulate } from '../../../src/model/run';
import type { PathwayView } from '../../../src/scenes/view';
import { hostScene, type SceneHost } from '../../../src/ui/hosts/scene-host';
import { workspaceCover } from '../../../src/ui/experiments/workspace-cover';

/** A stand-in for the pixi scene that records what the host asks of it. */
class FakeScene implements PathwayView {
  readonly calls: string[] = [];
  readonly shown: number[] = [];
  private listener: ((id: SceneRegionId) => void) | null = null;
  mountedIn: HTMLElement | null = null;
  async mount(host: HTMLElement) {
    this.mountedIn = host;
    const button = document.createElement('button');
    button.textContent = 'RVM region';
    button.addEventListener('click', () => this.listener?.('rvm'));
    host.append(button);
  }
  update(snapshot: Snapshot) {
    this.shown.push(snapshot.tDays);
  }
  setTheme(theme: ThemeId) {
    this.calls.push(`theme:${theme}`);
  }
  setReducedMotion(on: boolean) {
    this.calls.push(`motion:${on}`);
  }
  setPaused(paused: boolean) {
    this.calls.push(`paused:${paused}`);
  }
  resize(width: number, height: number) {
    this.calls.push(`resize:${width}x${height}`);
  }
  highlight(id: SceneRegionId | null) {
    this.calls.push(`highlight:${id}`);
  }
  showBefore() {
    // No pain meter to mark.
  }
  onSelect(callback: (id: SceneRegionId) => void) {
    this.listener = callback;
    return () => (this.listener = null);
  }
  destroy() {
    this.calls.push('destroy');
  }
}

const result = simulate({ ...findPreset('oih-escalation')!.scenario, durationDays: 21 });
let region: HTMLElement;
let view: FakeScene;
let host: SceneHost;
let preferences: ReturnType<typeof createActor<typeof preferencesMachine>>;

beforeEach(async () => {
  region = document.createElement('div');
  document.body.append(region);
  preferences = createActor(preferencesMachine, {
    input: { saved: { theme: 'projector', motion: 'reduce' } },
  }).start();
  view = new FakeScene();
  host = await hostScene(region, view, preferences);
});

afterEach(() => {
  host.destroy();
  region.remove();
});

describe('scene host', () => {
  it('mounts the view in the scene region with the saved theme and motion', () => {
    expect(region.contains(view.mountedIn)).toBe(true);
    expect(view.calls).toEqual(['theme:projector', 'motion:true']);
  });

  it('passes each snapshot to the view', () => {
    host.show(snapshotAt(result, 7));
    host.show(snapshotAt(result, 14));
    expect(view.shown).toEqual([7, 14]);
  });

  it('follows a change of the motion preference', () => {
    preferences.send({ type: 'motion.set', motion: 'full' });
    expect(view.calls.at(-1)).toBe('motion:false');
  });

  it('explains a mechanism chosen in the view, then returns focus to it when the card closes', async () => {
    const regionButton = getByRole(region, 'button', { name: 'RVM region' });
    regionButton.focus();
    regionButton.click();
    expect(view.calls).toContain('highlight:rvm');
    // The card's module loads on the first choice.
    const card = await findByRole(
      region,
      'complementary',
      { name: 'Descending facilitation from the RVM' },
      { timeout: 10_000 },
    );
    expect(card.hidden).toBe(false);
    expect(document.activeElement?.textContent).toBe('Descending facilitation from the RVM');
    getByRole(card, 'button', { name: 'Close' }).click();
    expect(card.hidden).toBe(true);
    expect(view.calls.at(-1)).toBe('highlight:null');
    expect(document.activeElement).toBe(regionButton);
  });

  it('shows the card with the latest snapshot, and not at all when the choice is cleared before it loads', async () => {
    host.show(snapshotAt(result, 14));
    host.select('glia', false);
    host.deselect();
    host.select('nmda', false);
    const card = await findByRole(
      region,
      'complementary',
      { name: 'Spinal NMDA receptor upregulation' },
      { timeout: 10_000 },
    );
    expect(card.querySelector('.mechanism-level-text')?.textContent).toMatch(/%/);
    host.deselect();
    expect(card.hidden).toBe(true);
    host.select('glia', false);
    expect(card.hidden).toBe(false);
  });

  it('pauses the view while a view covers the workspace, and resumes it when the last one closes', () => {
    // The workspace as the app has it: the scene's region, and the slots of the Experiments and cohort views.
    const workspace = document.createElement('main');
    const experimentsSlot = document.createElement('section');
    const cohortSlot = document.createElement('section');
    workspace.append(region, experimentsSlot, cohortSlot);
    document.body.append(workspace);
    const experiments = workspaceCover(experimentsSlot, document.createElement('button'));
    const cohort = workspaceCover(cohortSlot, document.createElement('button'));
    const pauses = () => view.calls.filter((c) => c.startsWith('paused:'));

    experiments.show();
    expect(pauses()).toEqual(['paused:true']);
    experiments.show(); // already open: nothing new
    experiments.hide('none');
    expect(pauses()).toEqual(['paused:true', 'paused:false']);

    cohort.show();
    experiments.show();
    cohort.hide('none');
    // The Experiments view still covers the scene.
    expect(pauses()).toEqual(['paused:true', 'paused:false', 'paused:true']);
    experiments.hide('none');
    expect(pauses()).toEqual(['paused:true', 'paused:false', 'paused:true', 'paused:false']);
    workspace.remove();
  });

  it('destroys the view and stops following preferences', () => {
    host.destroy();
    const before = view.calls.length;
    preferences.send({ type: 'motion.set', motion: 'full' });
    const slot = document.createElement('section');
    document.body.append(slot);
    workspaceCover(slot, document.createElement('button')).show();
    expect(view.calls.slice(before - 1)).toEqual(['destroy']);
    slot.remove();
  });
});
