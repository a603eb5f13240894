// @vitest-environment happy-dom
import { getByRole } from '@testing-library/dom';
import { createActor, fromCallback } from 'xstate';
import { describe, expect, it } from 'vitest';
import { clockMachine } from '../../../src/app/clock';
import { createClockControls } from '../../../src/ui/controls/clock-controls';

/** The clock's step buttons follow how its run is told: weeks and days for a course, days and hours for an
 * experiment, hours for a study of a day (a rat's 10-day fentanyl series stepped by weeks skips it whole). */
const manual = clockMachine.provide({ actors: { ticker: fromCallback(() => () => undefined) } });

function mount(durationDays: number) {
  const clock = createActor(manual, { input: { durationDays } }).start();
  const controls = createClockControls(clock);
  const labels = () => [...controls.querySelectorAll('.clock-step')].map((b) => b.textContent);
  const press = (name: string) => getByRole(controls, 'button', { name }).click();
  return { clock, labels, press, hours: () => clock.getSnapshot().context.tDays * 24 };
}

describe('the clock’s step buttons', () => {
  it('step a course by weeks and days', () => {
    const { labels, press, clock } = mount(182);
    expect(labels()).toEqual(['−1 wk', '−1 d', '+1 d', '+1 wk']);
    press('+1 wk');
    press('+1 d');
    expect(clock.getSnapshot().context.tDays).toBe(8);
  });

  it('step a rat experiment of 10 days by days and hours', () => {
    const { labels, press, hours } = mount(10);
    expect(labels()).toEqual(['−1 d', '−1 h', '+1 h', '+1 d']);
    press('+1 d');
    press('+1 h');
    press('+1 h');
    press('−1 h');
    expect(hours()).toBeCloseTo(25, 9);
  });

  it('step a volunteer study of a day by six hours and one, and follow a change of the run', () => {
    const { labels, press, hours, clock } = mount(1);
    expect(labels()).toEqual(['−6 h', '−1 h', '+1 h', '+6 h']);
    press('+6 h');
    press('+1 h');
    expect(hours()).toBeCloseTo(7, 9);
    clock.send({ type: 'duration', durationDays: 84 });
    expect(labels()).toEqual(['−1 wk', '−1 d', '+1 d', '+1 wk']);
  });
});
