import { describe, expect, it } from 'vitest';
import { claimHosts, matches, quotedNumbers, readAt } from './claim-runner';

/**
 * Every number or direction a lesson, a case or the lecture states about the simulation is held to the model
 * (issue 14, build 3): the claim's setup is run and the readout compared, ±0.3 on pain and ±10 % otherwise.
 */
const hosts = claimHosts();

describe('what the words say about the simulation is what the model does', () => {
  it('there are claims to check', () => {
    expect(hosts.length).toBeGreaterThan(0);
  });
  for (const host of hosts) {
    for (const claim of host.claims) {
      if (claim.kind === 'value') {
        it(`${host.where}: “${claim.quoted}” (${claim.readout})`, () => {
          expect(host.words, 'the quoted words are in the text').toContain(claim.quoted);
          const numbers = quotedNumbers(claim.quoted);
          expect(numbers.length, 'one number (or range) per point').toBe(claim.at.length);
          claim.at.forEach((point, i) => {
            const value = readAt(host, claim.readout, point, claim.after);
            const q = numbers[i]!;
            expect(
              matches(claim.readout, value, q),
              `model ${value.toFixed(2)} at day ${point.day} vs ${q.lo}–${q.hi}`,
            ).toBe(true);
          });
        });
      } else {
        it(`${host.where}: ${claim.says} (${claim.readout})`, () => {
          const left = readAt(host, claim.readout, claim.left, claim.after);
          const right =
            (typeof claim.right === 'number'
              ? claim.right
              : readAt(host, claim.readout, claim.right, claim.rightAfter ?? claim.after)) +
            (claim.plus ?? 0);
          if (claim.op === '<') expect(left).toBeLessThan(right);
          else expect(left).toBeGreaterThan(right);
        });
      }
    }
  }
});
