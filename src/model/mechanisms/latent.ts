import { relaxSaturating, relaxToward, type OnOffRates } from './relax';

/**
 * Memories (§3.1 (8)).
 * Latent sensitization: a two-stage chain L1 → L following N (t½ ≈ 27 d each, human). It enters S directly
 * and slows N's decay, which gives "no recovery by day 28, near-normal by month 5" (facts #23) — one
 * exponential cannot. It is the "high-level balance" of Célèrier and Simonnet (facts §2.7, #3).
 * Second-hit memory: glia × an ongoing injury leave a memory (t½ ≈ 25–30 d) that slows the injury's
 * resolution (facts #14, Grace 2016), with a critical window because the glia must be active during it:
 * only activation above a threshold leaves a memory (teaching assumption), so primed glia fading away a week
 * before the injury do not.
 */
export function nextLatentStage(level: number, input: number, fallDecay: number, riseDecay: number): number {
  return relaxToward(level, input, input > level ? riseDecay : fallDecay);
}

/** M' = kon·(G − θ)⁺·injury·(1 − M) − koff·M; `glia` is already (G − θ)⁺. */
export function nextSecondHit(level: number, glia: number, injury: number, k: OnOffRates, h: number): number {
  return relaxSaturating(level, k.on * glia * injury, k.off, h);
}
