import { SimulatedClock } from 'xstate';
import { createSession, type Session } from '../../src/app/session';
import { createSimulationClient } from '../../src/app/simulation-client';
import { findPreset, normalizeScenario } from '../../src/model';

/**
 * A session on a preset in Node: no worker, so the clients run the model on this thread with the same discard
 * rules; the chart-day timer runs on a SimulatedClock the test moves.
 */
export function openSession(name: string, tDays: number) {
  const scenario = normalizeScenario(findPreset(name)?.scenario);
  const side = { scenario, title: name, description: '', presetName: name };
  const clients = { a: createSimulationClient(null), b: createSimulationClient(null) };
  const timers = new SimulatedClock();
  const session = createSession(
    { a: side, b: null, shown: 'a', tDays, chartDay: tDays },
    { run: (s, sc, day) => clients[s].run(sc, day), clock: timers },
  );
  return { session, clock: session.clock, timers };
}

/** Resolves with the session's state once `test` holds. */
export const settled = (session: Session, test: (s: Session['state']) => boolean) =>
  new Promise<Session['state']>((resolve) => {
    if (test(session.state)) return resolve(session.state);
    const off = session.subscribe((state) => {
      if (!test(state)) return;
      off();
      resolve(state);
    });
  });
