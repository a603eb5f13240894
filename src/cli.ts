/**
 * `npm run --silent simulate -- …`: the model from the command line, for lecturers making figures and for
 * checking the model (issue 3, "CLI"; documented in docs/scenario.md). Imports only src/model and Node
 * built-ins; bad input exits with code 2 and one line on stderr, never a stack trace.
 */
import {
  CLI_SERIES,
  PRESETS,
  findPreset,
  parseScenario,
  valueAt,
  diseaseArea,
  regionsFor,
  type DoseResponse,
  type Scenario,
  type SeriesName,
  type SimulationResult,
  summarizeCohort,
  type CohortSummary,
} from './model/index';
import { cohort, cohortOutcomes, doseResponse, simulateNormalized, untreatedOutcome } from './model/run';

export interface CliOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class UsageError extends Error {}

const USAGE =
  'usage: simulate (--preset NAME | --scenario FILE.json) [--format json|csv] [--sample-hours H] ' +
  '[--dose-response DAY] [--cohort N --seed S [--summary-day D]] | --list-presets';

type Flags = Map<string, string | true>;
const VALUED = new Set([
  'preset',
  'scenario',
  'format',
  'sample-hours',
  'dose-response',
  'cohort',
  'seed',
  'summary-day',
]);
const SWITCHES = new Set(['list-presets', 'help']);

function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"; ${USAGE}`);
    const name = arg.slice(2);
    if (SWITCHES.has(name)) flags.set(name, true);
    else if (VALUED.has(name)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`--${name} needs a value; ${USAGE}`);
      flags.set(name, value);
    } else throw new UsageError(`unknown option --${name}; ${USAGE}`);
  }
  return flags;
}

function numberFlag(
  flags: Flags,
  name: string,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  const raw = flags.get(name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (
    raw === true ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw new UsageError(
      `--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
    );
  }
  return value;
}

/** Runs the CLI on arguments (without node and script) and a file reader; returns what to print. */
export function runCli(argv: readonly string[], readFile: (path: string) => string): CliOutput {
  try {
    return { code: 0, stdout: run(parseFlags(argv), readFile), stderr: '' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { code: 2, stdout: '', stderr: `${message.split('\n')[0] ?? 'error'}\n` };
  }
}

function run(flags: Flags, readFile: (path: string) => string): string {
  if (flags.has('help')) return `${USAGE}\n`;
  if (flags.has('list-presets')) return PRESETS.map((p) => `${p.name}\t${p.description}\n`).join('');
  const format = flags.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be one of: json, csv');
  const scenario = loadScenario(flags, readFile);
  const sampleHours = numberFlag(flags, 'sample-hours', 0.25, 24 * 365) ?? 24;
  const doseDay = numberFlag(flags, 'dose-response', 0, scenario.durationDays);
  if (doseDay !== undefined) return formatDoseResponse(doseResponse(scenario, doseDay), format);
  const n = numberFlag(flags, 'cohort', 1, 1000, true);
  if (n !== undefined) {
    const seed = numberFlag(flags, 'seed', 0, 2 ** 32, true);
    if (seed === undefined) throw new UsageError('--cohort needs --seed S');
    const summaryDay = numberFlag(flags, 'summary-day', 0, scenario.durationDays);
    if (summaryDay !== undefined)
      return formatCohortSummary(scenario, n, seed, cohortSummary(scenario, n, seed, summaryDay), format);
    const patients = cohort(scenario, n, seed).map((p) => ({
      patient: p.index,
      susceptibility: p.susceptibility,
      metabolism: p.metabolism,
      ...sampled(p.result, sampleHours),
    }));
    if (format === 'json') return `${JSON.stringify({ version: 1, scenario, patients })}\n`;
    return patients.map((p, i) => toCsv(p, i === 0, `${p.patient}`)).join('');
  }
  if (flags.has('seed')) throw new UsageError('--seed needs --cohort N');
  if (flags.has('summary-day')) throw new UsageError('--summary-day needs --cohort N --seed S');
  const out = sampled(simulateNormalized(scenario), sampleHours);
  if (format === 'json') return `${JSON.stringify({ version: 1, scenario, ...out })}\n`;
  return toCsv(out, true);
}

function loadScenario(flags: Flags, readFile: (path: string) => string): Scenario {
  const preset = flags.get('preset');
  const file = flags.get('scenario');
  if ((preset === undefined) === (file === undefined))
    throw new UsageError(`give exactly one of --preset or --scenario; ${USAGE}`);
  let input: unknown;
  if (typeof preset === 'string') {
    const found = findPreset(preset);
    if (!found) throw new UsageError(`unknown preset "${preset}"; see --list-presets`);
    input = found.scenario;
  } else if (typeof file === 'string') {
    let text: string;
    try {
      text = readFile(file);
    } catch {
      throw new UsageError(`cannot read scenario file "${file}"`);
    }
    try {
      input = JSON.parse(text);
    } catch {
      throw new UsageError(`scenario file "${file}" is not valid JSON`);
    }
  }
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new UsageError(`invalid scenario: ${parsed.error}`);
  return parsed.scenario;
}

interface Sampled {
  readonly tDays: number[];
  readonly series: Record<string, number[]>;
  readonly regions: { readonly painful: readonly string[]; readonly allodynic: readonly string[] }[];
}

function sampled(result: SimulationResult, sampleHours: number): Sampled {
  const end = result.tDays[result.tDays.length - 1] ?? 0;
  const step = sampleHours / 24;
  const tDays: number[] = [];
  for (let k = 0; k * step <= end + 1e-9; k++) tDays.push(round(k * step, 6));
  const names: SeriesName[] = [
    ...CLI_SERIES,
    ...(result.scenario.subject === 'rat' ? (['dosePerKgPerDay'] as const) : []),
  ];
  const series: Record<string, number[]> = {};
  for (const name of names) series[name] = tDays.map((t) => round(valueAt(result, name, t), 6));
  const site = result.scenario.patient.disease.site;
  const regions = tDays.map((t) =>
    regionsFor(
      site,
      valueAt(result, 'painScore', t),
      valueAt(result, 'painAreaFraction', t),
      valueAt(result, 'allodynia', t),
      diseaseArea(result.scenario.patient.disease),
    ),
  );
  return { tDays, series, regions };
}

function toCsv(out: Sampled, header: boolean, patient?: string): string {
  const names = Object.keys(out.series);
  const lead = patient === undefined ? [] : ['patient'];
  const lines = header ? [[...lead, 'tDays', ...names, 'painfulRegions', 'allodynicRegions'].join(',')] : [];
  out.tDays.forEach((t, i) => {
    const r = out.regions[i];
    const values = names.map((n) => `${out.series[n]?.[i] ?? ''}`);
    const lead2 = patient === undefined ? [] : [patient];
    lines.push(
      [...lead2, `${t}`, ...values, (r?.painful ?? []).join(';'), (r?.allodynic ?? []).join(';')].join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}

/** The cohort at one day: the same function the app's cohort view reads (issue 21), so the shares agree. */
export function cohortSummary(scenario: Scenario, n: number, seed: number, day: number): CohortSummary {
  return summarizeCohort(cohortOutcomes(scenario, n, seed), untreatedOutcome(scenario), day);
}

function formatCohortSummary(
  scenario: Scenario,
  n: number,
  seed: number,
  summary: CohortSummary,
  format: string,
): string {
  if (format === 'json') return `${JSON.stringify({ version: 1, scenario, cohort: { n, seed }, summary })}\n`;
  const of = (s: { count: number; share: number }) =>
    `${s.count} of ${summary.patients} (${round(100 * s.share, 1)} %)`;
  const head = [
    `# cohort of ${n} (seed ${seed}) on day ${summary.day}; pain without the opioid ${round(summary.untreatedPain, 4)}`,
    `# worse than without the opioid: ${of(summary.worse)}`,
    `# allodynia: ${of(summary.allodynia)}`,
    `# tolerance only: ${of(summary.toleranceOnly)}`,
    'patient,susceptibility,metabolism,pain,threshold,allodynia,toleranceFold,class',
  ];
  const rows = summary.each.map((p) =>
    [
      p.index,
      ...[p.susceptibility, p.metabolism, p.pain, p.threshold, p.allodynia, p.toleranceFold].map((x) =>
        round(x, 6),
      ),
      p.class,
    ].join(','),
  );
  return `${[...head, ...rows].join('\n')}\n`;
}

function formatDoseResponse(dr: DoseResponse, format: string): string {
  if (format === 'json') return `${JSON.stringify({ version: 1, ...dr })}\n`;
  const ed = (x: number | null) => (x === null ? 'not reached' : `${round(x, 4)}`);
  const a = dr.acute;
  const head = [
    `# dose-response on day ${dr.atDay}: ${dr.drug} ${dr.route}, doses in ${dr.unit}`,
    `# ED50 naive ${ed(a.naive.ed50)}; tolerance-only ${ed(a.toleranceOnly.ed50)}; scenario ${ed(a.scenario.ed50)}`,
    'dose,acuteNaiveAnalgesia,acuteNaivePain,acuteToleranceOnlyAnalgesia,acuteToleranceOnlyPain,acuteScenarioAnalgesia,acuteScenarioPain,maintainedScenarioPain,maintainedToleranceOnlyPain',
  ];
  const rows = dr.doses.map((d, i) =>
    [
      d,
      a.naive.analgesia[i],
      a.naive.pain[i],
      a.toleranceOnly.analgesia[i],
      a.toleranceOnly.pain[i],
      a.scenario.analgesia[i],
      a.scenario.pain[i],
      dr.maintained.scenario[i],
      dr.maintained.toleranceOnly[i],
    ]
      .map((x) => (x === undefined ? '' : `${round(x, 6)}`))
      .join(','),
  );
  return `${[...head, ...rows].join('\n')}\n`;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The Node process, reached without Node's ambient types (src/ compiles with the browser libraries). */
interface NodeProcess {
  readonly argv: readonly string[];
  exitCode?: number;
  readonly stdout: { write(text: string): boolean };
  readonly stderr: { write(text: string): boolean };
  getBuiltinModule?(name: 'node:fs'): { readFileSync(path: string, encoding: 'utf8'): string };
}

const node = (globalThis as unknown as { process?: NodeProcess }).process;
const entry = node?.argv[1] ?? '';
if (node && /(^|[\\/])cli\.(ts|js|mjs)$/.test(entry)) {
  const fs = node.getBuiltinModule?.('node:fs');
  const output = runCli(node.argv.slice(2), (path) => {
    if (!fs) throw new Error('no file system');
    return fs.readFileSync(path, 'utf8');
  });
  node.stdout.write(output.stdout);
  node.stderr.write(output.stderr);
  node.exitCode = output.code;
}
