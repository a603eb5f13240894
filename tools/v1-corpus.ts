/**
 * Writes test/fixtures/v1-corpus.json: version-1 links and scenario files as the app wrote them before
 * schema version 2 (presets, and presets edited "from now on" by the version-1 editor, which wrote the dose
 * it read back from a result), each with a digest of its simulated series. test/app/v1-corpus.test.ts opens
 * every one with today's code and checks the series are byte-identical. Run once, on the commit before
 * version 2 (`npx tsx tools/v1-corpus.ts`); regenerating it later would compare today's code with itself.
 */
import { writeFileSync } from 'node:fs';
import { normalizeScenario, PRESETS, snapshotAt, type Scenario } from '../src/model';
import { simulate } from '../src/model/run';
import { writeLink } from '../src/app/link-state';
import { scenarioFile } from '../src/app/scenario-file';
import { applyEdit } from '../src/app/scenario-edits';
import { seriesDigest } from '../test/app/series-digest';

type V1Edit = Parameters<typeof applyEdit>[1];
const entries: { name: string; kind: 'link' | 'file'; text: string; digest: string }[] = [];
const digestOf = (s: Scenario) => seriesDigest(simulate(s));

const link = (scenario: Scenario, compare: Scenario | null = null) =>
  writeLink({
    scenario,
    tDays: 0,
    compare,
    chartDay: null,
    mechanism: null,
    theme: null,
  });

for (const preset of PRESETS) {
  const s = normalizeScenario(preset.scenario);
  entries.push({ name: `${preset.name} (link)`, kind: 'link', text: link(s), digest: digestOf(s) });
}
// The version-1 editor: a from-now edit carried the dose read back from the result at that day.
const clinical = ['oih-maintained', 'tolerance-only', 'escalation-trap', 'oih-state'];
for (const name of clinical) {
  const preset = PRESETS.find((p) => p.name === name);
  if (!preset) continue;
  const base = normalizeScenario(preset.scenario);
  const day = Math.min(84, Math.round(base.durationDays / 2));
  const current = snapshotAt(simulate(base), day).doseMmePerDay;
  const edits: [string, V1Edit][] = [
    ['+50 %', { type: 'dose.change', atDay: day, currentDosePerDay: current, percent: 50 }],
    [
      'taper 10 %/week',
      { type: 'taper.start', atDay: day, currentDosePerDay: current, percent: 10, per: 'week' },
    ],
    [
      'methadone −33 %',
      {
        type: 'drug.rotate',
        atDay: day,
        currentDosePerDay: current,
        toDrug: 'methadone',
        reductionPercent: 33,
      },
    ],
    ['stop', { type: 'opioid.stop', atDay: day }],
    ['ketamine', { type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: day }],
  ];
  for (const [what, edit] of edits) {
    const s = applyEdit(base, edit).scenario;
    entries.push({
      name: `${name} ${what} (file)`,
      kind: 'file',
      text: scenarioFile(s, `${name} ${what}`),
      digest: digestOf(s),
    });
    entries.push({
      name: `${name} ${what} (compare link)`,
      kind: 'link',
      text: link(base, s),
      digest: digestOf(s),
    });
  }
}
writeFileSync('test/fixtures/v1-corpus.json', `${JSON.stringify(entries, null, 1)}\n`);
console.log(`${entries.length} entries written to test/fixtures/v1-corpus.json`);
