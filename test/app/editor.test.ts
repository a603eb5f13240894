import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { editorMachine } from '../../src/app/editor';
import { presetWords } from '../../src/content/presets';
import { findPreset, normalizeScenario } from '../../src/model';

const start = () =>
  createActor(editorMachine, {
    input: {
      scenario: normalizeScenario(findPreset('oih-escalation')?.scenario),
      title: 'oih-escalation',
      description: 'escalation',
      presetName: 'oih-escalation',
    },
  }).start();

describe('scenario editor machine', () => {
  it('an edit makes a new scenario, counts a revision and says what changed', () => {
    const editor = start();
    const before = editor.getSnapshot().context.scenario;
    editor.send({ type: 'dose.change', atDay: 49, percent: 50 });
    const { context } = editor.getSnapshot();
    expect(context.scenario).not.toBe(before);
    expect(context.revision).toBe(1);
    expect(context.edited).toBe(true);
    expect(context.said).toBe('Dose increased 50 % at week 7.');
    expect(before.regimens).toHaveLength(1);
  });

  it('Reset All returns to the opened scenario; undo steps back', () => {
    const editor = start();
    const opened = editor.getSnapshot().context.scenario;
    editor.send({ type: 'opioid.stop', atDay: 28 });
    editor.send({ type: 'adjuvant.set', kind: 'nsaid', on: true, atDay: 0 });
    editor.send({ type: 'undo' });
    expect(editor.getSnapshot().context.scenario.treatments).toEqual([]);
    expect(editor.getSnapshot().context.edited).toBe(true);
    editor.send({ type: 'reset' });
    expect(editor.getSnapshot().context.scenario).toEqual(opened);
    expect(editor.getSnapshot().context.edited).toBe(false);
    editor.send({ type: 'undo' });
    expect(editor.getSnapshot().context.scenario.regimens.at(-1)).toMatchObject({
      kind: 'change',
      atDay: 28,
      times: 0,
    });
  });

  it('choosing a preset opens it fresh under its title; an unknown preset is refused with a reason', () => {
    const editor = start();
    editor.send({ type: 'opioid.stop', atDay: 28 });
    editor.send({ type: 'preset.choose', name: 'tolerance-only' });
    let { context } = editor.getSnapshot();
    const words = presetWords['tolerance-only'];
    expect(context.title).toBe(words?.title);
    // The picker shows a preset's description (src/content/preset-descriptions.ts); the editor keeps none.
    expect(context.description).toBe('');
    expect(context.said).toBe(`Opened ${words?.title}.`);
    expect(context.presetName).toBe('tolerance-only');
    expect(context.edited).toBe(false);
    expect(context.history).toEqual([]);
    editor.send({ type: 'preset.choose', name: 'no-such-thing' });
    ({ context } = editor.getSnapshot());
    expect(context.title).toBe(words?.title);
    expect(context.problem).toMatch(/no scenario called “no-such-thing”/);
  });

  it('loading a file validates it: a bad scenario is refused and the current one kept', () => {
    const editor = start();
    editor.send({
      type: 'scenario.load',
      scenario: { regimens: [{ kind: 'fixed', drug: 'heroin' }] },
      title: 'x',
    });
    let { context } = editor.getSnapshot();
    expect(context.title).toBe('oih-escalation');
    expect(context.problem).toMatch(/regimens\.0\.drug: must be one of/);
    editor.send({ type: 'scenario.load', scenario: { durationDays: 30 }, title: '  my file  ' });
    ({ context } = editor.getSnapshot());
    expect(context.title).toBe('my file');
    expect(context.scenario.durationDays).toBe(30);
    expect(context.presetName).toBeNull();
    expect(context.problem).toBeNull();
  });

  it('a file or scene titled with a preset id, as made before presets had titles, shows the title', () => {
    const editor = start();
    editor.send({ type: 'scenario.load', scenario: { durationDays: 30 }, title: 'oih-state (edited)' });
    expect(editor.getSnapshot().context.title).toBe(`${presetWords['oih-state']?.title} (edited)`);
    editor.send({ type: 'scenario.load', scenario: { durationDays: 30 }, title: 'oih-state notes' });
    expect(editor.getSnapshot().context.title).toBe('oih-state notes');
  });

  it('an edit that changes nothing is not counted as a change', () => {
    const editor = start();
    editor.send({ type: 'mechanism.set', mechanism: 'nmda', level: 1 });
    expect(editor.getSnapshot().context.revision).toBe(0);
    expect(editor.getSnapshot().context.edited).toBe(false);
  });
});
