/** A band of the validation list and how the model's value is measured (bands.ts). */
export type Band = readonly ['≥' | '≤' | '>' | '<', number] | readonly ['in', number, number];

export interface BandCheck {
  /** facts §3.4 item number, or the experiment's name for those added since (issue 14). */
  readonly item: number | string;
  readonly behaviour: string;
  readonly published: string;
  readonly band: Band;
  readonly bandText: string;
  readonly measure: () => number;
}

export function withinBand(value: number, band: Band): boolean {
  switch (band[0]) {
    case '≥':
      return value >= band[1];
    case '≤':
      return value <= band[1];
    case '>':
      return value > band[1];
    case '<':
      return value < band[1];
    case 'in':
      return value >= band[1] && value <= band[2];
  }
}
