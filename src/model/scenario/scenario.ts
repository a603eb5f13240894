import * as v from 'valibot';
import { ScenarioSchema, type Scenario } from './scenario-schema';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Validates and normalizes a scenario; on failure one line naming the field and the allowed values. */
export function parseScenario(input: unknown): ParseResult {
  const result = v.safeParse(ScenarioSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '(scenario)';
    return { ok: false, error: `${path}: ${issue.message}` };
  }
  const unitError = checkUnits(result.output);
  if (unitError) return { ok: false, error: unitError };
  return { ok: true, scenario: result.output };
}

/** Like parseScenario, but throws an Error with that one line. */
export function normalizeScenario(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

/** Human doses are MME (µg/kg or mg/kg only for volunteer protocols); rat doses are never MME. */
function checkUnits(scenario: Scenario): string | undefined {
  for (const [i, regimen] of scenario.regimens.entries()) {
    if (scenario.subject === 'rat' && 'unit' in regimen && regimen.unit === 'MME') {
      return `regimens.${i}.unit: must be one of: mg/kg, ug/kg (rat doses are per kg, never MME)`;
    }
  }
  return undefined;
}
