/**
 * The words of the benchmark's synthetic threads, written for the benchmark (never taken from the
 * corpus or a real thread). Relevant posts describe someone's back cramp, pump, tightness or pain,
 * each clearly; the others are ordinary lifting and running chatter, including the idioms that look
 * like back talk and are not ("back squat", "back day", "back-off sets", "got back into lifting").
 * `{n}`, `{kg}` and `{lift}` are filled in per post so that no two posts are byte-for-byte the same.
 */

export const RELEVANT_TEMPLATES: readonly string[] = [
  'My lower back cramps up about {n} miles into every run and I have to stop and walk it off. It eases after a few minutes, then comes back.',
  'On heavy bench my mid back locks up between the shoulder blades on the last rep. Lighter sets are fine. Anyone else get this?',
  'Tweaked my lower back on a deadlift single at {kg} kg last week. Felt a sharp pain on the right side and it still hurts when I bend over.',
  'My erectors get so pumped on high rep squats that my lower back burns more than my legs do. Is that a form problem?',
  'My upper back has been tight and achy for {n} weeks, ever since I started pressing overhead twice a week.',
  'My lats cramp on the last couple of pullups, right at the side of the ribs. It lets go after a minute.',
  'Woke up with a stiff, sore lower back two days after my first session back after a long break.',
  'My QL spasms when I stretch right after heavy rows, like a knot that will not let go.',
  'Lower back aches after sitting at my desk all day, and it is worse on the days I skip the gym.',
  'My lower back gets really pumped and tight on long runs since I upped my mileage to {n} miles a week.',
];

export const OTHER_TEMPLATES: readonly string[] = [
  'Hit a {kg} kg back squat PR today and it moved well. Next block is more volume.',
  'Back day tomorrow: rows, pullups and face pulls. Any accessory ideas?',
  'Got back into lifting after {n} months off and the gym feels great again.',
  'Back-off sets at eighty percent felt easy, so I will add weight next week.',
  'What program is everyone running? I am on a {n} week linear progression for {lift}.',
  'Lockout is my weak point on {lift}. Thinking of adding pin presses for a while.',
  'Ran {n} km this morning in the rain and set a personal best.',
  'My {lift} stalled at {kg} kg, so I am switching to paused reps for a month.',
  'Sleep and food fixed my recovery more than any supplement ever did.',
  'Great session today. Squats moved fast and the arm pump at the end was fun.',
  'Has anyone tried belt squats for extra quad volume without loading the bar?',
  'Welcome to the forum. Post your numbers and your program and people will help.',
  'Chalk or straps for heavy pulls? I am leaning towards learning the hook grip.',
  'Deload week again. Keeping the weights at sixty percent and working on speed.',
  'Anyone compete at the local meet next month? I am entered at {kg} kg bodyweight.',
  'Watched the world championships last night. Those {lift} attempts were unreal.',
];

/** Sentences added to posts so that lengths vary the way forum posts do. */
export const FILLER_SENTENCES: readonly string[] = [
  'Thanks in advance for any advice.',
  'I train four days a week, upper and lower split.',
  'Been lifting for about {n} years now, mostly barbell work.',
  'My coach says to keep at it and be patient.',
  'Will report back after the next training block.',
  'Eating at maintenance right now and sleeping around seven hours.',
  'I film most of my sets to check my technique.',
  'Warm up is the usual: bar, then a few jumps up to my working weight.',
];

export const LIFTS: readonly string[] = ['squat', 'bench', 'deadlift', 'overhead press', 'front squat'];
