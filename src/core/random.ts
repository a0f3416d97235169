import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of integers; the same seed always gives the same sequence. */
export interface SeededRandom {
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
}

/** Seeds are 32-bit integers so they can be stored, typed and reproduced exactly. */
export function createRandom(seed: number): SeededRandom {
  const generator = xoroshiro128plus(seed | 0);
  return { int: (min, max) => uniformInt(generator, min, max) };
}

/** FNV-1a over the UTF-16 code units of `text`: a stable 32-bit hash for seeds and draws derived from names. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
