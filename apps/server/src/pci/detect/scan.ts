import { KeywordIndex } from './keywords.js';
import { LabelIndex } from './label-words.js';
import { findLabels, findLeftovers } from './labels.js';
import { findPans } from './pan.js';
import { RunStore, zero } from './run-store.js';
import { clean, findLabelAcross, findSplit } from './split.js';
import type { ScanState } from './state.js';
import { findRuns, firstHit } from './tokenize.js';
import { worthReading } from './suspect.js';
import { findTracks } from './track.js';
import type { EarlierSpan, PciFinding, PciKind, PciScan } from './types.js';

/**
 * One scan: runs, then card numbers (and track data), then the labelled short numbers, then
 * overlaps merged. Scratch memory is shared between calls (scans are synchronous, so never
 * interleaved) and wiped at the end of each.
 */

const store = new RunStore();
const keys = new KeywordIndex();
let hasPan = new Uint8Array(64);

const priority: Record<PciKind, number> = { track: 6, pan: 5, ssn: 4, expiry: 3, cvv: 2, pin: 1 };

/** Sorts and merges overlapping findings into the stronger kind, covering both spans. */
function resolve(list: PciFinding[]): PciFinding[] {
  if (list.length === 0) return [];
  if (list.length === 1) return [list[0]!];
  list.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: PciFinding[] = [list[0]!];
  for (let i = 1; i < list.length; i++) {
    const f = list[i]!;
    const last = out[out.length - 1]!;
    if (f.start >= last.end) {
      out.push(f);
      continue;
    }
    const keep = priority[f.kind] > priority[last.kind] ? { ...f } : last;
    keep.start = Math.min(last.start, f.start);
    keep.end = Math.max(last.end, f.end);
    out[out.length - 1] = keep;
  }
  return out;
}

// The scan's working state, reused: its lists are emptied after every scan.
const words = new LabelIndex();
const state: ScanState = { text: '', store, keys, words, findings: [], labels: [] };

/** The head run's own card number, if one starts where the run starts. */
function ownCardAtHead(): boolean {
  const first = store.rFirst[0]!;
  const before = state.findings.length;
  const after = findPans(state, 0, first);
  const own = after > first && state.findings[before]!.start === store.gStart[first];
  state.findings.length = before;
  return own;
}

/** Everything after the runs are known: card numbers, split numbers, labels. */
function evaluate(text: string, earlier: readonly string[], spans: EarlierSpan[]): PciFinding[] {
  state.text = text;
  keys.reset(text);
  words.reset(text);
  if (hasPan.length < store.runCount) hasPan = new Uint8Array(store.runCount * 2);
  zero(hasPan, store.runCount);

  let headUsed = 0;
  const head =
    earlier.length > 0 && store.runCount > 0 && clean(text, 0, store.gStart[store.rFirst[0]!]!)
      ? 0
      : -1;
  if (head === 0 && !ownCardAtHead()) headUsed = findSplit(state, 0, earlier, spans);

  for (let r = 0; r < store.runCount; r++) {
    const first = store.rFirst[r]!;
    const end = store.rEnd[r]!;
    const after = findPans(state, r, r === head ? first + headUsed : first);
    if (after > first) {
      hasPan[r] = 1;
      if (after < end) findLeftovers(state, r, after);
    }
  }
  if (store.trackHint) {
    const tracks = findTracks(text);
    if (tracks.length > 0) {
      state.findings.push(...tracks);
      state.findings.sort((x, y) => x.start - y.start);
    }
  }
  for (let r = 0; r < store.runCount; r++) if (!hasPan[r]) findLabels(state, r);
  if (head === 0 && !hasPan[0]) findLabelAcross(state, 0, earlier[earlier.length - 1]!);
  if (state.labels.length > 0) state.findings.push(...state.labels);
  return resolve(state.findings);
}

const noMessages: readonly string[] = [];

/**
 * The answer for a text with nothing in it, shared: most texts are such, and this path is the
 * detector's speed. Frozen, so a caller that tried to add to it would fail loudly.
 */
const nothing: PciScan = Object.freeze({
  findings: Object.freeze([]) as unknown as PciFinding[],
  earlier: Object.freeze([]) as unknown as EarlierSpan[],
  blocked: false,
});

export function scanPci(text: string, options?: { earlier?: readonly string[] }): PciScan {
  const earlier = options?.earlier ?? noMessages;
  // Alone, a text needs a digit or spoken number, then one of the signs `worthReading` looks for,
  // before its numbers are read; with earlier messages it is always read. Nothing is touched
  // before these two tests, so the common case needs no cleaning up.
  let known = -1;
  if (earlier.length === 0) {
    known = firstHit(text);
    if (known < 0 || !worthReading(text)) return nothing;
  }
  try {
    findRuns(text, store, earlier.length > 0, known);
    if (store.runCount === 0 && !store.trackHint) return nothing;
    const spans: EarlierSpan[] = [];
    const findings = evaluate(text, earlier, spans);
    return { findings, earlier: spans, blocked: findings.length > 0 || spans.length > 0 };
  } finally {
    store.wipe();
    keys.reset('');
    words.reset('');
    state.text = '';
    // Fresh lists rather than `length = 0`, which V8 handles in a slow runtime call.
    if (state.findings.length > 0) state.findings = [];
    if (state.labels.length > 0) state.labels = [];
  }
}

/** True if `scanPci(text)` would find anything: for assertions on what leaves for a model or log. */
export function containsCardData(text: string): boolean {
  return scanPci(text).findings.length > 0;
}
