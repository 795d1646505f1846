/**
 * The red-flag probe suite's concept lists: for each warning sign, ways a lifter or runner might write it
 * as their own, current complaint (`clauses`), noun phrases to negate, give to someone else, hypothesise
 * or put in the past (`nouns`, with `{p}` for the possessive), and everyday idioms that only look like it.
 * Written for this suite from the NHS back-pain red flags and research/clinical-facts.md; never copied
 * from a corpus.
 */
import type { RedFlag, TriageTier } from '@/lib/features';

export interface Concept {
  /** A name for reports: the flag id, or a combination. */
  id: string;
  flag: RedFlag;
  /** The tier this concept alone should give, in a post about a back (triage.ts calibration). */
  tier: Exclude<TriageTier, 'self_care'>;
  /** First-person, current statements, lower case, no final stop. */
  clauses: string[];
  /** Noun phrases; `{p}` is the possessive (my, his, her, your). */
  nouns: string[];
  /** Sentences that look like the flag and are not one. */
  idioms: string[];
}

export const CONCEPTS: Concept[] = [
  {
    id: 'saddle_numbness',
    flag: 'saddle_numbness',
    tier: 'emergency',
    clauses: [
      "i can't feel my groin properly",
      'my groin and inner thighs have gone numb',
      "it's numb down there when i wipe",
      'my balls and taint feel numb',
      "i've got pins and needles around my backside",
      "there's numbness in my crotch",
      'my bum cheeks and privates feel numb',
      "i can't really feel the toilet paper when i wipe",
      "i've lost feeling in my nether regions",
      'my genitals feel numb and tingly',
      'the area between my legs has gone numb',
      'my undercarriage is numb',
    ],
    nouns: [
      'numbness in {p} groin',
      'numbness down there',
      'tingling around {p} backside',
      'saddle numbness',
      'loss of feeling in {p} crotch',
    ],
    idioms: [
      'my bum was numb after a four hour bike ride on the saddle',
      'my arse went numb sitting through a three hour meeting on a bike saddle',
    ],
  },
  {
    id: 'bladder_bowel',
    flag: 'bladder_bowel',
    tier: 'emergency',
    clauses: [
      "i can't pee even though i need to",
      'i wet myself this morning without feeling it coming',
      "i've been dribbling pee all day",
      "i can't start peeing, it just won't come",
      'i had a bowel accident yesterday',
      "i can't control my bladder",
      "i've lost control of my bowels",
      "i can't tell when i need to go anymore",
      "i haven't been able to empty my bladder since last night",
      'i keep leaking urine',
      'i pissed myself on the way to the car without realising',
      "i can't get the pee to come out",
    ],
    nouns: ['bladder problems', 'loss of bladder control', 'trouble peeing', 'bowel incontinence', 'bladder or bowel changes'],
    idioms: [
      'i laughed so hard at the video i nearly wet myself',
      'my mate pulled a face mid squat and i pissed myself laughing',
      'i almost peed my pants laughing at the gym fail compilation',
    ],
  },
  {
    id: 'both_legs_neuro',
    flag: 'both_legs_neuro',
    tier: 'emergency',
    clauses: [
      'both my legs are numb',
      "i've got tingling down both legs",
      'my legs keep giving way under me',
      'my legs buckled twice on the stairs today',
      "i'm numb from the waist down",
      'both legs feel weak and heavy',
      'i have sciatica in both legs now',
      'the pain is shooting down both legs',
      'both my feet have gone numb',
      'my legs feel weak and wobbly even just standing',
      'i have pins and needles in both legs',
      'i can feel my legs getting weaker, both of them',
    ],
    nouns: ['numbness in both {p} legs', 'weakness in both {p} legs', 'tingling in both {p} legs', 'pain down both {p} legs'],
    idioms: [
      'my legs were dead after the 20 miler',
      'my legs turned to jelly after leg day',
      'my legs were shaking after the last set of squats',
    ],
  },
  {
    id: 'chest_pain',
    flag: 'chest_pain',
    tier: 'emergency',
    clauses: [
      "i've got chest pain as well",
      "there's a crushing pressure in my chest",
      'my chest feels heavy and tight',
      'the pain spreads into my jaw and left arm',
      "i'm short of breath just sitting here",
      "i can't catch my breath and my chest hurts",
      'it feels like an elephant is sitting on my chest',
      'i have a tearing pain going right through to my back',
      "my chest is tight and i'm sweating",
      "i'm breathless walking up the stairs",
      'there is a squeezing feeling in my chest',
      "i've got chest tightness that feels like someone pressing on it",
    ],
    nouns: ['chest pain', 'pressure in {p} chest', 'shortness of breath', 'tightness in {p} chest'],
    idioms: [
      'i was short of breath after the sprints',
      'i was gasping for breath after the hill repeats',
      'my chest was tight and sore after bench day',
    ],
  },
  {
    id: 'major_trauma',
    flag: 'major_trauma',
    tier: 'emergency',
    clauses: [
      'i came off my motorbike on sunday',
      'i fell off a ladder at work yesterday',
      'i was rear ended at a roundabout on friday',
      'i got thrown from my horse this weekend',
      'the bar came down on my back when i failed a squat',
      'i fell about three metres off a roof',
      'i crashed my car on the way home on monday',
      'i fell down a full flight of stairs last night',
      'i was hit by a car while cycling',
      'i landed flat on my back off a trampoline',
      'i got knocked off my bike by a van',
      'i slipped and fell hard on the ice',
    ],
    nouns: ['a car crash', 'a bad fall', 'a fall from a ladder', 'a motorbike accident'],
    idioms: ['i nearly fell off the bench laughing', 'my deadlift crashed and burned today', 'i fell off the wagon with my diet'],
  },
  {
    id: 'dark_urine_severe_pain',
    flag: 'dark_urine_severe_pain',
    tier: 'emergency',
    clauses: [
      'my pee is the colour of cola',
      'my urine came out dark brown after the session',
      'my pee looks like black tea',
      "i'm peeing something that looks like coke",
      'my urine is brown and my muscles are swollen and rock hard',
      'my wee has gone brown',
      'my pee looks like strong coffee',
      'my urine is the colour of tea and my legs are swollen',
    ],
    nouns: ['dark brown urine', 'cola coloured pee', 'brown pee'],
    idioms: ['my pre workout turns my pee bright yellow', 'i drink black coffee before every session'],
  },
  {
    id: 'fever',
    flag: 'fever',
    tier: 'urgent',
    clauses: [
      "i've got a fever",
      "i'm running a temperature of 38.9",
      "i've been burning up and shivering",
      "i've had chills and night sweats",
      "i'm sweating and shivering at night",
      'my temp was 39 this morning',
      'i feel feverish',
      'i keep getting the shivers and sweats',
    ],
    nouns: ['a fever', 'a high temperature', 'chills', 'night sweats'],
    idioms: ['i have serious gym fever after the holidays', 'cabin fever is kicking in after a week off'],
  },
  {
    id: 'progressive_weakness',
    flag: 'progressive_weakness',
    tier: 'urgent',
    clauses: [
      'my right foot keeps catching on the floor',
      'i keep tripping over my left foot',
      'my foot slaps down when i walk',
      "i can't lift my toes on the left side",
      'my left calf is getting weaker every week',
      "i've developed foot drop",
      'my left leg keeps giving way',
      "i can't walk on my heels on the right",
      "my foot drags when i'm tired",
      "my toes won't come up on the right",
    ],
    nouns: ['foot drop', 'weakness in {p} leg', 'a dragging foot'],
    idioms: ['my grip gave out on the last rep of deadlifts', 'my legs gave out on the last rep of the squat set'],
  },
  {
    id: 'weight_loss',
    flag: 'weight_loss',
    tier: 'soon',
    clauses: [
      "i've lost a stone without trying",
      "i've dropped 6 kilos and i'm not dieting",
      "my jeans are falling off me and i haven't changed how i eat",
      "i've gone down two clothes sizes without meaning to",
      "i've lost weight for no reason",
      "i've lost 10 pounds without trying",
    ],
    nouns: ['unexplained weight loss', 'weight loss for no reason'],
    idioms: ["i've lost 6 kilos on my cut", 'i dropped 10 pounds on purpose for the meet'],
  },
  {
    id: 'cancer_history',
    flag: 'cancer_history',
    tier: 'soon',
    clauses: [
      "i had breast cancer five years ago and i'm in remission",
      "i'm a prostate cancer survivor",
      'i was treated for lymphoma in 2018',
      "i've been clear of bowel cancer for three years",
      'i finished chemo for my cancer last year',
    ],
    nouns: ['a history of cancer', 'cancer'],
    idioms: ['that programme is cancer for your gains'],
  },
  {
    id: 'night_or_rest_pain',
    flag: 'night_or_rest_pain',
    tier: 'soon',
    clauses: [
      'the pain wakes me up at night',
      "it's worse at night and rest doesn't help",
      "lying down doesn't ease it at all",
      "i can't get comfortable in any position",
      "it hurts even when i'm resting",
    ],
    nouns: ['night pain', 'pain at night'],
    idioms: [],
  },
  {
    id: 'thoracic_constant',
    flag: 'thoracic_constant',
    tier: 'urgent',
    clauses: [
      'the pain between my shoulder blades is constant, day and night',
      "my mid back aches all the time, even at rest, and it's not related to lifting",
      "i've got a constant ache between my shoulders that has nothing to do with training",
      'my upper back hurts all day long for no reason',
    ],
    nouns: ['constant pain between {p} shoulder blades'],
    idioms: [],
  },
  {
    id: 'lump_or_deformity',
    flag: 'lump_or_deformity',
    tier: 'urgent',
    clauses: [
      "there's a lump on my spine",
      "i've noticed a bony bump sticking out of my spine",
      "there's a swelling over my lower back",
      'my spine has a new hump',
      'my back has changed shape',
      'i found a hard lump next to my spine',
    ],
    nouns: ['a lump on {p} spine', 'a swelling on {p} back'],
    idioms: ['i had a lump in my throat watching my daughter graduate', 'we paid the gym membership as a lump sum'],
  },
  {
    id: 'steroids_immunosuppressed',
    flag: 'steroids_immunosuppressed',
    tier: 'urgent',
    clauses: [
      "i've been on prednisolone for months for my colitis",
      "i'm on methotrexate for arthritis",
      'i had a kidney transplant and take tacrolimus',
      "i'm on humira for crohn's",
      "i'm immunosuppressed after my transplant",
      "i've been taking oral steroids for my asthma for a year",
    ],
    nouns: ['long term steroids', 'immunosuppressants'],
    idioms: [],
  },
  {
    id: 'radiating_below_knee',
    flag: 'radiating_below_knee',
    tier: 'soon',
    clauses: [
      'the pain shoots down my left leg into my calf',
      "i've got sciatica down my right leg",
      'it radiates down the back of my leg past the knee',
      'it travels down into my foot',
      'the pain goes all the way down to my ankle',
    ],
    nouns: ['pain down {p} leg', 'sciatica'],
    idioms: [],
  },
  {
    id: 'radiating_arm',
    flag: 'radiating_arm',
    tier: 'soon',
    clauses: ['the pain shoots down my right arm', 'i get tingling into my hand', 'it radiates into my arm and fingers'],
    nouns: ['pain down {p} arm'],
    idioms: [],
  },
  {
    id: 'cough_sneeze_worse',
    flag: 'cough_sneeze_worse',
    tier: 'soon',
    clauses: [
      "it's much worse when i cough or sneeze",
      'sneezing sends a jolt of pain through it',
      'it hurts to cough',
      'coughing makes the pain shoot',
    ],
    nouns: ['pain when coughing'],
    idioms: [],
  },
  {
    id: 'cancer_spinal',
    flag: 'cancer_history',
    tier: 'urgent',
    clauses: [
      "i had breast cancer a few years ago and i'm in remission, and now the pain wakes me up at night",
      "i'm a prostate cancer survivor and it's worse when i cough",
      'i was treated for lymphoma in 2019 and now my mid back hurts',
    ],
    nouns: [],
    idioms: [],
  },
  {
    id: 'cancer_neuro',
    flag: 'cancer_history',
    tier: 'emergency',
    clauses: [
      'i was treated for lung cancer last year and now the pain shoots down my left leg',
      "i'm a breast cancer survivor and now there's tingling in my foot",
      "i had prostate cancer and now i've got sciatica down my right leg",
    ],
    nouns: [],
    idioms: [],
  },
];

/** Back statements that carry no flag of their own (the post is about a back). */
export const BACKS = [
  'my lower back has been killing me since tuesday',
  'i tweaked my lower back on squats last week',
  'my back went on saturday picking up a plate',
  'my lower back has been sore for a few days',
  'my lower back is really stiff and achy',
  'my back gave out on a deadlift warm up',
  'my erectors are fried and my lower back aches',
  'i hurt my back moving furniture',
];

/** Lifting-story sentences with no flag, for long posts. */
export const STORY = [
  'been lifting for about three years now, mostly a 5/3/1 template',
  'squat is around 140 kg for a triple and deadlift is 180',
  'i usually train four days a week and run twice on the off days',
  'last block went well and i hit a bench pr of 100 kg',
  'i warm up with the bar and some hip openers before every session',
  'diet has been fine, eating around maintenance with plenty of protein',
  'my sleep has been decent, seven hours most nights',
  'i switched to a new programme a couple of weeks ago with more volume',
  'my gym finally got a proper deadlift platform',
  'i film my sets so form checks are easy',
  'my coach says my bracing looks ok',
  'anyway sorry for the long post',
];
