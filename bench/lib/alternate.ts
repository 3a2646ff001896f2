// Side by side: every round measures every contender once, and the order flips each
// round (A B C, C B A, ...), so drift in machine load hits all of them alike.

export interface Contender<T> {
  name: string;
  measure: () => Promise<T>;
}

/**
 * Runs `rounds` rounds of all contenders, alternating the order; returns each contender's
 * samples. With `random`, each round's order is shuffled instead: with many contenders a
 * fixed neighbour (whose garbage the next one collects) biases a flip-only order.
 */
export async function alternate<T>(contenders: readonly Contender<T>[], rounds: number, random?: () => number): Promise<Record<string, T[]>> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be a positive integer, not ${rounds}`);
  const samples: Record<string, T[]> = Object.fromEntries(contenders.map((c) => [c.name, [] as T[]]));
  for (let round = 0; round < rounds; round++) {
    const order = random ? shuffled(contenders, random) : round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) samples[contender.name]!.push(await contender.measure());
  }
  return samples;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// A seeded PRNG (mulberry32), so a benchmark's orders are the same every run.
export { seededRandom } from "../../src/util/seeded-random.js";
