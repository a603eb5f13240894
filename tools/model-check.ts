/**
 * `npm run model:check`: every validation band (facts §3.4) and every whole-range property (issue 14) with
 * the model's value and pass/miss, in one list — the quick loop while changing the model. `--misses` prints
 * only the misses; `--only P` only rows whose id or item starts with P.
 */
import { PARAMETERS } from '../src/model/index';
import { BANDS, PROPERTIES, withinBand } from '../src/science/index';

// OVR='{"human.nmda.gliaWeight": 0.3}' tries parameter values without editing the tables (never committed).
const overrides = JSON.parse(process.env.OVR ?? '{}') as Record<string, number>;
for (const [key, value] of Object.entries(overrides)) {
  const [subject, group, name] = key.split('.') as [string, string, string];
  const table = PARAMETERS as unknown as Record<string, Record<string, Record<string, { value: number }>>>;
  const g = table[subject]?.[group];
  if (!g?.[name]) throw new Error(`no parameter ${key}`);
  table[subject]![group] = { ...g, [name]: { ...g[name]!, value } };
}

const onlyMisses = process.argv.includes('--misses');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? process.argv[onlyArg + 1] : undefined;
const rows = [...BANDS.map((b) => ({ id: `#${b.item}`, ...b })), ...PROPERTIES.map((p) => ({ ...p }))].filter(
  (r) => only === undefined || r.id.replace('#', '').startsWith(only.replace('#', '')),
);
let misses = 0;
const t0 = performance.now();
for (const r of rows) {
  let value: number;
  try {
    value = r.measure();
  } catch (e) {
    value = NaN;
    console.log(`ERR  ${r.id} ${r.behaviour}: ${(e as Error).message}`);
  }
  const ok = withinBand(value, r.band);
  if (!ok) misses++;
  if (!onlyMisses || !ok)
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${r.id.padEnd(4)} ${value.toFixed(3).padStart(8)}  [${r.bandText}]  ${r.behaviour}`,
    );
}
console.log(
  `${rows.length - misses}/${rows.length} pass, ${misses} miss (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
