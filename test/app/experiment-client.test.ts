import { describe, expect, it, vi } from 'vitest';
import { experimentAnswerer } from '../../src/app/experiment-answer';
import { createExperimentClient } from '../../src/app/experiment-client';
import type { ExperimentAnswer, ExperimentRequest } from '../../src/app/experiment-protocol';
import { readingsOf, experimentById } from '../../src/science';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A stand-in for the Experiments worker in this thread: messages cross by structured clone, a task later, and are
 * answered by the worker's own handler (experimentAnswerer). `fail()` is a script that failed to load.
 */
function inProcessWorker() {
  const sent: ExperimentRequest[] = [];
  let terminated = false;
  const worker = {
    onmessage: null as ((event: MessageEvent<ExperimentAnswer>) => void) | null,
    onerror: null as ((event: Event) => void) | null,
    onmessageerror: null as ((event: Event) => void) | null,
    postMessage(request: ExperimentRequest) {
      sent.push(structuredClone(request));
      setTimeout(() => !terminated && take(structuredClone(request)), 0);
    },
    terminate: vi.fn(() => {
      terminated = true;
    }),
  };
  const take = experimentAnswerer((answer) => {
    const data = structuredClone(answer);
    setTimeout(() => !terminated && worker.onmessage?.({ data } as MessageEvent<ExperimentAnswer>), 0);
  }, tick);
  const fail = () => worker.onerror?.(new Event('error'));
  return { worker: worker as unknown as Worker & { terminate: typeof worker.terminate }, sent, fail };
}

const ex = (id: string) => experimentById(id)!;
const models = (id: string) => readingsOf(experimentById(id)!).map((r) => r.model);

describe('the Experiments client', () => {
  it('starts the worker with the first request, keeps it for the next, and reports progress', async () => {
    const { worker } = inProcessWorker();
    const makeWorker = vi.fn(() => worker);
    const client = createExperimentClient({ makeWorker, yieldToMain: tick });
    expect(makeWorker).not.toHaveBeenCalled();
    expect(client.where).toBe('not started');
    const progress: [number, number][] = [];
    const first = await client.run(ex('vanderah-2001'), (done, all) => progress.push([done, all]));
    expect(client.where).toBe('worker');
    expect(first?.bands.map((b) => b.model)).toEqual(models('vanderah-2001'));
    const all = progress[0]![1];
    expect(progress).toEqual(Array.from({ length: all }, (_, i) => [i + 1, all]));
    const second = await client.run(ex('laulin-1999'));
    expect(second?.bands.map((b) => b.model)).toEqual(models('laulin-1999'));
    expect(makeWorker).toHaveBeenCalledTimes(1);
  });

  it('a newer request for the same experiment replaces the older: null for it, and the worker told to stop it', async () => {
    const { worker, sent } = inProcessWorker();
    const client = createExperimentClient({ makeWorker: () => worker, yieldToMain: tick });
    const older = client.whatIf(ex('celerier-2000'), 40);
    const other = client.run(ex('laulin-1999'));
    const newer = client.whatIf(ex('celerier-2000'), 150);
    expect(await older).toBeNull();
    expect((await newer)?.value).toBe(150);
    // Another experiment's request is not replaced.
    expect((await other)?.kind).toBe('run');
    expect(sent.map((r) => r.kind)).toEqual(['what-if', 'run', 'cancel', 'what-if']);
    expect(sent[2]).toMatchObject({ kind: 'cancel', of: sent[0]!.id });
  });

  it('rejects with the worker’s message for a model error', async () => {
    const { worker } = inProcessWorker();
    const client = createExperimentClient({ makeWorker: () => worker, yieldToMain: tick });
    const broken = { ...ex('vanderah-2001'), presets: [{ group: 'x', preset: 'no-such-preset' }] };
    await expect(client.run(broken)).rejects.toThrow('no preset no-such-preset');
    // And answers the next request as before.
    expect(await client.run(ex('vanderah-2001'))).not.toBeNull();
  });

  it('answers on the page, with the same numbers, where no worker can start', async () => {
    const yieldToMain = vi.fn(tick);
    const client = createExperimentClient({
      makeWorker: () => {
        throw new Error('workers refused');
      },
      yieldToMain,
    });
    const answer = await client.run(ex('vanderah-2001'));
    expect(client.where).toBe('page');
    expect(answer?.bands.map((b) => b.model)).toEqual(models('vanderah-2001'));
    // It let the page paint between steps.
    expect(yieldToMain).toHaveBeenCalled();
    const none = createExperimentClient({ makeWorker: null, yieldToMain: tick });
    expect((await none.whatIf(ex('celerier-2000'), 150))?.value).toBe(150);
    expect(none.where).toBe('page');
  });

  it('answers on the page when the worker fails to load after it was made', async () => {
    const { worker, fail } = inProcessWorker();
    const client = createExperimentClient({ makeWorker: () => worker, yieldToMain: tick });
    const waiting = client.run(ex('vanderah-2001'));
    fail();
    expect(worker.terminate).toHaveBeenCalled();
    expect(client.where).toBe('page');
    expect((await waiting)?.bands.map((b) => b.model)).toEqual(models('vanderah-2001'));
  });

  it('ends the worker when destroyed: what is waited for resolves with null, later requests too', async () => {
    const { worker } = inProcessWorker();
    const client = createExperimentClient({ makeWorker: () => worker, yieldToMain: tick });
    const waiting = client.run(ex('vanderah-2001'));
    client.destroy();
    expect(worker.terminate).toHaveBeenCalled();
    expect(await waiting).toBeNull();
    expect(await client.run(ex('vanderah-2001'))).toBeNull();
  });
});
