/**
 * How much longer work takes on an input 4× larger: about 4 for linear work, 16 for
 * quadratic. It compares the work with itself, never with a clock budget, so a slow or busy
 * machine moves both sides alike. Each side is the fastest of several runs (noise only ever
 * adds time), the input grows until one run takes long enough to time, and the ratio is
 * measured up to three times, keeping the smallest: a busy neighbour can inflate one
 * measurement, but cannot make quadratic work look linear three times.
 */
export function growthRatio(prepare: (size: number) => () => unknown, startSize: number): number {
  let size = startSize;
  while (fastest(prepare(size), 3) < 4 && size < startSize * 64) size *= 2;
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= 8; attempt++) {
    const small = fastest(prepare(size), 5);
    const large = fastest(prepare(size * 4), 5);
    best = Math.min(best, large / Math.max(small, 0.05));
  }
  return best;
}

function fastest(run: () => unknown, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
