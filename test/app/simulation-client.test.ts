import { describe, expect, it } from 'vitest';
import { findPreset, normalizeScenario } from '../../src/model';
import { simulate, doseResponse } from '../../src/model/run';
import { answer, type SimulationRequest } from '../../src/app/simulation-protocol';
import { createSimulationClient } from '../../src/app/simulation-client';

const scenario = normalizeScenario({ ...findPreset('tolerance-only')!.scenario, durationDays: 14 });

/** A stand-in for the Web Worker that answers when told to, in any order. */
function fakeWorker() {
  const inbox: SimulationRequest[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: Event) => void) | null,
    onmessageerror: null as ((event: Event) => void) | null,
    postMessage: (request: SimulationRequest) => void inbox.push(request),
    terminate: () => undefined,
  };
  const reply = (index: number) => {
    const request = inbox[index]!;
    worker.onmessage?.({ data: answer(request, { simulate, doseResponse }) } as MessageEvent);
  };
  const fail = () => worker.onerror?.(new Event('error'));
  return { worker: worker as unknown as Worker, reply, fail, inbox };
}

describe('simulation client', () => {
  it('runs the model on this thread when no worker can start', async () => {
    const client = createSimulationClient(() => {
      throw new Error('workers refused');
    });
    const done = await client.run(scenario, null);
    expect(done?.result.tDays.at(-1)).toBeCloseTo(14);
    expect(done?.doseResponse).toBeNull();
  });

  it('discards the result of a scenario that a newer request superseded', async () => {
    const { worker, reply } = fakeWorker();
    const client = createSimulationClient(() => worker);
    const older = client.run(scenario, null);
    const newer = client.run({ ...scenario, durationDays: 7 }, 7);
    reply(0);
    reply(1);
    const [a, b] = await Promise.all([older, newer]);
    expect(a).toBeNull();
    expect(b?.result.tDays.at(-1)).toBeCloseTo(7);
    expect(b?.doseResponse?.doses).toHaveLength(41);
  });

  it('sends one request at a time; while it runs only the newest waits, the ones between are never computed', async () => {
    const { worker, reply, inbox } = fakeWorker();
    const client = createSimulationClient(() => worker);
    const first = client.run(scenario, null);
    const between = [9, 10, 11].map((days) => client.run({ ...scenario, durationDays: days }, null));
    const last = client.run({ ...scenario, durationDays: 12 }, null);
    expect(inbox).toHaveLength(1);
    expect(await Promise.all(between)).toEqual([null, null, null]);
    reply(0);
    expect(await first).toBeNull();
    expect(inbox.map((r) => r.scenario.durationDays)).toEqual([14, 12]);
    reply(1);
    expect((await last)?.result.tDays.at(-1)).toBeCloseTo(12);
  });

  it('settles a waiting request too when it is destroyed', async () => {
    const { worker } = fakeWorker();
    const client = createSimulationClient(() => worker);
    const running = client.run(scenario, null);
    const waiting = client.run({ ...scenario, durationDays: 7 }, null);
    client.destroy();
    expect(await running).toBeNull(); // superseded by the waiting one
    await expect(waiting).rejects.toThrow('The simulation was closed.');
  });

  it('answers on this thread when the worker fails to load after it was created', async () => {
    const { worker, fail } = fakeWorker();
    const client = createSimulationClient(() => worker);
    const waiting = client.run(scenario, null);
    fail();
    expect((await waiting)?.result.tDays.at(-1)).toBeCloseTo(14);
    // Later requests do not wait for the dead worker either.
    expect((await client.run(scenario, null))?.result.tDays.at(-1)).toBeCloseTo(14);
  });

  it('settles what is pending when it is destroyed', async () => {
    const { worker } = fakeWorker();
    const client = createSimulationClient(() => worker);
    const waiting = client.run(scenario, null);
    client.destroy();
    await expect(waiting).rejects.toThrow('The simulation was closed.');
  });

  it('turns a model error into a rejected promise with its message', async () => {
    const client = createSimulationClient(null);
    const broken = { ...scenario, durationDays: -5 } as typeof scenario;
    const outcome = await client.run(broken, null).then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    expect(outcome).toMatch(/^durationDays: must be/);
  });
});
