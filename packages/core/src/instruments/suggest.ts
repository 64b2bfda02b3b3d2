/**
 * Levenshtein distance, giving up (returning `max + 1`) as soon as it must exceed `max`.
 * `row` is a reusable buffer at least `b.length + 1` long.
 */
export function boundedLevenshtein(a: string, b: string, max: number, row: Uint16Array = new Uint16Array(b.length + 1)): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  for (let j = 0; j <= b.length; j++) row[j] = j
  for (let i = 1; i <= a.length; i++) {
    let previousDiagonal = row[0]!
    row[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(above + 1, row[j - 1]! + 1, previousDiagonal + cost)
      row[j] = value
      previousDiagonal = above
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
  }
  return row[b.length]!
}

/**
 * The candidates closest to `query` (case-insensitive): small edit distance, or one containing the other.
 * Best first, at most `limit`.
 */
export function closestMatches(query: string, candidates: Iterable<string>, limit = 5): string[] {
  const q = query.trim().toUpperCase()
  if (q === '' || limit <= 0) return []
  const max = Math.max(2, Math.ceil(q.length * 0.4))
  const row = new Uint16Array(256)
  const best: { value: string; score: number }[] = []
  let worst = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const c = candidate.toUpperCase()
    let score: number
    if (c.includes(q) || q.includes(c)) score = 0.5 + 0.1 * Math.abs(c.length - q.length)
    else {
      const bound = best.length < limit ? max : Math.min(max, Math.floor(worst))
      const buffer = c.length < row.length ? row : new Uint16Array(c.length + 1)
      score = boundedLevenshtein(q, c, bound, buffer)
      if (score > bound) continue
    }
    if (best.length >= limit && score >= worst) continue
    best.push({ value: candidate, score })
    best.sort((x, y) => x.score - y.score || x.value.length - y.value.length || (x.value < y.value ? -1 : 1))
    if (best.length > limit) best.pop()
    worst = best.length >= limit ? best[best.length - 1]!.score : Number.POSITIVE_INFINITY
  }
  return best.map((b) => b.value)
}
