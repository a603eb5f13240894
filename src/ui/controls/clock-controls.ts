import type { ActorRefFrom } from 'xstate';
import { CLOCK_SPEEDS, type clockMachine } from '../../app/clock';
import { controlWords } from '../../content/controls';
import { runTimeText, timeScaleOf, type TimeScale } from '../../content/run-time';
import { appStrings } from '../../content/strings';
import { el } from '../kit/dom';

export type ClockActor = ActorRefFrom<typeof clockMachine>;

/** The clock's time in the words its run is told in ("Day 2, hour 5" for a rat experiment of 10 days). */
export function clockTimeText(clock: ClockActor): string {
  const { tDays, durationDays } = clock.getSnapshot().context;
  return runTimeText(tDays, durationDays);
}

/** One of the four step buttons; `place` is its place in controlWords.clockSteps, whose size follows the run. */
function stepButton(clock: ClockActor, place: number) {
  const button = el('button', { type: 'button', class: 'clock-step' });
  let days = 0;
  button.addEventListener('click', () => clock.send({ type: 'step', days }));
  return {
    button,
    /** Sets the step to the run's time scale (a week for a course, an hour for an experiment). */
    scale(scale: TimeScale) {
      const step = controlWords.clockSteps[scale][place];
      if (!step || step.days === days) return;
      days = step.days;
      button.textContent = step.label;
      button.title = step.title;
    },
  };
}

/**
 * Play/pause, steps of a day and a week (of an hour and a day, or of an hour and six, in a run told in days or
 * hours), the speed, and a time slider bound to the clock actor. The slider
 * moves in days, Page Up/Down a week (the native range input does a tenth of the range, so the step is set
 * explicitly); in a run told in hours or days (an experiment of up to 3 weeks) it moves in hours, Page Up/Down
 * a day.
 */
export function createClockControls(clock: ClockActor): HTMLElement {
  const play = el('button', { type: 'button', class: 'button-primary clock-play' });
  const slider = el('input', { type: 'range', id: 'clock-time', min: 0, step: 1, class: 'clock-slider' });
  const readout = el('output', { for: 'clock-time', class: 'clock-readout', 'aria-live': 'off' });
  play.addEventListener('click', () => clock.send({ type: 'toggle' }));
  /** Slider units per day: 24 (hours) for a short run, else 1. */
  let perDay = 1;
  slider.addEventListener('input', () => clock.send({ type: 'scrub', tDays: Number(slider.value) / perDay }));
  slider.addEventListener('keydown', (event) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const days = perDay === 1 ? 7 : 1;
    clock.send({ type: 'step', days: event.key === 'PageUp' ? days : -days });
  });
  const steps = [0, 1, 2, 3].map((place) => stepButton(clock, place));
  const speed = el('select', { id: 'clock-speed', class: 'clock-speed' });
  for (const daysPerSecond of CLOCK_SPEEDS)
    speed.append(
      el('option', { value: daysPerSecond }, controlWords.speeds[daysPerSecond] ?? `${daysPerSecond} days/s`),
    );
  speed.addEventListener('change', () => clock.send({ type: 'speed', daysPerSecond: Number(speed.value) }));
  const render = () => {
    const snapshot = clock.getSnapshot();
    const { tDays, durationDays } = snapshot.context;
    const playing = snapshot.matches('playing');
    play.textContent = playing ? appStrings.pause : appStrings.play;
    play.setAttribute('aria-label', playing ? appStrings.pause : appStrings.play);
    const scale = timeScaleOf(durationDays);
    perDay = scale === 'weeks' ? 1 : 24;
    for (const step of steps) step.scale(scale);
    slider.max = String(Math.round(durationDays * perDay));
    slider.value = String(Math.floor(tDays * perDay + 1e-6));
    const text = runTimeText(tDays, durationDays);
    slider.setAttribute('aria-valuetext', text);
    readout.textContent = text;
    speed.value = String(snapshot.context.daysPerSecond);
  };
  render();
  clock.subscribe(render);
  return el(
    'div',
    { class: 'clock-controls', role: 'group', 'aria-label': appStrings.timeLabel },
    play,
    el('div', { class: 'clock-steps' }, ...steps.map((step) => step.button)),
    el('label', { for: 'clock-time', class: 'clock-label' }, appStrings.timeLabel),
    slider,
    readout,
    el(
      'span',
      { class: 'clock-speed-field' },
      el('label', { for: 'clock-speed', class: 'clock-label' }, controlWords.speedLabel),
      speed,
    ),
  );
}
