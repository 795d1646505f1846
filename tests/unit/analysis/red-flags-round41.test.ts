/**
 * Round 41's classes, found on the tune split of a new set of real posts read once before any change (README
 * "Accuracy"), each beside the look-alikes that must stay as they are. Sentences written for the project, by class:
 * no real post's words.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '@/lib/analysis';

const tierOf = (text: string) => assess(text, { rank: false }).triage;
const flagsOf = (text: string) => assess(text, { rank: false }).redFlags.map((flag) => flag.id);

describe('pain that "came on" the back', () => {
  it.each([
    'The pain came on my lower back after a long day at my desk.',
    'The tightness came on my mid back during the long run and stayed all evening.',
    'A dull ache came on my upper back halfway through the rows.',
  ])('is how it started, not a blow: %s', (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });

  it.each([
    'The bar came down on my lower back when I dumped the squat.',
    'Dumped a squat, the bar came on my upper back hard. Sore spot right on my spine.',
    'Dropped the bar and it came across my upper back hard.',
    'The bar slipped and landed on my mid back.',
  ])('a bar that came down on it still is: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('a crash that is no blow', () => {
  it.each([
    'Lower back aches on runs. The app kept crashing halfway through so I lost my splits.',
    'My lower back is sore after the 10k and my watch crashed at 7k, so no data.',
    'Lower back tight after the long run, then a massive sugar crash at mile 18.',
    'Back is stiff, I crashed on the sofa straight after the race and slept funny.',
    'Lower back sore, probably from the crash diet, I have no energy for deadlifts.',
  ])('is a gadget, an energy, a diet or a sofa: %s', (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });

  it.each([
    'Crashed my bike on the descent yesterday and my lower back is agony.',
    'I crashed my car on the way to the gym and my lower back has hurt since.',
    'My phone died, then I came off my bike at 30mph, lower back is killing me.',
    'My Garmin crashed when I came off on the descent, hit the road hard, back is agony.',
    'Crashed my bike, Garmin survived lol, my lower back didnt. Sharp pain when I move.',
  ])('a rider or a driver who crashed still is: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe("a dream's or a game's crash", () => {
  it.each([
    'Had a dream I ploughed into a truck on my bike, woke up sweating and my mid back was locked up.',
    'In my nightmare last night I went down hard on black ice and woke up with my mid back in spasm.',
    "Zwift race: I crashed into another rider's avatar lol. Lower back pump from 2 hours on the trainer.",
  ])('is no crash: %s', (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });

  it.each([
    'Had a nightmare, then fell down the stairs this morning, lower back is agony.',
    'I was dreaming of a PR and then a car hit me on my bike this morning, back is agony.',
    'Woke from a nightmare and both legs were numb, lower back agony.',
  ])('a real one told beside a dream still is: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('a rider into a vehicle or another rider', () => {
  it.each([
    'I crashed into a parked car on my bike, lower back is killing me.',
    'Rode into the back of a van this morning, my lower back is agony.',
    'I crashed into another cyclist yesterday, my back hurts.',
    'I hit a pothole and went down hard on the road, lower back is agony.',
    'I crashed my road bike on ice this morning, lower back agony.',
    "Touched a wheel and next thing I know I'm sliding along the road on my side, lower back agony today.",
    'I slid across the tarmac when I came off, back is agony.',
    "A car pulled out, I crashed hard and hit the kerb with my back. Back has been agony since, haven't got it checked.",
    'Last season was my best, then I crashed my bike into a car yesterday and my lower back is agony.',
  ])('is a crash: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });

  it.each([
    'I slammed into the wall at mile 20 and my lower back ached the whole way home.',
    'The deadlift went down hard on the floor and my lower back is sore.',
    'My mate rode into the back of a van last year, my own back is just tight from deadlifts.',
    "I went down hard on gravel two summers ago and cracked a vertebra. It healed fine. You'll be ok OP.",
    'Last season I slid across the tarmac at a crit, back hurt for a couple of days, physio sorted it.',
    'As a junior I slid across the tarmac loads of times. Now my lower back aches after long rides.',
  ])("a runner's wall, a dropped bar or a friend's crash long ago is not: %s", (text) => {
    expect(flagsOf(text)).not.toContain('major_trauma');
  });
});

describe('a bathroom told beside a bladder sign', () => {
  // Crawling to the bathroom as how far a stiff back had to go was tried as no sign and taken back (review 41a and 41b):
  // the bathroom was the only anchor of real signs told with it.
  it.each([
    'Hurt my back deadlifting, I walked to the toilet and nothing came out, I cannot pee.',
    'My back went, I crawled to the loo and wet myself before I got there without feeling it.',
    "Back went on Monday and I didn't make it to the bathroom, didn't even feel it coming.",
    "Had to crawl to the toilet, and I can't tell if I've gone or not, it's all numb down there, back is agony.",
  ])('stays an emergency: %s', (text) => {
    expect(tierOf(text)).toBe('emergency');
  });
});

describe('no better after weeks, told as never better', () => {
  it.each([
    'My lower back has hurt for three months and it never got better.',
    'Strained my lower back two months ago and it never fully healed.',
    'Lower back pain for six weeks now, the pain is still there every morning.',
    'Upper back between the shoulder blades for two months, nothing has really fixed it.',
  ])('is not improving: %s', (text) => {
    expect(flagsOf(text)).toContain('not_improving');
    expect(tierOf(text)).toBe('soon');
  });

  it.each([
    'Tweaked my lower back yesterday and it never got better during the session.',
    'My lower back was sore for two months in the spring, then it went away completely.',
    "I've had back pain on and off for years but it always settles within a week.",
    'Lower back aches after heavy deadlifts, the pain is still there today.',
    'Lower back was sore for 6 weeks over winter but it is fine now. My knee though, still there.',
    'Back was sore for a couple of days, fine now. My squat never improved though, stuck at 140kg for months.',
    'Back pain for about a month, eased off nicely now. Cut on my hand never healed properly, still there.',
    'My back has felt tight for weeks but honestly the motivation is still there.',
    'Had lower back pain for months back in 2019, it never really got better until I started deadlifting properly.',
    'Had lower back pain for 6 weeks back in 2020, went away. This week it came back right away on my first run.',
  ])('a short or a settled one, or another thing no better, is not: %s', (text) => {
    expect(flagsOf(text)).not.toContain('not_improving');
  });
});
