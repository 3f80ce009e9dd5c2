import type { LanguageModelMiddleware } from 'ai';
import { AppError } from '../../errors/index.js';
import { scanPci } from '../detect/index.js';
import type { PciKind } from '../detect/index.js';

/**
 * The last check before any language model, whichever provider: the whole request — system
 * prompt, messages, tool calls and results, tool descriptions — is scanned, and if anything
 * card-like is present the call is refused before a byte leaves. By then the inbound guard should
 * have caught it, so a hit here is a defect: `onBlocked` audits it and the turn fails closed.
 */
export function pciGuardMiddleware(options: {
  onBlocked: (kinds: PciKind[]) => Promise<void>;
}): LanguageModelMiddleware {
  return {
    specificationVersion: 'v3',
    async transformParams({ params }) {
      const request = JSON.stringify({ prompt: params.prompt, tools: params.tools ?? [] });
      const scan = scanPci(request);
      if (scan.blocked) {
        const kinds = [...new Set(scan.findings.map((f) => f.kind))].sort();
        await options.onBlocked(kinds);
        throw new AppError(
          'PCI_BLOCKED',
          `a model request carried card data (${kinds.join(', ')}); it was not sent`,
        );
      }
      return params;
    },
  };
}
