import { createHash } from 'node:crypto';
import { SERIES_NAMES, type SimulationResult } from '../../src/model';

/** A digest of every simulated series, byte for byte (the version-1 corpus compares them). */
export function seriesDigest(result: SimulationResult): string {
  const hash = createHash('sha256');
  for (const name of SERIES_NAMES) {
    const series = result.series[name];
    hash.update(name);
    hash.update(new Uint8Array(series.buffer, series.byteOffset, series.byteLength));
  }
  return hash.digest('hex');
}
