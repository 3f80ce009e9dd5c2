import { benchLedger } from './ledger-throughput.js';
import { benchPci } from './pci.js';
import { benchStartup } from './startup.js';
import { benchToolGate } from './tool-gate.js';

/**
 * `npm run bench [-- name…]`: every benchmark, or the named ones. Figures are for comparing runs
 * on one machine, not promises; docs/PERFORMANCE.md records a run and how to repeat it.
 */
const benches: Record<string, () => Promise<void>> = {
  startup: () => benchStartup(),
  ledger: () => benchLedger(),
  tools: () => benchToolGate(),
  pci: () => benchPci(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}`,
  );
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) await benches[name]!();
