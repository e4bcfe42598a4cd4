/** The compressions this server sends: brotli first, as it is smaller for text; gzip for clients without it. */
export type ContentCoding = 'br' | 'gzip';

const SERVER_PREFERENCE: readonly ContentCoding[] = ['br', 'gzip'];

// RFC 9110 §12.4.2: 0 to 1 with at most three decimals.
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

function parseWeights(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name = '', ...parameters] = entry.split(';');
    const coding = name.trim().toLowerCase();
    if (coding === '') continue;
    let weight = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*(.*?)\s*$/i.exec(parameter);
      if (match?.[1] === undefined) continue;
      // A malformed weight says nothing reliable about the client, so the entry is ignored.
      weight = QVALUE.test(match[1]) ? Number(match[1]) : Number.NaN;
    }
    if (Number.isNaN(weight)) continue;
    weights.set(coding, Math.max(weight, weights.get(coding) ?? 0));
  }
  return weights;
}

/**
 * The content coding to answer with, per the request's Accept-Encoding (RFC 9110 §12.5.3), among
 * those the server has for this answer; null for none (identity). An absent or empty header asks
 * for identity. The client's q-values decide; on a tie the server's preference (brotli) wins, and
 * identity only wins when the client names it with a higher weight than every coding on offer.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly ContentCoding[] = SERVER_PREFERENCE,
): ContentCoding | null {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return null;
  const weights = parseWeights(acceptEncoding);
  const anyOther = weights.get('*');
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of SERVER_PREFERENCE) {
    if (!available.includes(coding)) continue;
    const weight = weights.get(coding) ?? anyOther ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  const identity = weights.get('identity');
  return identity !== undefined && identity > bestWeight ? null : best;
}

/** Adds Accept-Encoding to a Vary header value unless it is already there. */
export function varyOnAcceptEncoding(vary: string | null): string {
  if (vary === null || vary.trim() === '') return 'Accept-Encoding';
  const names = vary.split(',').map((name) => name.trim().toLowerCase());
  return names.includes('accept-encoding') || names.includes('*') ? vary : `${vary}, Accept-Encoding`;
}
