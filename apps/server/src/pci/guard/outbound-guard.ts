import { redactPci } from '../detect/index.js';
import type { PciKind } from '../detect/index.js';

export interface ScrubResult<T> {
  value: T;
  /** The kinds that were masked; empty when the value was clean. */
  kinds: PciKind[];
}

/**
 * Masks card data in anything about to leave: a reply (a PAN shows as its last four), a tool
 * result on its way to a model, a log line. Objects and arrays are walked; only strings change.
 * Used on values we produced ourselves, so a hit means a bug upstream: callers audit it.
 */
export function scrubOutbound<T>(value: T): ScrubResult<T> {
  const kinds = new Set<PciKind>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const { text, scan } = redactPci(v, { style: 'mask' });
      for (const f of scan.findings) kinds.add(f.kind);
      return scan.blocked ? text : v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(v)) out[key] = walk(inner);
      return out;
    }
    return v;
  };
  const scrubbed = walk(value) as T;
  return { value: kinds.size > 0 ? scrubbed : value, kinds: [...kinds].sort() };
}
