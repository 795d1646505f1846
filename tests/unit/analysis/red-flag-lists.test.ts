/**
 * Regression guard on the red-flag lists of rounds 7 and 8 (tests/fixtures/red-flag-lists/): forum posts written
 * by helpers who never saw the code, the corpora or each other's lists, each with emergencies, urgent signs and
 * look-alikes. Lists 7–14 and 16–23 were each read once for a held-out figure and then fixed by class, so here they
 * only guard what those fixes bought. List 15 was read once, on the final engine of round 7, and never fixed: it
 * is a held-out list, so no test reads it (README "Accuracy" gives its figure). Lists 25 (round 11's last), 28 and 30
 * (round 15's), 33 (round 16's) and 35 (round 17's) are held out the same way, and none of them is read by
 * scripts/fit-emergency-model.ts. Lists 26, 27 and 29 were written with 28 in round 15 and read once each before their
 * fixes; list 30 was read once, at the end. Lists 31 and 32 were written with 33 in round 16 and read once each, on
 * round 15's engine, before their fixes; list 34 was written with 35 in round 17 and read once on round 16's engine
 * before its fixes. Lists 36 and 37 were written in round 20 and read once each, on round 19's engine, before their
 * fixes; lists 38 and 39 were written in round 21 and read once each, on round 20's engine, before their fixes (README
 * "Accuracy").
 * List 40 (round 21) is held out the same way: written with 38 and 39, read only for figures at the round's end. Lists 41
 * and 42 were written in round 22 and read once each, on round 21's engine, before their fixes; list 43 (round 22) is
 * held out like list 40. Lists 44 and 45 were written in round 23 and read once each, on round 22's engine, before their
 * fixes; list 46 (round 23) is held out like list 40. List 47 was written later in round 23 and read once on that
 * round's engine before its fixes; list 48 is held out like list 40. Lists 49–74 (rounds 24 to 30) follow the same
 * pattern, odd ones read once and fixed, even ones held out (tests/fixtures/README.md). List 75 (round 34) was read
 * once on round 33's engine; its fixes were taken back after review, so it stands at that reading. List 76 is held out,
 * and so are lists 77 and 78 (round 37: long posts). Of round 56's lists, 80 was read once on round 55's engine and
 * fixed by class, and 79 is held out; of round 57's, 82 was read once on round 56's engine and fixed by class, and 81
 * is held out; of round 58's, 84 was read once on round 57's engine and fixed by class, and 83 is held out.
 */
import { describe, expect, it } from 'vitest';
import { tierRank } from '@/lib/features';
import { HELD_OUT_RED_FLAG_LISTS } from '@/lib/tools/held-out';
import { listNames, listPostTriage, readList } from '@/lib/tools/red-flag-lists';

/** The lists fixed by class: every list but the held-out ones (lib/tools/held-out.ts). */
const TUNED_LISTS = listNames().filter((name) => !HELD_OUT_RED_FLAG_LISTS.has(name));

/**
 * Where each list's fixes left it, when that is further than the usual guard: list 18's misses are comparisons told
 * across sentences ("you know when your foot falls asleep? That, but it's my taint"), a coach's post titled by one
 * rower, Irish "your man" read as the reader, and urgent replies with no back word.
 */
const LEFT: Record<string, { missed?: number; urgentLow?: number; falseAlarms?: number }> = {
  '18': { missed: 5, urgentLow: 5 },
  // Titles read as the post's first line name a sign its body then tells as past or someone else's ("Car accident
  // 2015, sore back now", "Brother's motorbike crash, my back question"); a rule that let the body take them back lost
  // real signs titles carry, so it was not kept (README "Accuracy", round 23).
  '44': { falseAlarms: 3 },
  '45': { falseAlarms: 3 },
  // List 47 (round 23's second list, read once near the round's end): replies whose sign is told only by the title's
  // everyday words ("numb bum after rows") and a training log's buried signs are still missed; so are urgent signs in
  // non-native words ("my weight is reducing") and in replies that lean on "mine"; its false alarms are titles again
  // ("Both legs numb??" over "false alarm lads, sat cross-legged").
  '47': { missed: 5, falseAlarms: 4, urgentLow: 5 },
  // Lists 49, 51 and 53 (round 24): opening posts whose title names a sign the body then explains away ("Numb legs
  // after gaming" over a body that sat cross-legged and got the feeling back; "Brown pee after the stag"). A rule that
  // read the title as a headline told by its body took 14 of list 51's false emergencies to 6, but the round's code
  // review showed it letting anything in a body explain a title's real sign away ("Hit by a car while cycling" over "I
  // was barely moving at the lights"; "The spasm went away…" ending a title's numbness), so it was taken back: a false
  // alarm is the lesser harm.
  '49': { falseAlarms: 4 },
  '51': { falseAlarms: 12 },
  '53': { falseAlarms: 3 },
  // List 57 (round 25: phone shorthand deep in threads). Still missed: a sign answered to a quoted question ("> are you
  // getting any saddle numbness?" … "i am, since the weekend"), a simile for the saddle ("the bit you sit on"), "the
  // feeling of needing to go", a bladder scan told far from its "didn't even feel full", a flatmate who "couldn't get
  // anything out", "tboned" and a climber who "decked from the top". Taken back after the round's code review: each
  // term also caught tackles, box jumps, a run-up's nerves or a drug test. Its false alarms: altitude's breathlessness,
  // dark pee explained by one glass of water, a numb bum resolved in an update, and a nurse's list of signs.
  '57': { missed: 8, falseAlarms: 4 },
  // List 63 (round 27: signs typed on phones, half-denied, for a partner). Its false alarms: a coach asking for the list
  // of signs to watch for ("Numb groin, bladder issues, both legs, anything else?"), numbness said of everything ("my
  // legs are numb, my brain is numb"), a cauda equina five years past with "full feeling back" (a cue for that was
  // taken back after the round's code review: it also closed "hoping I'll have full feeling back by tomorrow"), and a
  // stranger at the gym whose chest hurt before he went grey, told by a writer who is fine (a post that opens on someone
  // else is read as written for them).
  '63': { falseAlarms: 4 },
  // List 67 (round 29: look-alikes beside hard emergencies). Its false alarms are titles that name a sign the body
  // explains ("Numb bum after leg press??" over the metal seat; "Both feet tingling" over laces pulled too tight; "Dark
  // pee + sore back" over a stag do; "Rear-ended at the lights" at walking pace) and a chest tight with a cold. A rule
  // that let a body telling the same numbness with its cause clear the title cleared two of them, and two look-alikes
  // in the held-out lists, but lost one held-out emergency, so it was not kept.
  '67': { falseAlarms: 7 },
  // List 69 (round 29's second list: replies that lean on the title for where or what). Still missed: replies whose
  // sign is told only by the title's words ("Re: Anyone lost feeling when wiping…" answered "Yes. Me. Right now";
  // "Re: Pee colour after an ultra" answered "mine came out brown like strong tea"), "numb round my bum" after a
  // seat told as not the cause, a father's back pain "going into his chest" told with a grey face, and a partner who
  // "can't go even though his belly's tight" (codeine's constipation is told in the same words).
  '69': { missed: 5 },
  // List 73 (round 30: emergencies inside long posts, look-alikes the same post explains). Its false alarms are numbness
  // of both legs or feet that passed within minutes once its cause went (lying face down on a physio's wedge, a cold
  // plunge, laces pulled tight), a title's numb bum over a saddle that "came back within ten minutes", and sheets soaked
  // in a fever told as a training log. A tight-laces cause was taken back in round 29 after it hid a numb groin, and
  // fever words as the explanation of a wet bed after round 30's review (a temperature taken and found normal would have
  // explained a real accident away), so these stay alarms: the lesser harm.
  '73': { falseAlarms: 5 },
  // List 75 (round 34: signs told in everyday words). Its six misses (soiling told by the bed, a weak trickle, a
  // partner's numb saddle told by a simile, sciatica spread to the other calf, crashes told with their speed) had fixes
  // that round 34's review took back: each also raised false emergencies (descents, drooling, a period, food poisoning,
  // pins and needles in both hands) or, for the fright on a lift, hid a real accident told after it.
  '75': { missed: 6 },
};

const triageOf = listPostTriage;

describe('the held-out red-flag lists', () => {
  it('are lists that are there, and leave most lists to the guard below', () => {
    const names = new Set(listNames());
    expect([...HELD_OUT_RED_FLAG_LISTS].filter((name) => !names.has(name))).toEqual([]);
    expect(TUNED_LISTS.length).toBeGreaterThan(HELD_OUT_RED_FLAG_LISTS.size);
  });
});

describe.each(TUNED_LISTS)('red-flag list %s (fixed after its held-out reading)', (name) => {
  const posts = readList(name);

  // Where the fixes left each list (0.94–1.0 of 45–60 emergencies): a guard against losing them, not a bar.
  it('still misses at most three of its emergencies', () => {
    const missed = posts.filter((post) => post.tier === 'emergency' && triageOf(post) !== 'emergency').map((post) => post.id);
    expect(missed.length, missed.join(', ')).toBeLessThanOrEqual(LEFT[name]?.missed ?? 3);
  });

  it('raises an emergency for at most two of its other posts', () => {
    const falseAlarms = posts
      .filter((post) => post.tier !== 'emergency' && triageOf(post) === 'emergency')
      .map((post) => post.id);
    expect(falseAlarms.length, falseAlarms.join(', ')).toBeLessThanOrEqual(LEFT[name]?.falseAlarms ?? 2);
  });

  it('never rates a post labelled urgent below soon', () => {
    const low = posts
      .filter((post) => post.tier === 'urgent')
      .filter((post) => tierRank(triageOf(post)) < tierRank('soon'))
      .map((post) => post.id);
    // Replies with no back word and no thread title cannot count an urgent flag (DESIGN.md "Analysis"): a few.
    expect(low.length, low.join(', ')).toBeLessThanOrEqual(LEFT[name]?.urgentLow ?? 4);
  });
});
