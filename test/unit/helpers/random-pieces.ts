/** Picks from a seeded generator: an element of a list, and a piece of a text (1 to 6 characters, code points) as a broker types it. */
export function randomPieces(r: () => number): { pick: <T>(xs: readonly T[]) => T; piece: (text: string) => string } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const piece = (text: string) => {
    const chars = [...text];
    const len = 1 + Math.floor(r() * Math.min(6, chars.length));
    const start = Math.floor(r() * Math.max(1, chars.length - len + 1));
    return chars.slice(start, start + len).join('');
  };
  return { pick, piece };
}
