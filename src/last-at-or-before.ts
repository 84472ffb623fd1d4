/**
 * The index of the last of `length` ascending keys that is at most `value`, by
 * halving; 0 when none is (the first line, segment or sentence holds whatever
 * comes before it).
 */
export function lastAtOrBefore(length: number, keyAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (keyAt(middle) <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
