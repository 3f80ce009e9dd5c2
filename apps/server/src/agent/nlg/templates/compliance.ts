import { bullets, say } from '../compose.js';
import { humanizeDates } from '../format-date.js';
import { bags, flag, int, str } from '../read.js';
import type { ToolTemplate } from '../types.js';

const explainProvisionalCredit: ToolTemplate = {
  success(r, ctx) {
    const explanation = str(r, 'explanation');
    if (!explanation)
      return [
        say(
          "Provisional credit is money we put back in your account while we investigate a debit card or electronic transfer error, so you aren't left without it.",
        ),
      ];
    // The tool puts the customer's own case first and the general rule after: two paragraphs.
    const text = humanizeDates(explanation, ctx);
    const split = text.indexOf(' Under Regulation E, when you report');
    return split > 0 ? [say(text.slice(0, split)), say(text.slice(split + 1))] : [say(text)];
  },
  refusal: (r) => (r.code === 'NOT_FOUND' ? [say("I couldn't find a dispute like that.")] : null),
};

const actionWords: Record<string, string> = {
  provisional_credit: 'Provisional credit due',
  acknowledgment: 'Written acknowledgment due',
  resolution: 'Investigation complete by',
};

const getComplianceDeadline: ToolTemplate = {
  success(r, ctx) {
    const summary = str(r, 'summary');
    const deadlines = bags(r, 'deadlines');
    const lines = deadlines
      .map((d) => {
        // due_date is midnight UTC, a day early once moved into an American time zone.
        const human = str(d, 'due_date_human');
        const when = human ? humanizeDates(human, ctx) : null;
        const label = actionWords[str(d, 'action_required') ?? ''] ?? str(d, 'label');
        const left = int(d, 'days_from_now');
        const distance =
          left === null
            ? ''
            : left < 0
              ? ' (passed)'
              : left === 0
                ? ' (today)'
                : ` (${left} ${left === 1 ? 'day' : 'days'} from now)`;
        return when && label ? `${label}: ${when}${distance}` : null;
      })
      .filter((line): line is string => line !== null);
    const urgent = flag(r, 'urgent_action_required')
      ? [say('One of these deadlines is very close, so I have flagged it for attention.')]
      : [];
    return [
      ...(summary ? [say(humanizeDates(summary, ctx))] : []),
      ...(lines.length > 0 ? [bullets(lines, null)] : []),
      ...urgent,
    ];
  },
  refusal: (r) => (r.code === 'NOT_FOUND' ? [say("I couldn't find a dispute like that.")] : null),
};

export const complianceTemplates: Record<string, ToolTemplate> = {
  explain_provisional_credit: explainProvisionalCredit,
  get_compliance_deadline: getComplianceDeadline,
};
