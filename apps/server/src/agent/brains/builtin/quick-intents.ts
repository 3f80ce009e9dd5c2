import type { Intent } from '../../nlu/intents.js';

/**
 * One- and two-word replies carry too little text for a statistical classifier to be sure of,
 * and they are exactly the words a confirmation or a cancellation hangs on, so they are read
 * exactly here first.
 */
const exact: [RegExp, Intent][] = [
  [
    /^(yes|yeah|yep|yup|sure|ok|okay|correct|right|confirm(ed)?|go ahead|please do|do it|that'?s right|y|affirmative|absolutely|yes please)[.! ]*$/i,
    'affirm',
  ],
  [/^(no|nope|nah|n|not really|no thanks|no thank you|don'?t)[.! ]*$/i, 'deny'],
  [
    /^(cancel|stop|never ?mind|forget it|forget about it|cancel (it|that)|abort|scratch that)[.! ]*$/i,
    'cancel',
  ],
  [/^(hi|hello|hey|good (morning|afternoon|evening))[.! ]*$/i, 'greet'],
  [/^(thanks?|thank you( very much| so much)?|cheers|thx|ty)[.! ]*$/i, 'thanks'],
  [
    /^(bye|goodbye|good bye|see you|that'?s all|that is all|nothing else|no,? that'?s (all|it)|i'?m done)[.! ]*$/i,
    'goodbye',
  ],
];

export function quickIntent(text: string): Intent | undefined {
  const trimmed = text.trim();
  for (const [pattern, intent] of exact) if (pattern.test(trimmed)) return intent;
  return undefined;
}
