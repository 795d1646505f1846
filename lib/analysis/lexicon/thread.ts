/**
 * How a reply says "I have this too" without saying what "this" is: it leans on the thread's title
 * (DESIGN.md "Thread context"). These words count only in a thread about a back, and only for the
 * writer's own experience: "I've seen this too" or "thanks, will try" are no symptom.
 */
import { cue, type TermGroup } from './terms';

const I_HAVE = 'i get|got|had|have|experience|experienced|suffer|suffered';
const I_VE_HAD = "i've had|got|experienced|suffered";
const THIS = 'this|that|these|those';

const OFTEN = ['too', 'also', 'as well', 'sometimes', 'often', 'a lot', 'all the time', 'every time', 'occasionally', 'again'];

export const THREAD_CUE_TERMS: readonly TermGroup[] = [
  cue('agreement', [
    'same here',
    'same|similar boat',
    'me too',
    'me as well',
    'same with|for me',
    'ditto',
    'same|similar thing|issue|issues|problem|problems|pain|story|symptoms|trouble here',
    'same|similar thing|issue|issues|problem|problems|pain|story|symptoms|trouble with|for me',
    'same thing happens|happened',
    `${I_HAVE} the same|similar`,
    `${I_VE_HAD} the same|similar`,
    'similar issue|issues|problem|problems|trouble|pain|thing|experience',
    ...OFTEN.map((often) => `happens|happened to me ${often}`),
    // "I had that", "I get these a lot", "I've had this on and off".
    `${I_HAVE} ${THIS}`,
    `${I_VE_HAD} ${THIS}`,
    ...OFTEN.flatMap((often) => [`${I_HAVE} it ${often}`, `${I_VE_HAD} it ${often}`]),
    'something i have|had|get|got',
    "something i've had|got",
    'anyone|anybody else get|have|had|experience|experienced|notice this|these|that|it',
  ]),
];
