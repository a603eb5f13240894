import type { ActorRefFrom } from 'xstate';
import { CLOCK_SPEEDS, type clockMachine } from '../../app/clock';
import { controlWords } from '../../content/controls';
import { appStrings } from '../../content/strings';
import { el } from '../kit/dom';

export type ClockActor = ActorRefFrom<typeof clockMachine>;

/** "Week 6, day 3" for a time in days. */
export function weekDayText(tDays: number): string {
  const whole = Math.max(0, Math.floor(tDays + 1e-9));
  return `${appStrings.week} ${Math.floor(whole / 7)}, ${appStrings.day} ${whole % 7}`;
}

function stepButton(clock: ClockActor, days: number, label: string): HTMLButtonElement {
  const button = el(
    'button',
    { type: 'button', class: 'clock-step', title: controlWords.stepTitles[String(days)] },
    label,
  );
  button.addEventListener('click', () => clock.send({ type: 'step', days }));
  return button;
}

/**
 * Play/pause, steps of a day and a week, the speed, and a time slider bound to the clock actor. The slider
 * moves in days; Page Up/Down move a week (the native range input does a tenth of the range, so the step is
 * set explicitly).
 */
export function createClockControls(clock: ClockActor): HTMLElement {
  const play = el('button', { type: 'button', class: 'button-primary clock-play' });
  const slider = el('input', { type: 'range', id: 'clock-time', min: 0, step: 1, class: 'clock-slider' });
  const readout = el('output', { for: 'clock-time', class: 'clock-readout', 'aria-live': 'off' });
  play.addEventListener('click', () => clock.send({ type: 'toggle' }));
  slider.addEventListener('input', () => clock.send({ type: 'scrub', tDays: Number(slider.value) }));
  slider.addEventListener('keydown', (event) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    clock.send({ type: 'step', days: event.key === 'PageUp' ? 7 : -7 });
  });
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
    slider.max = String(Math.round(durationDays));
    slider.value = String(Math.floor(tDays + 1e-9));
    slider.setAttribute('aria-valuetext', weekDayText(tDays));
    readout.textContent = weekDayText(tDays);
    speed.value = String(snapshot.context.daysPerSecond);
  };
  render();
  clock.subscribe(render);
  return el(
    'div',
    { class: 'clock-controls', role: 'group', 'aria-label': appStrings.timeLabel },
    play,
    el(
      'div',
      { class: 'clock-steps' },
      stepButton(clock, -7, controlWords.stepBackWeek),
      stepButton(clock, -1, controlWords.stepBackDay),
      stepButton(clock, 1, controlWords.stepForwardDay),
      stepButton(clock, 7, controlWords.stepForwardWeek),
    ),
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
