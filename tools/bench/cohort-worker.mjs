// The worker thread's entry: Node does not pass tsx's loader on to worker threads started from a .ts file
// (tsx issue #354), so this plain module registers it and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./cohort-worker.ts');
