import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli';
import { CLI_SERIES, PRESETS } from '../../src/model/index';

const read = (path: string) => readFileSync(path, 'utf8');
const cli = (...args: string[]) => runCli(args, read);

describe('CLI (issue 3, "CLI")', () => {
  it('--list-presets prints name<TAB>description for every preset', () => {
    const out = cli('--list-presets');
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(PRESETS.length);
    for (const line of lines) expect(line.split('\t')).toHaveLength(2);
  });

  it('prints JSON with the normalized scenario, daily tDays, every series and the regions', () => {
    const out = cli('--preset', 'chu-2012-moderate-dose');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as {
      version: number;
      scenario: unknown;
      tDays: number[];
      series: Record<string, number[]>;
      regions: unknown[];
    };
    expect(json.version).toBe(1);
    expect(json.tDays).toHaveLength(31);
    expect(Object.keys(json.series)).toEqual([...CLI_SERIES]);
    expect(json.regions).toHaveLength(31);
    expect(json.series.doseMmePerDay?.[5]).toBe(78);
  });

  it('--sample-hours changes the sampling; --format csv has one column per series', () => {
    const out = cli('--preset', 'chu-2012-moderate-dose', '--format', 'csv', '--sample-hours', '6');
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(1 + 30 * 4 + 1);
    expect(lines[0]?.split(',')).toEqual(['tDays', ...CLI_SERIES, 'painfulRegions', 'allodynicRegions']);
  });

  it('rat presets also report the dose per kg, and doseMmePerDay stays 0', () => {
    const json = JSON.parse(cli('--preset', 'laulin-daily-morphine').stdout) as {
      series: Record<string, number[]>;
    };
    expect(json.series.dosePerKgPerDay?.[1]).toBe(5);
    expect(Math.max(...(json.series.doseMmePerDay ?? [1]))).toBe(0);
  });

  it('--dose-response DAY prints the acute and maintained curves with their ED50s', () => {
    const json = JSON.parse(cli('--preset', 'chu-2012-moderate-dose', '--dose-response', '30').stdout) as {
      doses: number[];
      acute: { naive: { ed50: number | null } };
      maintained: { scenario: number[] };
    };
    expect(json.doses).toHaveLength(41);
    expect(json.acute.naive.ed50).toBeGreaterThan(0);
    expect(json.maintained.scenario).toHaveLength(41);
  });

  it('--cohort N --seed S prints one series set per patient, the same for the same seed', () => {
    const a = cli('--preset', 'chu-2012-moderate-dose', '--cohort', '3', '--seed', '7');
    const b = cli('--preset', 'chu-2012-moderate-dose', '--cohort', '3', '--seed', '7');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect((JSON.parse(a.stdout) as { patients: unknown[] }).patients).toHaveLength(3);
  });

  it.each([
    [['--preset', 'nope']],
    [['--preset']],
    [['--format', 'xml', '--preset', 'naive']],
    [['--scenario', '/nonexistent.json']],
    [['--preset', 'naive', '--cohort', '2']],
    [['--preset', 'naive', '--dose-response', '-3']],
    [['--bogus']],
    [[]],
  ])('rejects %j with exit code 2 and one line on stderr', (args) => {
    const out = cli(...args);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).not.toMatch(/at .*\(/);
  });

  it('an invalid scenario file names the field and the allowed values', () => {
    const out = runCli(['--scenario', 'x.json'], () =>
      JSON.stringify({ regimens: [{ kind: 'fixed', drug: 'heroin', dosePerDay: 10 }] }),
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('regimens.0.drug');
    expect(out.stderr).toContain('morphine');
  });
});
