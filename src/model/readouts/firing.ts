/**
 * Firing rates the pathway scene animates, in impulses per second. A documented teaching assumption (issue 3,
 * scope 9): the rates are not fitted to recordings, they translate the model's states into what a textbook
 * shows — nociceptors fire with the disease input and HCN2 excitability; light-touch (Aβ) fibres do not
 * change, but once allodynia passes 0.5 their input reaches the projection neuron; the projection neuron
 * carries the pain signal (amplified by sensitization S, damped by analgesia); opioids silence RVM ON cells
 * and excite OFF cells, and descending facilitation (R) turns that around (facts #7, #9).
 */
export interface FiringRates {
  readonly nociceptor: number;
  readonly touchFibre: number;
  readonly projectionNeuron: number;
  readonly rvmOn: number;
  readonly rvmOff: number;
}

export interface FiringInputs {
  readonly diseasePain: number;
  readonly hcn2: number;
  readonly sensitization: number;
  readonly analgesia: number;
  readonly allodynia: number;
  readonly rvm: number;
  readonly withdrawal: number;
}

const TOUCH_FIBRE_HZ = 4;

export function firingRates(x: FiringInputs): FiringRates {
  const nociceptor = (1 + 1.2 * x.diseasePain) * (1 + x.hcn2) + 3 * x.hcn2;
  const touchRelay = x.allodynia > 0.5 ? TOUCH_FIBRE_HZ * (2 * x.allodynia - 1) : 0;
  const projectionNeuron =
    (1 + 1.2 * x.diseasePain) * (1 + 2 * x.sensitization) * (1 - x.analgesia) + touchRelay;
  // ON cells overtake OFF cells once descending facilitation is moderate (R ≈ 0.25–0.3), so the scene shows
  // facilitation when the model's RVM level says it matters (teaching assumption).
  const rvmOn = 3 * (1 + 8 * x.rvm) * (1 - 0.6 * x.analgesia) + 4 * x.withdrawal;
  const rvmOff = 6 * (1 + 1.5 * x.analgesia) * (1 - 0.5 * x.rvm);
  return { nociceptor, touchFibre: TOUCH_FIBRE_HZ, projectionNeuron, rvmOn, rvmOff };
}
