import { EPS } from '../scenario/time';
import type { RunMemory } from './run-memory';
import type { Runtime } from './setup';

/** Pain-triggered escalation: at each check, raise the dose if the averaged pain exceeds the target. */
export function escalate(rt: Runtime, memory: RunMemory, t: number): void {
  if (rt.escalators.length === 0) return;
  rt.escalators.forEach((e, i) => {
    let next = memory.escalatorNext[i] ?? 0;
    while (next < e.checkDays.length && (e.checkDays[next] ?? Infinity) <= t + EPS) {
      if (memory.lastPain > e.painTarget) {
        const f = memory.escalatorFactors[i] ?? 1;
        memory.escalatorFactors[i] = Math.min(
          e.maxFactor,
          f * (1 + e.stepPercent / 100) + e.stepAmountFactor,
        );
      }
      next++;
    }
    memory.escalatorNext[i] = next;
  });
}
