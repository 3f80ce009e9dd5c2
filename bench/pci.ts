import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { Redactor } from '@redactpii/node';
import type * as Detect from '../apps/server/src/pci/detect/index.js';
import {
  generateChatMessages,
  generateHarmlessCorpus,
  generatePanCorpus,
  mulberry32,
  pick,
} from './pci-corpus.js';
import { report, round } from './support.js';
import type { BenchRow } from './support.js';

/**
 * The PCI detector against @redactpii/node, on the same text: throughput on chat-like messages
 * (mostly words, some short numbers, a few cards; one call per message, as in service) and on
 * the harmless corpus (every text full of numbers), recall on the card-number corpus (a card
 * counts as caught when none of its digits survive the redaction, read the way the detector
 * reads digits, spoken ones included), false positives on the harmless corpus, and the time
 * for adversarial megabytes.
 *
 * The detector is loaded from the build (`npm run build` runs first): that is the code the server
 * runs, whereas tsx would time its own on-the-fly transform of the sources.
 */

const SEED = 20261121;
const CHAT_BYTES = 4_000_000;
const CORPUS = 100_000;
const PASSES = 11;

type Scanner = (text: string) => unknown;

/**
 * MB/s of UTF-8 for each scanner over the same messages: the best of several rounds, and in each
 * round the scanners take turns in a rotating order, so a burst of load from elsewhere on a
 * shared machine falls on all of them alike rather than on whichever ran then.
 */
function throughputs(
  messages: readonly string[],
  bytes: number,
  scanners: readonly Scanner[],
): number[] {
  const best = scanners.map(() => Infinity);
  for (let round = 0; round < PASSES * scanners.length; round++) {
    const i = round % scanners.length;
    const scan = scanners[(i + Math.floor(round / scanners.length)) % scanners.length]!;
    const k = scanners.indexOf(scan);
    const started = performance.now();
    for (const m of messages) scan(m);
    best[k] = Math.min(best[k]!, performance.now() - started);
  }
  return best.map((ms) => bytes / 1e6 / (ms / 1000));
}

function adversarial(): Record<string, string> {
  const rng = mulberry32(SEED);
  const seps = [' ', '-', '.', '/', ' - ', '', '\u00a0'];
  let digits = '';
  while (digits.length < 1_000_000) digits += String(Math.floor(rng() * 10)) + pick(rng, seps);
  const words = ['four', 'two', 'oh', 'double', 'forty-two', 'and', 'one', 'hundred'];
  let spoken = '';
  while (spoken.length < 1_000_000) spoken += pick(rng, words) + pick(rng, [' ', ', ', '-']);
  let mixed = '';
  while (mixed.length < 1_000_000) mixed += `card 4${Math.floor(rng() * 1e15)} cvv ${rng()} `;
  return {
    '1 MB of digits and separators': digits,
    '1 MB of number words': spoken,
    '1 MB of card-like numbers among card words': mixed,
    '1 MB of one digit': '7'.repeat(1_000_000),
    '1 MB of "1 a "': '1 a '.repeat(250_000),
  };
}

export async function benchPci(): Promise<void> {
  const dist = path.resolve(import.meta.dirname, '../apps/server/dist/pci/detect/index.js');
  const detect = (await import(pathToFileURL(dist).href)) as typeof Detect;
  const peer = new Redactor({ rules: { CREDIT_CARD: true } });
  const peerAggressive = new Redactor({ rules: { CREDIT_CARD: true }, aggressive: true });

  // Flat strings, as a parsed request body gives them.
  const messages = generateChatMessages(SEED, CHAT_BYTES).map((m) => JSON.parse(JSON.stringify(m)));
  const bytes = messages.reduce((sum, m) => sum + Buffer.byteLength(m), 0);
  const scanners: [string, Scanner][] = [
    ['bankdesk scanPci', (t) => detect.scanPci(t)],
    ['@redactpii/node CREDIT_CARD', (t) => peer.redact(t)],
    ['@redactpii/node CREDIT_CARD aggressive', (t) => peerAggressive.redact(t)],
  ];
  throughputs(
    messages.slice(0, 2000),
    1,
    scanners.map(([, scan]) => scan),
  ); // warm up
  const speed = throughputs(
    messages,
    bytes,
    scanners.map(([, scan]) => scan),
  );

  // The harmless corpus as one more workload: every text carries numbers, many of them long.
  const harmless = generateHarmlessCorpus(SEED, CORPUS);
  const dense = harmless.map((h) => JSON.parse(JSON.stringify(h.texts.at(-1)!)) as string);
  const denseBytes = dense.reduce((sum, m) => sum + Buffer.byteLength(m), 0);
  const denseSpeed = throughputs(
    dense,
    denseBytes,
    scanners.map(([, scan]) => scan),
  );

  const pans = generatePanCorpus(SEED, CORPUS);
  const leaked = (outputs: string[], pan: string) =>
    detect.spelledDigits(outputs.join('\n')).includes(pan);
  const caught = [0, 0, 0];
  for (const item of pans) {
    const last = item.texts.length - 1;
    const scan = detect.scanPci(item.texts[last]!, { earlier: item.texts.slice(0, last) });
    const ours = item.texts.map((t, m) =>
      m === last
        ? detect.redactSpans(t, scan.findings)
        : detect.redactSpans(
            t,
            scan.earlier.filter((s) => s.message === m),
          ),
    );
    if (!leaked(ours, item.pan)) caught[0]!++;
    if (
      !leaked(
        item.texts.map((t) => peer.redact(t)),
        item.pan,
      )
    )
      caught[1]!++;
    if (
      !leaked(
        item.texts.map((t) => peerAggressive.redact(t)),
        item.pan,
      )
    )
      caught[2]!++;
  }

  const flagged = [0, 0, 0];
  for (const item of harmless) {
    const last = item.texts.length - 1;
    if (detect.scanPci(item.texts[last]!, { earlier: item.texts.slice(0, last) }).blocked)
      flagged[0]!++;
    if (item.texts.some((t) => peer.redact(t) !== t)) flagged[1]!++;
    if (item.texts.some((t) => peerAggressive.redact(t) !== t)) flagged[2]!++;
  }

  const rows: BenchRow[] = scanners.map(([name], i) => ({
    name,
    'chat MB/s': round(speed[i]!, 0),
    'x peer': round(speed[i]! / speed[1]!, 2),
    'numbers MB/s': round(denseSpeed[i]!, 0),
    'recall %': round((100 * caught[i]!) / pans.length, 2),
    'harmless flagged %': round((100 * flagged[i]!) / harmless.length, 3),
  }));
  for (const [name, text] of Object.entries(adversarial())) {
    const started = performance.now();
    detect.scanPci(text);
    rows.push({ name: `adversarial: ${name}`, ms: round(performance.now() - started, 1) });
  }
  report(`PCI detector`, rows, 'npm run bench:pci');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchPci();
