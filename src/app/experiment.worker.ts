/// <reference lib="webworker" />
// The Experiments view's own thread (issue 20): an experiment's runs, bands and curves and its what-ifs are
// computed here, so the page only draws. It stays up while the view lives, and with it the science spec's
// caches of preset runs: a second run of an experiment, or another using the same presets, is quick.
import { experimentAnswerer } from './experiment-answer';
import type { ExperimentRequest } from './experiment-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * A new task at once (a MessageChannel message, not a timer, which nested timers clamp to 4 ms): a cancel
 * that arrived during a step is read before the next step.
 */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const answer = experimentAnswerer((message) => scope.postMessage(message), pause);
scope.onmessage = (event: MessageEvent<ExperimentRequest>) => answer(event.data);
