/** Activities. */
import { activity, type TermGroup } from './terms';

/** Rows and pull-ups, kept apart from other activities: a back pump on them is a training goal, not a symptom. */
export const PULL_ACTIVITY_TERMS: readonly TermGroup[] = [
  activity('row', [
    'row|rows|rowing|rowed',
    'barbell|pendlay|yates|seal|cable|kroc|dumbbell|db row|rows',
    'bent over row|rows',
    't bar row|rows',
    'chest supported row|rows',
    'rower',
    'erg',
  ]),
  activity('pullup', ['pull up|ups', 'chin up|ups', 'chins', 'lat pull down|downs', 'pull down|downs', 'muscle up|ups']),
];

/** Every activity but rows and pull-ups (read for the panel only). */
export const OTHER_ACTIVITY_TERMS: readonly TermGroup[] = [
  activity('bench', [
    'bench|benches|benching|benched|bencher|benchers',
    'bench press|pressing',
    'bp',
    'incline|decline|flat bench|press|presses',
    'floor press|presses',
    'close grip bench',
    'larsen|spoto press',
    'pause bench',
    'db|dumbbell bench',
  ]),
  activity('squat', [
    'squat|squats|squatting|squatted|squatter|squatters',
    'safety bar',
    'ssb',
    'hack squat|squats',
    'low|high bar',
    'lowbar|highbar',
    'atg',
    'in the hole',
  ]),
  activity('deadlift', [
    'deadlift|deadlifts|deadlifting|deadlifted|deadlifter|deadlifters',
    'deads',
    'dl|dls',
    'rdl|rdls',
    'romanian deadlift|deadlifts|dl|dls',
    'sumo',
    'conventional',
    'stiff leg|legged deadlift|deadlifts|dl|dls',
    // The leg in a lift's name is no leg that hurts ("single leg RDLs 3x a week, and the hill ache is gone").
    'single leg|legged rdl|rdls|deadlift|deadlifts|dl|dls',
    'one leg|legged rdl|rdls|deadlift|deadlifts|dl|dls',
    'sldl|sldls',
    'deficit deadlift|deadlifts|pulls',
    'rack pull|pulls',
    'block pull|pulls',
    'pull|pulling from the floor',
    'trap|hex bar',
  ]),
  activity('ohp', [
    // Plurals too, as sets are told: "my neck was stiff after the military presses".
    'ohp|ohps',
    'overhead press|presses|pressing',
    'press overhead',
    'military press|presses',
    'push press|presses',
    'strict press|presses',
    'jerk|jerks',
    'split jerk',
    'shoulder press|presses',
    'log press|presses',
  ]),
  activity('running', [
    'run|runs|running|ran',
    'jog|jogs|jogging|jogged',
    'runner|runners',
    'sprint|sprints|sprinting|sprinted',
    'marathon|marathons',
    'half marathon',
    '# k|km|mile|miles|mi',
    'mile|miles',
    'treadmill',
    'long run|runs',
    'tempo run|runs',
    'race|racing|races',
    'couch to # k',
    'c 25 k',
    'pft|apft|acft|afpt',
    'pt test',
    'ruck|rucking|rucks',
    // Sessions only runners name: "8x90s hill repeats", "parkrun", "strides after the easy run".
    'hill repeats|reps|sprints',
    'parkrun|parkruns|fartlek|fartleks|ultra|ultras|ultramarathon',
    // A race told by its distance: "a hilly 10 miler", "my first 100 miler".
    'miler|milers',
    // Races with a run in them: "the last 5k of a duathlon", "my first ironman", "a brick session".
    'triathlon|triathlons|triathlete|triathletes|duathlon|duathlons|ironman|ironmans',
    'brick|bricks session|sessions|workout|workouts|run|runs',
    'half iron|ironman',
    // Running form told in runners' words: "overstriding when I push", "a big heel strike".
    'overstride|overstrides|overstriding|overstrided',
    'heel strike|striker|striking',
  ]),
  activity('stretching', [
    'stretch|stretches|stretching|stretched',
    'yoga',
    'pigeon pose',
    'cat cow',
    'cobra',
    'childs pose',
    "child 's pose",
    'toe touch|touches',
    'mobility work|drills',
  ]),
  activity('sleeping', [
    'sleep|sleeps|sleeping|slept',
    'in bed',
    'asleep',
    'mattress',
    'pillow',
    'lying|laying in bed',
    'overnight',
  ]),
  activity('sitting', [
    'sit|sitting',
    'sat',
    'when|while seated',
    'seated for',
    'desk|desks',
    'office',
    'chair|chairs',
    'drives|driving|drove',
    'commute|commuting',
    'car ride|rides',
    'long flight|flights',
    'long drive|drives',
    // A journey told by its hours: "9 hours in a seat", "a 3 hr drive to nationals", "the flights home".
    '# hour|hours in a|the|those|my seat|seats|car|plane|van|coach',
    '# hour|hours|hr drive|flight|journey|commute',
    'flight|flights home|back',
    'computer',
    'gaming',
    // Slumped at a screen: the posture the sitting causes are about ("slouched on the couch with my laptop").
    'slouch|slouches|slouched|slouching|slouchy',
    'hunched|hunching|hunch over|at a|my|the laptop|desk|computer|keyboard|screen|phone',
    'laptop|laptops',
    'work|working from home',
    'desk|office job|work',
  ]),
  activity('other_lift', [
    'good morning|mornings',
    'single leg|legged squat|squats|bridge|bridges|glute|hip|calf|press|step|jumps|hops|balance',
    'one leg|legged squat|squats|bridge|bridges|glute|hip|calf|press|step|jumps|hops|balance',
    'hyper|hypers|hyperextension|hyperextensions',
    'back extension|extensions',
    'reverse hyper|hypers',
    'leg press',
    'kettlebell|kb swing|swings',
    'kettlebell|kettlebells',
    'lunge|lunges',
    'power|hang clean|cleans',
    'cleans',
    'clean and jerk|press',
    'snatch|snatches',
    'shrug|shrugs',
    'curl|curls',
    'farmer|farmers walk|walks|carry|carries',
    "farmer 's walk|walks|carry|carries",
    'hip thrust|thrusts',
    'plank|planks',
    'crunch|crunches',
    'sit up|ups',
    'situps',
    'leg curl|curls',
    'leg raise|raises',
    'atlas stone|stones',
    'yoke',
    'strongman',
    'lifting|lifted',
    'weightlifting|powerlifting',
    'olympic lifting',
    'weights',
    'pick|picked|picking up',
    'crossfit',
    'wod',
  ]),
];

/** Words that make a lift name a day or a plan rather than the lift itself ("on deadlift day"). */
export const NOT_THE_LIFT_AFTER: ReadonlySet<string> = new Set([
  'day',
  'days',
  'session',
  'sessions',
  'workout',
  'workouts',
  'program',
  'programme',
  'night',
  'nights',
  'week',
  'form',
  'technique',
]);

/** Words a list of lifts may hold between a lift and what is said of the whole list. */
export const LIST_WORDS: ReadonlySet<string> = new Set([
  ',',
  '/',
  '&',
  'and',
  'or',
  'nor',
  'my',
  'the',
  'heavy',
  'light',
  'all',
  'both',
  'even',
  'also',
  'are',
  'is',
  'feel',
  'feels',
  'felt',
  'seem',
  'seems',
  'go',
  'went',
  'have',
  'been',
  'always',
  'totally',
  'completely',
  'perfectly',
  'still',
]);

/** The words that join a list of lifts: a comma in the list needs one of them ("squats, rows and deads"). */
export const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'nor', '/', '&']);

// Training load, stopping the effort, what is dropped in a gym, and seats: a park bench, getting off a bike
// (redflags.ts, flag-context.ts).

/** What a runner or a lifter bumps up: "the new bump in mileage" is no lump. */
export const LOAD_WORDS: ReadonlySet<string> = new Set([
  'mileage',
  'miles',
  'volume',
  'weight',
  'weights',
  'load',
  'training',
  'intensity',
  'sets',
  'reps',
  'distance',
  'pace',
]);

/** Stopping the effort, after which an exertional chest eases (flag-context.ts easesOnStopping). */
export const STOPPING_WORDS: ReadonlySet<string> = new Set([
  'stop',
  'stops',
  'stopped',
  'stopping',
  'rest',
  'rested',
  'resting',
  'sat',
  'sit',
  'slowed',
  'slow',
]);

/** Words after a stop that make it a thing stopped, not the effort ("stopped the pre-workout", "stopped taking it"). */
export const STOPPED_THINGS: ReadonlySet<string> = new Set([
  'the',
  'my',
  'a',
  'an',
  'taking',
  'using',
  'it',
  'that',
  'this',
  'those',
  'drinking',
  'eating',
]);

/** Things that may land on someone: "my partner dropped the kettlebell and it landed on my spine". */
export const DROPPED_THINGS: ReadonlySet<string> = new Set([
  'it',
  'bar',
  'barbell',
  'kettlebell',
  'kb',
  'bell',
  'plate',
  'dumbbell',
  'db',
  'weight',
  'weights',
]);

/** Words before "bench" that make it a seat: "sat on a bench", "on the park bench". */
export const SEAT_BEFORE: ReadonlySet<string> = new Set(['a', 'the', 'park']);

/** Openings of a sentence told as what follows leaving something: "when I get out", "once I climb off". */
export const LEAVING_WHEN: ReadonlySet<string> = new Set(['when', 'once', 'after', 'whenever']);

/** Verbs of getting out or off, after LEAVING_WHEN and "I": "when I get out", "once I climb off". */
export const LEAVING_VERBS: ReadonlySet<string> = new Set([
  'get',
  'got',
  'come',
  'came',
  'step',
  'stepped',
  'climb',
  'climbed',
  'hop',
  'hopped',
]);

/**
 * Words that place a neck's hurt in training without naming the lift: "hurt my neck at the gym", "tweaked my neck on
 * the last rep" (relevance.ts, where a neck counts as a back when the post tells of training).
 */
export const TRAINING_WORDS: ReadonlySet<string> = new Set(['gym', 'rep', 'reps', 'workout', 'workouts', 'wod']);

/**
 * Words just before a ride or a hike that make it no workout: a passenger's ride ("a 9 hour bus ride") or a price's
 * rise ("the council's parking price hike"). Read where a ride tells that a neck was trained (relevance.ts).
 */
export const NO_WORKOUT_BEFORE: ReadonlySet<string> = new Set([
  'bus',
  'coach',
  'car',
  'train',
  'plane',
  'taxi',
  'uber',
  'ferry',
  'motorbike',
  'motorcycle',
  'rollercoaster',
  'price',
  'prices',
  'fare',
  'rent',
  'tax',
  'rate',
]);
