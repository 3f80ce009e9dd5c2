/**
 * The hosted card form: a page of its own, served by the server rather than the chat widget, so
 * the card number goes from the customer's browser straight to the vault endpoint and never
 * through the chat, the transcript or a model. Plain HTML, no script: nothing to inject into,
 * and it works wherever a browser does.
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }
  h1 { font-size: 1.25rem; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; font-size: 1.1rem; padding: .5rem; margin-top: .25rem; }
  .row { display: flex; gap: 1rem; } .row > div { flex: 1; }
  button { margin-top: 1.5rem; width: 100%; font-size: 1.1rem; padding: .7rem; background: #0b5cad; color: #fff; border: 0; border-radius: .3rem; }
  .note { color: #57606a; font-size: .9rem; } .error { color: #b42318; font-weight: 600; }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

export function cardFormPage(input: {
  captureId: string;
  amount: string;
  pays: string;
  bankName: string;
  error?: string;
}): string {
  const error = input.error ? `<p class="error" role="alert">${escapeHtml(input.error)}</p>` : '';
  return page(
    `${input.bankName} secure card entry`,
    `<h1>${escapeHtml(input.bankName)}: secure card entry</h1>
<p>Payment of <strong>${escapeHtml(input.amount)}</strong> to your ${escapeHtml(input.pays)}.</p>
<p class="note">Your card details go straight to our secure vault. The assistant you are chatting with never sees them.</p>
${error}
<form method="post" action="/capture/${escapeHtml(input.captureId)}" autocomplete="on">
  <label for="number">Card number</label>
  <input id="number" name="number" inputmode="numeric" autocomplete="cc-number" maxlength="23" required>
  <div class="row">
    <div><label for="expiry">Expiry (MM/YY)</label>
    <input id="expiry" name="expiry" inputmode="numeric" autocomplete="cc-exp" maxlength="7" placeholder="MM/YY" required></div>
    <div><label for="cvv">Security code</label>
    <input id="cvv" name="cvv" inputmode="numeric" autocomplete="cc-csc" maxlength="4" required></div>
  </div>
  <button type="submit">Use this card</button>
</form>`,
  );
}

export function captureResultPage(input: {
  bankName: string;
  title: string;
  message: string;
}): string {
  return page(
    `${input.bankName}: ${input.title}`,
    `<h1>${escapeHtml(input.title)}</h1>
<p>${escapeHtml(input.message)}</p>
<p class="note">You can close this page and return to your conversation.</p>`,
  );
}
