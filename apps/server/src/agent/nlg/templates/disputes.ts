import { evidenceTypeLabels, isEvidenceType } from '../../../domain/disputes/index.js';
import { bullets, fields, say, section } from '../compose.js';
import { cleanDescriptor } from '../labels.js';
import { bags, capitalise, day, int, md, plural, str } from '../read.js';
import type { Bag, Refusal, RenderContext, Reply, ToolTemplate } from '../types.js';
import {
  caseKind,
  disputeAmount,
  merchantOf,
  nextSteps,
  provisionalLine,
  resolutionLine,
  statusLabel,
} from './dispute-parts.js';

const fraudReasons = new Set(['fraudulent', 'unrecognized']);

/** Seed 004, Appendix A, "Dispute Filed", with the case number a person can read out. */
function filed(r: Bag, ctx: RenderContext): Reply {
  const reason = str(ctx.input, 'reason');
  const kind = reason && fraudReasons.has(reason) ? 'fraud dispute' : 'dispute';
  const amount = disputeAmount(r);
  const charge = ctx.charge;
  const merchant = charge
    ? {
        text: md(cleanDescriptor(charge.description)),
        speech: charge.merchant_name ?? cleanDescriptor(charge.description),
      }
    : merchantOf(r);
  const on = charge ? day(charge.date, ctx) : null;
  const what = `${amount ? `the ${amount} charge` : 'the charge'}`;
  const opening = (name: string) =>
    `I've filed a ${kind} for ${what} from ${name}${on ? ` on ${on}` : ''}.`;
  const caseNumber = str(r, 'case_number');
  const regE = str(r, 'regulation') !== 'Reg Z';
  const days = int(r, 'provisional_credit_deadline_days') ?? 10;
  const decision = day(r.decision_due_by, ctx);
  const next = regE
    ? `Under Regulation E, you're entitled to provisional credit within ${days} business days if the investigation takes longer.${decision ? ` The investigation will be completed by ${decision}.` : ''}`
    : `Under Regulation Z, the bank will investigate and respond within 90 days${decision ? `, by ${decision}` : ''}. You don't have to pay the disputed ${amount ?? 'amount'} while we investigate.`;
  const evidenceBy = str(r, 'evidence_due_by_human') ? day(r.evidence_due_by, ctx) : null;
  const steps = [
    'No immediate action required',
    'Keep any evidence related to this transaction',
    ...(evidenceBy ? [`If you have evidence to add, please send it by ${evidenceBy}`] : []),
    "You'll receive written notification of the outcome",
  ];
  return [
    say(opening(merchant.text), opening(merchant.speech)),
    fields(
      [
        ['Case Number', caseNumber],
        ['Status', 'Filed'],
      ],
      caseNumber ? `Your case number is ${caseNumber}.` : null,
    ),
    section('What happens next', next),
    section(
      'Your next steps',
      steps,
      "You don't need to do anything right now. Keep any evidence related to this charge, and you'll receive written notification of the outcome.",
    ),
    say('Would you like to add any evidence to strengthen your case?'),
  ];
}

function filingRefusal(r: Refusal): Reply | null {
  if (r.code === 'CONFLICT') {
    const existing = str(r, 'case_number');
    if (existing)
      return [
        say(
          `That charge is already being disputed under case ${existing}. I can check its status for you.`,
        ),
      ];
    if (r.message.includes('pending'))
      return [
        say(
          "That charge is still pending, so it can't be disputed until it posts, usually within 1 to 3 business days. I can freeze your card in the meantime.",
        ),
      ];
  }
  if (r.code === 'INVALID_AMOUNT')
    return [
      say('The disputed amount needs to be more than zero and no more than the charge itself.'),
    ];
  if (r.code === 'NOT_FOUND')
    return [
      say(
        "I couldn't find a posted charge like that. Could you tell me the merchant and the amount as they appear on your statement?",
      ),
    ];
  return null;
}

const fileDispute: ToolTemplate = { success: filed, refusal: filingRefusal };

/** Seed 004, Appendix A, "Status Update". */
function statusUpdate(r: Bag, ctx: RenderContext): Reply {
  const amount = disputeAmount(r);
  const merchant = merchantOf(r);
  const label = statusLabel(r);
  const caseNumber = str(r, 'case_number');
  const resolution = resolutionLine(r, ctx);
  const credit = provisionalLine(r, ctx);
  const steps = nextSteps(r, ctx);
  const body = [resolution, credit].filter((s): s is string => Boolean(s)).join(' ');
  return [
    say(
      `Here's the current status of your ${caseKind(r)}:`,
      `Here's the current status of your ${caseKind(r)}${amount ? ` for ${amount}` : ''} with ${merchant.speech}${caseNumber ? `, case number ${caseNumber}` : ''}.`,
    ),
    fields(
      [
        ['Case', caseNumber],
        ['Amount', amount],
        ['Merchant', merchant.text],
        ['Status', label],
      ],
      label ? `Status: ${label}.` : null,
    ),
    ...(body ? [say(body)] : []),
    ...(steps.length > 0 ? [section('Next steps', steps, null)] : []),
  ];
}

const checkDisputeStatus: ToolTemplate = {
  success: statusUpdate,
  refusal: (r) => (r.code === 'NOT_FOUND' ? [say("I couldn't find a dispute like that.")] : null),
};

/** Seed 004, flow 2: "I found your dispute filed on December 1st for $1,104.24 (Case #…)." */
function summary(d: Bag, ctx: RenderContext): { text: string; speech: string } {
  const filedOn = day(d.created_at, ctx);
  const amount = disputeAmount(d);
  const merchant = merchantOf(d);
  const caseNumber = str(d, 'case_number');
  const head = (name: string) =>
    `your ${caseKind(d)} with ${name}${filedOn ? ` filed on ${filedOn}` : ''}${amount ? ` for ${amount}` : ''}${caseNumber ? ` (case ${caseNumber})` : ''}`;
  return { text: head(merchant.text), speech: head(merchant.speech) };
}

const listDisputes: ToolTemplate = {
  success(r, ctx) {
    const list = bags(r, 'disputes');
    if (list.length === 0)
      return [say("I don't see any open disputes or fraud cases on your profile.")];
    if (list.length === 1) {
      const only = list[0]!;
      const one = summary(only, ctx);
      const label = statusLabel(only);
      const details = [resolutionLine(only, ctx), provisionalLine(only, ctx)].filter(
        (s): s is string => Boolean(s),
      );
      return [
        say(`I found ${one.text}.`, `I found ${one.speech}.`),
        ...(label ? [fields([['Current status', label]])] : []),
        ...(details.length > 0 ? [say(details.join(' '))] : []),
        say('Would you like more details about this case?'),
      ];
    }
    const lines = list.map((d) => {
      const one = summary(d, ctx);
      const label = statusLabel(d);
      return {
        text: `${capitalise(one.text)}${label ? `: ${label}` : ''}`,
        speech: `There is ${one.speech}${label ? `, ${label.toLowerCase()}` : ''}.`,
      };
    });
    return [
      say(
        `You have ${plural(list.length, 'open case')}:`,
        `You have ${plural(list.length, 'open case')}.`,
      ),
      bullets(
        lines.map((l) => l.text),
        lines.map((l) => l.speech).join(' '),
      ),
      say('Which one would you like to hear more about?'),
    ];
  },
};

const addEvidence: ToolTemplate = {
  success(r, ctx) {
    const type = str(ctx.input, 'evidence_type');
    const what = type && isEvidenceType(type) ? evidenceTypeLabels[type].toLowerCase() : 'that';
    const caseNumber = str(r, 'case_number');
    const added = `I've added ${what === 'that' ? 'that' : `"${what}"`} to the evidence${caseNumber ? ` for case ${caseNumber}` : ''}.`;
    const status = str(r, 'status');
    if (status === 'under_review' || status === 'warning_under_review') {
      const resolution = resolutionLine(r, ctx);
      return [
        say(
          `${added} Your evidence has been submitted, and the case is now under review.${resolution ? ` ${resolution}` : ''}`,
        ),
      ];
    }
    const due = day(r.evidence_due_by, ctx);
    return [
      say(`${added} This can help support your claim.`),
      section('You could also add, if you have them', [
        'Receipts or order confirmations',
        'Messages with the merchant',
        'Statements or bookings showing where you were at the time',
      ]),
      say(
        `You can add more${due ? ` until ${due}` : ''}. When you're ready, I can submit everything for review.`,
      ),
    ];
  },
  refusal(r) {
    if (r.code === 'INVALID_TRANSITION')
      return [
        say(
          'This case is no longer taking evidence, because a decision has already been made or it was closed.',
        ),
      ];
    if (r.code === 'NOT_FOUND') return [say("I couldn't find a dispute like that.")];
    if (r.code === 'INVALID_INPUT' && /character|too long|at most/i.test(r.message))
      return [
        say(
          "That's more than I can attach in one go. Could you shorten it or split it into parts?",
        ),
      ];
    return null;
  },
};

export const disputeTemplates: Record<string, ToolTemplate> = {
  file_dispute: fileDispute,
  dispute_charge: fileDispute,
  check_dispute_status: checkDisputeStatus,
  list_disputes: listDisputes,
  add_evidence: addEvidence,
};
