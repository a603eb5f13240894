/**
 * A vitest browser command (vitest.browser.config.ts): the cohort's summary as the CLI prints it in Node
 * (`simulate --preset P --cohort N --seed S --summary-day D`), for test/app/cohort-pool.browser.test.ts to
 * compare with the same cohort computed in the browser's workers. The CLI runs in a child process, so this
 * config imports no model code.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BrowserCommand } from 'vitest/node';

const run = promisify(execFile);

export const cohortFromCli: BrowserCommand<[preset: string, n: number, seed: number, day: number]> = async (
  _context,
  preset,
  n,
  seed,
  day,
) => {
  // Commands run in this Node process: only a preset's name and whole numbers reach the command line.
  if (!/^[a-z0-9-]{1,80}$/.test(preset) || ![n, seed, day].every((x) => Number.isInteger(x) && x >= 0))
    throw new Error('cohortFromCli: a preset name and whole numbers only');
  const args = ['tsx', 'src/cli.ts', '--preset', preset, '--cohort', `${n}`, '--seed', `${seed}`];
  const { stdout } = await run('npx', [...args, '--summary-day', `${day}`], { maxBuffer: 1 << 26 });
  return (JSON.parse(stdout) as { summary: unknown }).summary;
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** The CLI's summary object (src/model's CohortSummary, through JSON). */
    cohortFromCli: (preset: string, n: number, seed: number, day: number) => Promise<unknown>;
  }
}
