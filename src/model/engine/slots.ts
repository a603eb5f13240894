import type { DrugSpec } from '../pharmacology/drugs';
import { propagator, type PkRates, type Propagator } from '../pharmacology/pharmacokinetics';
import { rateFromHalfLife } from '../mechanisms/relax';
import { hasDepot, type RouteId } from '../pharmacology/routes';
import type { Scenario } from '../scenario/scenario-schema';
import { MODEL_STATE_COUNT, SLOT_SIZE } from './state-layout';

/** One drug by one route: where its states are (state-layout.ts, `SLOT`) and its exact propagators. */
export interface Slot {
  readonly drug: DrugSpec;
  readonly route: RouteId;
  readonly offset: number;
  readonly depot: boolean;
  readonly rates: PkRates;
  readonly stepPropagator: Propagator;
  /** Propagator over one of the integrator's sub-steps. */
  readonly subPropagator: Propagator;
  /** Offsets of every slot of the same drug (other routes included), this one too: its own tolerance. */
  readonly sameDrugOffsets: readonly number[];
}

/** The slots of a run, made as doses name them (`slotFor` returns a slot's index), finished once they all
 * are. */
export interface SlotTable {
  readonly slotFor: (drug: DrugSpec, route: RouteId) => number;
  readonly rates: () => PkRates[];
  readonly finish: (substeps: number) => Slot[];
}

export function slotTable(scenario: Scenario, stepDays: number): SlotTable {
  const slots: Omit<Slot, 'subPropagator' | 'sameDrugOffsets'>[] = [];
  const slotFor = (drug: DrugSpec, route: RouteId): number => {
    const found = slots.findIndex((s) => s.drug === drug && s.route === route);
    if (found >= 0) return found;
    const k = scenario.subject === 'human' ? drug.human : drug.rat;
    const absorption =
      route === 'oral' || route === 'transdermal' || route === 'subcutaneous' ? k.absorptionHours[route] : 0;
    const rates: PkRates = {
      ka: hasDepot(route) ? rateFromHalfLife(absorption / 24) : Infinity,
      ke: rateFromHalfLife(k.halfLifeHours / 24) * scenario.patient.metabolism,
      ke0: rateFromHalfLife(k.effectSiteHalfLifeHours / 24),
    };
    const offset = MODEL_STATE_COUNT + slots.length * SLOT_SIZE;
    slots.push({
      drug,
      route,
      offset,
      depot: hasDepot(route),
      rates,
      stepPropagator: propagator(rates, stepDays),
    });
    return slots.length - 1;
  };
  return {
    slotFor,
    rates: () => slots.map((s) => s.rates),
    finish: (substeps) =>
      slots.map((s) => ({
        ...s,
        subPropagator: propagator(s.rates, stepDays / substeps),
        sameDrugOffsets: slots.filter((o) => o.drug === s.drug).map((o) => o.offset),
      })),
  };
}
