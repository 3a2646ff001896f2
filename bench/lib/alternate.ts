// Side by side: every round measures every contender once, and the order flips each
// round (A B C, C B A, ...), so drift in machine load hits all of them alike.

export interface Contender<T> {
  name: string;
  measure: () => Promise<T>;
}

/** Runs `rounds` rounds of all contenders, alternating the order; returns each contender's samples. */
export async function alternate<T>(contenders: readonly Contender<T>[], rounds: number): Promise<Record<string, T[]>> {
  if (!Number.isInteger(rounds) || rounds < 1) throw new RangeError(`rounds must be a positive integer, not ${rounds}`);
  const samples: Record<string, T[]> = Object.fromEntries(contenders.map((c) => [c.name, [] as T[]]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) samples[contender.name]!.push(await contender.measure());
  }
  return samples;
}
