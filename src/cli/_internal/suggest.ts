// "Did you mean check?": the command or option nearest to a mistyped one, as many command-line
// tools suggest it (commander, git). Nearness is the optimal string alignment distance, the
// Damerau-Levenshtein distance in which no part of a word is edited twice: insertions, deletions,
// substitutions and swaps of two neighbouring characters each count 1.

/** Beyond this many edits a word is not a slip of the keyboard. */
const MAX_DISTANCE = 3;
/** The share of the longer word that must be left unedited. */
const MIN_SIMILARITY = 0.4;

/** The number of edits between two words (insert, delete, substitute, swap two neighbours). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_DISTANCE) return Math.max(a.length, b.length);
  // d[i][j]: the distance between the first i characters of a and the first j of b.
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) d.push([i]);
  for (let j = 1; j <= b.length; j += 1) (d[0] as number[])[j] = j;
  for (let j = 1; j <= b.length; j += 1) {
    for (let i = 1; i <= a.length; i += 1) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * The line that suggests the names nearest to a mistyped one, starting with a line break, or ''
 * when none is near. Options are compared without their `--`; names of one character are never
 * suggested.
 */
export function suggestion(word: string, names: readonly string[]): string {
  const options = word.startsWith('--');
  const bare = (name: string): string => (options ? name.slice(2) : name);
  const typed = bare(word);
  let nearest: string[] = [];
  let best = MAX_DISTANCE;
  for (const name of new Set(names)) {
    const candidate = bare(name);
    if (candidate.length <= 1) continue;
    const distance = editDistance(typed, candidate);
    const length = Math.max(typed.length, candidate.length);
    if ((length - distance) / length <= MIN_SIMILARITY) continue;
    if (distance < best) {
      best = distance;
      nearest = [name];
    } else if (distance === best) {
      nearest.push(name);
    }
  }
  nearest.sort((a, b) => bare(a).localeCompare(bare(b)));
  if (nearest.length === 0) return '';
  return nearest.length === 1 ? `\n(Did you mean ${nearest[0]}?)` : `\n(Did you mean one of ${nearest.join(', ')}?)`;
}
