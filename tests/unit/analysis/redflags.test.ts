/**
 * The red-flag reader's root causes (issue 10, points 1-6), one behaviour each, in posts written for
 * this test: multi-part negation and answered screening lists, "without" scope, other people and
 * history, badging on any post and in a back thread, and the triage rules.
 */
import { describe, expect, it } from 'vitest';
import { assess, decideTriage } from '@/lib/analysis';
import { tierRank } from '@/lib/features';
import { analyzeText } from '@/lib/analysis/extract';
import { FlagContext, numbCausesIn } from '@/lib/analysis/flag-context';
import { CueIndex, NegationIndex, getLexicon, readMentions } from '@/lib/analysis/mentions';

const tier = (text: string, thread?: string) =>
  assess(text, { rank: false, ...(thread ? { thread: { title: thread } } : {}) }).triage;
const flags = (text: string) => analyzeText(text).redFlags.map((flag) => flag.id);

describe('negation of flags built from several parts (point 1)', () => {
  it.each([
    'Lower back is sore but no numbness in my groin.',
    'My back aches. No dark urine, just sore erectors.',
    'My lower back hurts. Numbness in the groin, trouble peeing, weakness in both legs: none.',
    'My lower back hurts. Saddle numbness, bladder changes, both legs, nothing.',
    'My lower back hurts. Any numbness down there? No.',
    'My lower back hurts, bladder and bowels are fine.',
  ])('%j raises no emergency', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it('ends a "without" at a new statement after "and"', () => {
    expect(tier('I can squat without pain and my legs are numb, both of them, since this morning.')).toBe('emergency');
  });
});

describe('whose and when (point 5)', () => {
  it.each([
    'My lower back is tight. My grandad had foot drop after surgery.',
    'My lower back is tight. If you ever get numbness down there, go to A&E.',
    'Had sciatica in 2019, long gone. Now my lower back is just stiff after deadlifts.',
    'My lower back aches and I laughed so hard I nearly wet myself.',
    'Legs were dead after the 20 miler and my lower back is tight.',
    'Short of breath after the sprints, lower back tight.',
    'Lower back sore, and I had a lump in my throat at the finish line.',
  ])('%j is no flag of the writer’s now', (text) => {
    expect(tier(text)).toBe('self_care');
  });

  it('reads each modifier on a mention', () => {
    const text = 'My dad has numbness in his groin.';
    const context = readMentions(text, getLexicon());
    const cues = new CueIndex(context);
    const negation = new NegationIndex(context, cues);
    const negated = new Set(context.mentions.filter((mention) => negation.isNegated(mention)));
    const numb = context.mentions.find((mention) => mention.value.cat === 'cue' && mention.value.id === 'numbness')!;
    expect(new FlagContext({ context, cues, negated }).modifiers(numb)).toEqual({
      negated: false,
      someoneElse: true,
      hypothetical: false,
      historical: false,
    });
  });

  it.each([
    ['I have saddle numbness and lower back pain.', []],
    ['Numbness in my saddle area since the deadlift.', []],
    ['My saddle area is numb after a three hour ride.', ['ride']],
    ['Numb down there from the bike saddle.', ['bike', 'saddle']],
  ])("in %j, the everyday causes of numbness are %j, never a word of where it is or of the sign's name", (text, causes) => {
    const context = readMentions(text, getLexicon());
    const cues = new CueIndex(context);
    const found = numbCausesIn(context, cues, 0).map((cause) =>
      context.tokens
        .slice(cause.start, cause.end)
        .map((token) => token.text)
        .join(' '),
    );
    expect(found).toEqual(causes);
  });

  it('counts the flags of a post written for someone else whose back it is about', () => {
    expect(tier("My wife's lower back has been agony for a week and now she can't feel her legs, both of them.")).toBe(
      'emergency',
    );
    expect(tier("My husband can't lift either foot properly since his back went and he's peeing himself, what do we do?")).toBe(
      'emergency',
    );
    expect(tier("My wife's back went yesterday and now she's wetting herself.")).toBe('emergency');
  });

  it.each([
    'My dog peed himself when I dropped the bar lol, lower back fine.',
    'My toddler wet himself at the gym creche, my lower back is sore from carrying him.',
  ])('reads "himself" in a post about the writer as someone else’s: %s', (text) => {
    expect(tier(text)).toBe('self_care');
  });
});

describe('badges (point 2)', () => {
  it('badges a current emergency on a post that never names a back', () => {
    const assessment = assess('Since this morning I cannot pee at all and my groin is numb.', { rank: false });
    expect(assessment).toMatchObject({ relevant: true, triage: 'emergency' });
  });

  it('badges an urgent flag in a back thread, and not outside one', () => {
    const text = "Now I'm running a temperature of 38.9 and shivering.";
    expect(assess(text, { rank: false })).toMatchObject({ relevant: false, triage: 'self_care' });
    expect(assess(text, { rank: false, thread: { title: 'Lower back pain after deadlifts' } })).toMatchObject({
      relevant: true,
      triage: 'urgent',
    });
  });

  it('reads "my back went" as a back', () => {
    expect(assess('My back went on Saturday and there is a lump on my spine now.', { rank: false })).toMatchObject({
      relevant: true,
      triage: 'urgent',
    });
  });

  it('needs a back for a crash to be a back emergency', () => {
    expect(tier('Hurt my shoulder and ankle in a bike crash, took a month off.')).toBe('self_care');
  });

  // NHS: chest pain is a 999 sign "if back pain comes with" it (clinical-facts.md); alone it is no back post.
  it.each([
    'My chest goes tight on the tempo runs lately, probably the pollen.',
    'My uncle gets chest pain climbing stairs and refuses to see anyone about it.',
    'Squats leave my chest tight and I can’t catch my breath for a minute.',
  ])('needs a back for chest pain to badge a post: %s', (text) => {
    expect(assess(text, { rank: false })).toMatchObject({ relevant: false, triage: 'self_care', redFlags: [] });
  });

  it.each([
    ['Mid back pain and a crushing tightness in my chest.', undefined],
    ['Crushing tightness in my chest since this morning.', { title: 'Upper back pain between the shoulder blades' }],
  ])('keeps chest pain an emergency with a back in the post or its thread: %s', (text, thread) => {
    expect(assess(text, { rank: false, thread })).toMatchObject({ relevant: true, triage: 'emergency' });
  });
});

describe('vocabulary and suppressions (points 3-4)', () => {
  it.each([
    ['My lower back hurts and my taint and balls feel numb.', 'saddle_numbness'],
    ['Lower back agony and I have been dribbling urine all day.', 'bladder_bowel'],
    ['Back is wrecked and my legs keep buckling under me.', 'both_legs_neuro'],
    ['Mid back pain and a heavy pressure in my chest spreading to my jaw.', 'chest_pain'],
    ['Came off my motorbike at the weekend and my back is agony.', 'major_trauma'],
    ['After the session my lower back is agony and my pee looks like cola.', 'dark_urine_severe_pain'],
    ['Lower back pain and I have been burning up and shivering all night.', 'fever'],
    ['Lower back pain and my right foot keeps catching on the kerb.', 'progressive_weakness'],
    ['Lower back aches and I have lost a stone without trying.', 'weight_loss'],
    ['Lower back aches and I found a bony bump on my spine.', 'lump_or_deformity'],
    ["Lower back pain, I'm on methotrexate for arthritis.", 'steroids_immunosuppressed'],
  ])('%j reads %s', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  it.each([
    'I have saddle numbness and lower back pain.',
    "Lower back sore after last night's run, and I woke up with saddle numbness.",
    'C25K week 4, lower back pain and now numbness in my saddle area.',
    'How do I know if I have cauda equina? My groin has been numb since yesterday and my lower back is agony.',
  ])('reads saddle numbness named as such, whose "saddle" is no bike: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'How would I know if I had saddle numbness? Lower back sore after a heavy deadlift session.',
    'The big ones are numbness in the saddle area, bladder or bowel problems and both legs going weak. If you get any, A&E.',
    'Did a 100km sportive yesterday. My perineum was totally numb from the saddle, came back an hour after. Back fine.',
    "I keep seeing 'saddle numbness = go to A&E' in every back pain thread. My back is fine, what does it feel like?",
  ])('leaves a bike’s numbness, and a sign only asked about, listed or quoted, alone: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it('keeps real saddle numbness described with a bike simile', () => {
    expect(flags('My lower back hurts and my groin is numb, like after a long bike ride, but I have not ridden.')).toContain(
      'saddle_numbness',
    );
  });

  it('keeps chest tightness that feels like pressing', () => {
    expect(flags('Upper back sore and my chest is tight, like someone pressing on it.')).toContain('chest_pain');
  });

  it('rates pain or sciatica in both legs an emergency (NHS 999 list)', () => {
    expect(tier('Lower back pain and now I have sciatica in both legs.')).toBe('emergency');
  });
});

describe('triage rules (point 6)', () => {
  it('keeps a cramp that comes only on one lift’s top sets for weeks at self care', () => {
    expect(
      tier('For six weeks my mid back cramps between my shoulder blades on heavy bench top sets only, still no better.'),
    ).toBe('self_care');
  });

  it('raises pain that is no better after weeks', () => {
    expect(tier('My lower back has ached for six weeks now and it is no better.')).toBe('soon');
  });

  it('reads a history of cancer with spinal pain as urgent and with neurology as an emergency (NICE NG234)', () => {
    expect(decideTriage(['cancer_history'], { region: ['mid_back'] })).toMatchObject({ tier: 'urgent', rule: 'cancer_spinal' });
    expect(decideTriage(['cancer_history', 'night_or_rest_pain'])).toMatchObject({ tier: 'urgent' });
    expect(decideTriage(['cancer_history', 'progressive_weakness'])).toMatchObject({ tier: 'emergency', rule: 'cancer_neuro' });
    expect(decideTriage(['cancer_history'], { sensation: ['numbness_tingling'] })).toMatchObject({
      tier: 'emergency',
      rule: 'cancer_neuro',
    });
    expect(tier("I'm a breast cancer survivor and now the pain shoots down my left leg from my lower back.")).toBe('emergency');
  });
});

describe('pain that has lasted weeks and is no better (soon)', () => {
  const LASTED = ['Two months of lower back ache', 'My lower back has ached for six weeks', 'Lower back pain for 8 weeks now'];
  const NO_BETTER = ['nothing is helping', "rest hasn't changed anything", "it's only getting worse", 'nothing seems to help'];

  it('is a reason to see a doctor soon, however the two halves are said', () => {
    const missed = LASTED.flatMap((lasted) => NO_BETTER.map((better) => `${lasted}, ${better}.`)).filter(
      (text) => !assess(text).redFlags.some((flag) => flag.id === 'not_improving'),
    );
    expect(missed).toEqual([]);
  });

  it('is not said by a short spell or by how long the writer has trained', () => {
    for (const text of [
      'My lower back has ached for three days, nothing is helping.',
      'Six years of lifting and my lower back is getting worse after deadlifts.',
    ]) {
      expect(assess(text).redFlags.map((flag) => flag.id)).not.toContain('not_improving');
    }
  });
});

describe('warning signs told by what the writer noticed (round 7 list, classes not lines)', () => {
  const flagsOf = (text: string) => assess(text).redFlags.map((flag) => flag.id);

  it('reads numbness that a sit, a bike or the cold explains as theirs, unless it outlasts them', () => {
    for (const post of [
      'Six hour drive to the meet and my backside was numb when we got there, lower back is stiff too.',
      'Long gran fondo on Saturday, groin went numb on the hoods, lower back tight from the position.',
      'Both feet went numb on a freezing morning run until they warmed up, lower back stiff as well.',
      'Desk job, my bum goes numb by 3pm, and my lower back aches after deadlifts.',
    ]) {
      expect(flagsOf(post), post).not.toContain('saddle_numbness');
      expect(flagsOf(post), post).not.toContain('both_legs_neuro');
    }
    for (const post of [
      'My lower back has been bad since the weekend and my groin has been numb since the drive home, still numb today.',
      'Lower back sore all week, and the numbness in my bum stays even after I get off the bike.',
      'My groin went numb like after a long bike ride and my lower back is killing me.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('reads the area a seat touches, the inner thighs and between the cheeks as the saddle', () => {
    for (const post of [
      'Hurt my lower back lifting a sofa, and now the part that touches the chair feels tingly and dull.',
      "Lower back agony since Monday and I couldn't really feel the towel between my cheeks after the shower, it's numb.",
      'Back went on deadlifts and the insides of my thighs are numb up at the top.',
    ]) {
      expect(flagsOf(post), post).toContain('saddle_numbness');
    }
  });

  it('reads a bladder that will not start or empty, told by what comes out', () => {
    for (const post of [
      'Back has been wrecked since the move, and this morning only a trickle came out at the urinal.',
      "Lower back locked up on Tuesday and now I can't seem to fully empty when I pee.",
      'My back is sore since the fall and the stream takes forever to start.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
    expect(tier("My lower back is sore and my phone's stream takes ages to start lol")).not.toBe('emergency');
    expect(tier('Lower back tight, and I need a pee break every mile on long runs')).not.toBe('emergency');
  });

  it('reads urine the colour of a drink, and not the drink itself', () => {
    expect(tier("Brutal comeback session, lower back pain 9/10, and I peed a minute ago and it's root beer coloured.")).toBe(
      'emergency',
    );
    expect(tier('I peed before the meet and drank a Dr Pepper, lower back is tight.')).not.toBe('emergency');
    expect(tier('After reading about rhabdo here I checked my pee, pale yellow, lower back just sore.')).not.toBe('emergency');
  });

  it('reads falls from a height, a car clipping a runner and a rolled car as major trauma', () => {
    for (const post of [
      'Fell off the shed roof clearing gutters, my lower back is really sore.',
      'A van clipped me on my run and I hit the pavement, back is killing me.',
      'We were in a car that flipped on the motorway yesterday and my mid back hurts.',
    ]) {
      expect(flagsOf(post), post).toContain('major_trauma');
    }
  });

  it("reads the writer thrown into a tree or a post at speed as major trauma, not a ball's or a car's", () => {
    for (const post of [
      'Skiing yesterday I caught an edge and I went straight into a tree, took it across my lower back. Pain is excruciating.',
      'Mountain biking on Sunday I hit a tree at speed and my lower back is killing me.',
      'Lost it on the descent and I slammed into a guardrail at 40k, lower back is agony.',
      'Sledging with the kids, we hit a tree at about 20mph and my lower back has been in agony since.',
    ]) {
      expect(flagsOf(post), post).toContain('major_trauma');
    }
    for (const post of [
      'My golf ball hit a tree on the 9th and my lower back was sore from the swing all round.',
      'A car hit a tree outside our house last night. Anyway my lower back has been tight after deadlifts.',
      'Hit the wall at mile 20 and my lower back cramped.',
      'Kicked the ball and it went straight into a tree, lost it. My back was aching from the kickabout.',
      'I hit a tree off the tee on 3 and 7, what a day. My lower back is tight after 18 holes.',
      'We hit a barrier with fatigue around week 6 and my lower back started aching on deadlifts.',
      'I hit a tree stump with the mower and it jolted me, lower back a bit achy afterwards.',
      'When I was 16 I went straight into a tree sledging. Now 35, my lower back aches every morning.',
      'My drone lost signal and went straight into a tree, and I hurt my lower back climbing up for it.',
      'I went into the tree stand at 5am and sat for six hours, my lower back is stiff.',
    ]) {
      expect(flagsOf(post), post).not.toContain('major_trauma');
    }
  });

  it('reads a chest told as stood or sat on, in British words, and not a bar or a back', () => {
    expect(tier('My chest felt like someone was stood on it this morning and my upper back aches between the blades.')).toBe(
      'emergency',
    );
    expect(tier('Chest went heavy like somebody was sat on me, upper back aching, not trained since Monday.')).toBe('emergency');
    expect(tier('The bar felt like someone was stood on it, upper back sore from the squats.')).not.toBe('emergency');
    expect(tier('My back felt like someone was sat on me all night, lower back aching.')).not.toBe('emergency');
    expect(
      tier('Chest day pump was unreal, my chest felt like someone was stood on it after all the dips. Lower back tight.'),
    ).not.toBe('emergency');
  });

  it('reads a heavy feeling in the chest with back ache, not the pump after bench', () => {
    expect(tier('My chest feels heavy and my upper back aches, I have not trained today.')).toBe('emergency');
    expect(tier('Heavy feeling in my chest after bench, upper back tight too.')).not.toBe('emergency');
  });

  it('does not read a steroid cream or inhaler as a systemic steroid', () => {
    expect(flagsOf('Using a steroid cream for eczema, lower back is sore after squats.')).not.toContain(
      'steroids_immunosuppressed',
    );
    expect(flagsOf("I've been on prednisolone tablets for a year and now my lower back hurts.")).toContain(
      'steroids_immunosuppressed',
    );
  });
});

describe('warning signs in the forum’s own turns of phrase (round 7 list, second half)', () => {
  const flagsOf = (text: string) => assess(text).redFlags.map((flag) => flag.id);

  it('reads a word in scare quotes as part of its phrase', () => {
    expect(tier('My husband’s upper back hurts and his chest feels "squeezed", he says it is a pump.')).toBe('emergency');
    expect(tier('Hurt my back at work and down below feels "like it is made of rubber".')).toBe('emergency');
  });

  it('reads legs that will not hold the writer, and breath that will not come, as emergencies', () => {
    expect(tier("Lower back locked up yesterday and today my legs just didn't want to hold me.")).toBe('emergency');
    expect(tier("My legs didn't want to hold me up after the 400s, lower back is tight.")).not.toBe('emergency');
    expect(tier('Back pain and my chest hurts when I breathe in, did not even train today.')).toBe('emergency');
    expect(tier('Ache between my shoulders and I’m puffing just walking up the drive.')).toBe('emergency');
    expect(tier('Lower back tight and I was puffing after the hill sprints.')).not.toBe('emergency');
  });

  it('reads weight lost without meaning to as urgent, and a denied cut as no cut', () => {
    expect(tier("Not cutting, eating the same as ever, but I've dropped 6 kg since spring and my lower back aches daily.")).toBe(
      'urgent',
    );
    expect(tier('Down nearly a stone without trying and my back has ached for weeks.')).toBe('urgent');
    expect(flagsOf('On a cut, dropped 6 kg since spring, lower back a bit achy after deads.')).not.toContain('weight_loss');
  });

  it('reads a teenager who says their age without "years old"', () => {
    expect(flagsOf('im 16 fast bowler, my lower back hurts when i lean back in my action')).toContain('young_extension_pain');
    expect(flagsOf("I'm 15 minutes into my warm up and my lower back hurts when I arch")).not.toContain('young_extension_pain');
  });

  it('does not read being worn out, or a short steroid course long ago, as a flag', () => {
    expect(tier('Woke up feeling like I got hit by a truck after week 2 of Smolov, back and legs wrecked.')).not.toBe(
      'emergency',
    );
    expect(flagsOf('Had a short course of prednisone for a rash in 2016. Lower back tight after squats.')).not.toContain(
      'steroids_immunosuppressed',
    );
  });

  it('reads a toilet trip that comes out the colour of a drink, with severe muscle pain', () => {
    expect(tier('Back is swollen and killing me after the comp, and every trip to the loo is coke coloured.')).toBe('emergency');
  });
});

describe('a question to the asker, and a statement that ends in a question mark', () => {
  it('reads a statement with a question mark as the writer’s own, as thread titles are', () => {
    expect(tier('Chest pressure and back pain on my deadlift warm-ups - stop or push on?')).toBe('emergency');
    expect(tier('Numb down there after my back went on squats, A&E or wait??')).toBe('emergency');
  });

  it('reads a question put as a question as the asker’s', () => {
    for (const reply of [
      'Sorry about your back. Any numbness down there or trouble peeing?',
      'Sorry about your back. Numbness in the groin? Bladder ok?',
      'Rough. Does the pain go down both legs?',
    ]) {
      expect(tier(reply), reply).not.toBe('emergency');
    }
  });
});

describe('warning signs from the round 8 list (written by a helper, read after its held-out figure)', () => {
  const flagsOf = (text: string) => assess(text).redFlags.map((flag) => flag.id);

  it('reads a physio’s screening questions, a drive, an ice bath, a pre-workout and an inhaler as no emergency', () => {
    for (const post of [
      'The physio went through any numbness in the saddle, any trouble peeing, both legs ok, all no. Lower back strain she says.',
      'Drove five hours to the meet and my backside was numb when I got out, walked it off, lower back stiff.',
      'Cold tub for ten minutes after the race and everything down there went numb for a bit, lower back fine.',
      'My pre workout makes my hands and legs tingle for twenty minutes, lower back a bit tight from deads.',
      'Frosty run and my chest got tight, two puffs of my inhaler sorted it, lower back is fine.',
    ]) {
      expect(tier(post), post).not.toBe('emergency');
    }
  });

  it('reads the saddle, the bladder and both legs told by what the writer noticed', () => {
    for (const post of [
      "Lower back wrecked since Friday and on the loo this morning the seat felt like it wasn't there.",
      'Back flared after my 10k and at the loo barely anything came out even though I was bursting.',
      "My husband's back went on Monday and he hasn't peed since last night.",
      "Dad's had back pain all week and now neither foot can feel the floor properly.",
      'Lower back is grim and both my feet feel like they are wrapped in cotton wool since last night.',
      'Upper back ached the whole run and there is a tightness behind my sternum that is still there.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('reads a night of sweats and chattering teeth as a fever, and a stone lost unmeant as urgent', () => {
    expect(flagsOf('Lower back pain all week and last night I sweated through the sheets, teeth chattering.')).toContain('fever');
    expect(tier("I've lost about a stone without trying since spring and my lower back aches all the time.")).toBe('urgent');
  });

  it('does not read both shins sore from shin splints as both legs', () => {
    expect(tier('Lower back sore since Tuesday. Both shins hurt from shin splints.')).not.toBe('emergency');
  });
});

describe('warning signs from the round 9 list (written by a helper, read after its held-out figure)', () => {
  const flagsOf = (text: string) => assess(text).redFlags.map((flag) => flag.id);

  it('reads signs written by non-native writers and in regional English', () => {
    for (const post of [
      'Since my back pain start after heavy squat, my two legs are sleeping, from the butt to the feet.',
      'Did my back on deadlift, from 2 days there is tingling and less sensation in private part area.',
      'After deadlift today I have sudden pain in back like something is tearing and it go through to the chest.',
      "Back went carrying the gas bottle and now I don't know when I need the loo anymore.",
      'Lower back is gone since squats and yesterday I have accident with the stool, I did not feel it coming.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('reads a post that opens on someone else as written for them, and the writer’s own body as theirs', () => {
    expect(tier('My boyfriend fell out of the tree he was pruning and landed on his back, he says he is fine.')).toBe(
      'emergency',
    );
    expect(flagsOf('My wife noticed a lump on my lower back next to the spine, it aches.')).toContain('lump_or_deformity');
    expect(tier('My uncle broke his back in a motorbike crash in the 90s and still lifts. Lever belt or prong?')).not.toBe(
      'emergency',
    );
    expect(tier('A lad in my box got rhabdo two years ago, he is grand now. My lower back is just sore.')).not.toBe('emergency');
  });

  it('reads a chest cold’s tight chest as no emergency, and "not asthmatic" as no excuse', () => {
    expect(tier('Chest cold, coughing all night and my chest feels tight, lower back sore from the hacking.')).not.toBe(
      'emergency',
    );
    expect(
      tier('Upper back ached on my run and my chest went tight like a band, not asthmatic, still tight an hour later.'),
    ).toBe('emergency');
  });

  it('reads weight lost while only asked about a cut as unmeant', () => {
    expect(
      tier("I weigh 12 lbs less than in the autumn, haven't changed my eating, my wife asks if I'm cutting. Lower back aches."),
    ).toBe('urgent');
  });
});

describe('warning signs from the round 10 list (written by a helper, read after its held-out figure)', () => {
  it('reads a saddle that feels strange, a skin test, and numbness that outlasts a drive', () => {
    for (const post of [
      'Lower back went on Tuesday and in the shower the water on my inner thighs feels weird, like there is cling film on them.',
      "Marathon block and a sore lower back. On the cold bleachers I couldn't feel the cold on my butt at all.",
      "Driving home and my arse feels like it's made of wood. It's been like this 2 days now, even lying down. Back twinged on squats.",
      'My 17 year old hurt his back in the gym and his bits have gone numb and tingly since yesterday.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('reads a partner’s emergency even when the post ends on a question about "back pain"', () => {
    expect(
      tier(
        "My husband came home from the gym saying his back hurt and now he's holding his chest and his left arm feels funny. Back pain from kettlebells?",
      ),
    ).toBe('emergency');
  });

  it('reads "no urge" in the telling as part of the story, not as a screening answer', () => {
    expect(tier("Back's been bad since Sunday. Pooed myself a bit in the shop, no urge, nothing.")).toBe('emergency');
    expect(tier('Lower back hurts. Numbness in the groin, trouble peeing, weakness in both legs: none.')).not.toBe('emergency');
  });

  it('does not read legs like jelly after leg day as an emergency', () => {
    expect(
      tier('Leg day wrecked me -- both legs like jelly on the stairs after 10 sets of squats, lower back pumped too.'),
    ).not.toBe('emergency');
  });
});

describe('warning signs from the round 11 list (short posts, read after their held-out figure)', () => {
  it('reads them typed as on a phone', () => {
    for (const post of [
      'back twinge on my run then this squeezing behind my breastbone that wont quit',
      'mid back ache and every breath feels tight and shallow rn',
      'weird one but i cant feel the loo roll when i wipe since my back went',
      'been like 14 hrs since i last peed and i dont even feel like i need to?? back wrecked since deadlifts',
      'my 16yo got thrown off her horse yesterday and landed back first on the fence. says its just sore',
      'update: the numb patch on my right leg has spread and now the left one is doing it too. back still sore af',
      'tmi but my lady bits feel numb since i hurt my back at the gym yesterday',
      'back pain between my shoulders + my chest feels like someones sitting on it',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('reads fevers and weight told plainly as urgent in a back post', () => {
    expect(tier('low back pain plus sweats, thermometer says 39')).toBe('urgent');
    expect(tier('lost like 8kg in 2 months without trying and my back aches all the time')).toBe('urgent');
  });
});

describe('warning signs from the round 12 list (read after its held-out figure)', () => {
  it('reads the saddle told at length, the bladder without the signal, a tearing pain through to the back', () => {
    for (const post of [
      'Since a kettlebell swing went wrong I have had low back pain. When I dry myself the skin around my back passage feels as though it has gone numb.',
      'Squat PR came with a free gift: back wrecked since Sunday and now my whole undercarriage has gone quiet.',
      'Doing heavy shrugs I felt something like a rip going straight through from the front of my chest into my back.',
      'Back seized on Thursday and since then I have been straining to get my water going.',
      'Binned the motorbike on a roundabout Sunday and slid along on my back, it is getting stiffer every day.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('reads numbness a cause explains only when the cause is told close to it', () => {
    expect(
      tier('Both feet went numb 8k into my run. Stopped, loosened the laces and the feeling came back. Lower back is fine.'),
    ).not.toBe('emergency');
    expect(
      tier(
        'Pulled from the floor on Saturday. Since last night sitting on the gym bike felt odd, and in the shower I noticed the insides of both thighs right up by my groin feel like they belong to somebody else. Back is throbbing.',
      ),
    ).toBe('emergency');
    expect(tier('Not been on the bike or anything, but my lower back is wrecked and my taint is tingly all afternoon.')).toBe(
      'emergency',
    );
  });

  it('does not read a physio’s mention of the signs, or a fever that is over, as the writer’s', () => {
    expect(
      tier("My physio mentioned something about numbness down there and the toilet; I don't have that, just a sore lower back."),
    ).not.toBe('emergency');
    expect(tier('Had flu last week with a high temperature, now fully recovered. Lower back stiff from bed.')).not.toBe('urgent');
  });
});

describe('warning signs from the round 13 list (read after its held-out figure)', () => {
  it('reads slang for the saddle, the paper not felt, a bladder that never felt full, and both legs gone dead', () => {
    for (const post of [
      'Back went on rack pulls saturday, but since this morning my meat and two veg feel like they belong to someone else.',
      "Stuffed me back at work Friday. Today me ring has gone all fizzy and numb, like pins and needles that won't quit.",
      "Lower back wrecked since the weekend. This morning when I wiped after a number two I couldn't feel the paper at all.",
      "Haven't needed a wee all day, and when I went it went on and on, I never felt it filling. Back cooked since the comp.",
      "Lads both me legs are after going dead on me since this morning. It's like they're someone else's. Back's been at me all week.",
      "My boyfriend can't get up onto his toes on either side today since his back went on squats.",
      'Bench day, halfway through the set I got this crushing tight feeling in my chest going right through to between my shoulder blades.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('does not read a coach or physio naming the signs as the writer’s own', () => {
    expect(
      tier(
        'My physio mentioned numbness in the groin and bladder stuff to watch for. I have none of that, just a sore lower back.',
      ),
    ).not.toBe('emergency');
    expect(tier("My wife's back went while gardening. Last night she mentioned she hasn't peed since yesterday morning.")).toBe(
      'emergency',
    );
  });
});

describe('warning signs from the round 14 list (read after its held-out figure)', () => {
  it('reads them', () => {
    for (const post of [
      "Today my back and arms are so swollen and painful I can't straighten them, and my pee is literally the colour of Coke.",
      'My lower back is rock hard and I can barely move, and my wee came out brownish.',
      'My back feels like it went through a mangle and my wee is the colour of a pint of stout.',
      'Lower back bad since deadlifts and today I messed myself at work with zero warning.',
      'Both legs fizzing like popping candy from the hips to the toes since my back went at the weekend.',
      'I do deadlift and after, my back is pain in the middle. Now also in the chest is pressure and breathing is hard when I walk.',
      'Doing farmer carries I got a tight band round my chest that goes through into my upper back.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });
});

describe('round 8: lists handed over and explanations passed on', () => {
  it('keeps the new emergency wordings off their look-alikes', () => {
    for (const text of [
      'Felt clammy and dizzy at the end of the half marathon and my lower back is sore.',
      'I got knocked out of the tournament in the first round and my back is sore.',
      'The ache in my lower back is on both sides the same.',
      'My two legs feel heavy after the marathon and my lower back aches.',
      'When the weight is placed on it my lower back hurts.',
      "I'm going by the clock for my intervals and my lower back is tight.",
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
    expect(tier("Since my back went out I just don't get the gotta pee feeling anymore. Going by the clock now.")).toBe(
      'emergency',
    );
    expect(tier('Tweaked my back hitching the trailer. Today the two legs went from under me on the stairs.')).toBe('emergency');
  });

  it('reads the items of a screening list someone handed over as a list, not as the writer’s signs', () => {
    const leaflet =
      'Physio gave me the leaflet with the warning signs on it: numbness around the back passage, trouble peeing, weakness in both legs. ' +
      'I have none of them, just a sore low back after moving house.';
    expect(tier(leaflet)).not.toBe('emergency');
    // The writer's own list stays theirs.
    expect(tier('Warning signs I have now: numbness around my back passage and trouble peeing. My lower back is wrecked.')).toBe(
      'emergency',
    );
  });

  it('lets the writer’s own harmless cause explain a numb bum, but not one someone else offers', () => {
    expect(tier('My lower back is sore and my bum went numb from sitting on the bleachers for three hours.')).not.toBe(
      'emergency',
    );
    const passedOn =
      'Pulled my back at the footy. My bum and the backs of my thighs where I sit are numb. ' +
      'Missus reckons it is from sitting on the cold bleachers. It is Wednesday now and still nothing.';
    expect(tier(passedOn)).toBe('emergency');
  });
});

describe('round 9: not noticing, food colours and questions put to anyone', () => {
  it('reads a leak or an accident the writer did not notice, even in training talk', () => {
    for (const post of [
      'My lower back has ached since Friday. Had a small leak into my leggings on the rower and did not notice till later.',
      'Back locked up on Tuesday and since then two accidents in the number two department, never felt it coming.',
      'Back is wrecked. I went for a wee but it comes not, only little bit drops.',
      "Me back's been in bits all week and I'm after wetting meself on the bus without even knowin.",
      'Back in agony since the deadlift. Got a numb patch round my bum hole today.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('keeps "didn\'t notice" about something else off the emergency', () => {
    for (const text of [
      'My back is sore. I didn’t notice the pain until I went to the toilet after the session.',
      'Lower back tweak on deadlifts. Didn’t notice anything wrong till I sat on the loo and tried to stand up.',
      'My back hurts and I have been peeing a lot, didn’t notice I had drunk 4 litres.',
      'My number two lift is the deadlift and my lower back is always sore after it.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });

  it('reads red urine after beetroot with no severe pain as the food, and not when the muscles are swollen', () => {
    expect(tier('Lower back sore after the ultra. Pee was red this morning, then I remembered the beetroot shots.')).not.toBe(
      'emergency',
    );
    expect(
      tier('Had beetroot juice yesterday but my pee is cola coloured today and my quads and lower back are swollen and agony.'),
    ).toBe('emergency');
  });

  it('counts a sign asked about as anyone’s ("has anyone had their … go numb?") as the writer’s', () => {
    expect(tier('My back hurts since last week. Has anyone had their taint go numb? Started Monday.')).toBe('emergency');
    expect(tier('Lower back tight after intervals, I am out of breath after each one but recover in a minute.')).not.toBe(
      'emergency',
    );
  });
});

describe('round 9: list 18 classes', () => {
  it('reads them', () => {
    for (const post of [
      'Hurt my back shovelling on Sunday. Since this morning the pee is not coming out properly, just a trickle.',
      'Back spasms since the weekend and I had an accident in my shorts on the walk home. Didn’t even feel it coming.',
      "Lower back went lifting the trailer. Been messin my drawers since yesterday and ain't even feelin it happen.",
      'Since my back went on Monday both legs have gone wobbly and I nearly fell on the stairs.',
      'Crashed on the descent and hit the tarmac back first. Middle of my spine is really sore now.',
      'Back aching after the rowing machine and now there is a pain across my chest that goes into my left arm.',
      'My back hurts when I breathe in and I am puffed out walking to the kitchen.',
      'My lower back and legs are swollen and very painful after spin class, and my urine looks like Pepsi.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('keeps their look-alikes off the emergency', () => {
    for (const text of [
      'I am struggling to ease myself back into training after my back tweak, can barely go 20 minutes.',
      'Both legs wobbly at the end of the marathon, back aching too.',
      'Drank a Pepsi before bed and my pee was dark this morning, back a bit sore.',
      'Fell back first onto the floor off the plyo box, bruised my lower back.',
      'Got dumped on a throw at judo tonight, lower back a bit sore.',
      'Ache across my chest after bench day and my upper back is tight.',
      'I was winded walking up the hill with a 20kg ruck and my back is sore.',
      'I have leaked a little when I sneeze since my second baby; the physio says it is stress incontinence. My back is sore from deadlifts.',
      'The leaflet says go to A&E if you get numbness in the saddle area, lose control of your bladder or bowels, or both legs go weak. None of that, just a stiff back.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });
});

describe('round 9: list 19 classes', () => {
  it('reads them', () => {
    for (const post of [
      'Pulled something on deadlifts. Since yesterday wiping feels like I am wiping somebody else.',
      "Back's been bad for two weeks and today I can't tell if I'm peeing or not.",
      'Tweaked my back on Saturday and twice now I have leaked a little poo without knowing.',
      'My lower back is agony and when I sit down I don’t really feel the chair at all.',
      'Upper back started hurting badly on the drive home and there is a crushing feeling across my chest.',
      'Her back hurts since she tumbled down a whole flight of stairs on Sunday.',
      'Decked from about 5 m at the crag yesterday, my lower back is really sore today.',
      'Fell off the big barn roof yesterday and my lower back is killing me.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('keeps their look-alikes off the emergency', () => {
    for (const text of [
      'I came down a whole flight of stairs carrying the couch and my lower back locked.',
      'I didn’t even feel the saddle on the 100k ride, back a bit stiff though.',
      'Box jump went wrong, fell from about 2 ft onto my back, a bit sore.',
      'Nothing swollen, pee a bit dark after the long hike with little water, back sore.',
      'Did hill repeats, totally gassed at the top of each one, lower back tight as a drum.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });
});

describe('round 10: list 20 classes', () => {
  const INJURIES = ['Hurt my lower back on squats Saturday.', 'Tweaked my back deadlifting four days ago.'];
  /** Each warning sign told the list's new ways, after an injury. */
  const SIGNS = [
    "Stood at the urinal for ages and couldn't tell whether I'd finished or was still going.",
    'Since this morning the urine don’t come, I try many times and only few drops.',
    "When I poo I can't actually feel it coming out anymore.",
    "Had an accident, and I mean number two, and I didn't even know it was happening.",
    "Both my feet feel like I'm wearing ski boots packed with cotton wool.",
    "I can't feel the floor properly under either foot, like standing on a mattress.",
    'Both legs, not just one, they both go to sleep when I stand up and stay like that.',
    'Walking up the stairs it felt like someone was kneeling on my chest, I was sweaty.',
    'On my run there was a crushing feeling behind my breastbone that went through to my back.',
    'The area I sit on is all tingly like when your foot goes to sleep, and it does not wear off.',
    'The part where you sit feels like after the injection at the dentist.',
    'My private part area and the inner side of both thighs are feeling like sleeping, pins and needles type.',
    'Got speared into the deck at a ruck, two lads landed on top of me.',
  ];

  it('reads each sign as an emergency, whichever injury comes first', () => {
    const missed = INJURIES.flatMap((injury) => SIGNS.map((sign) => `${injury} ${sign}`)).filter(
      (post) => tier(post) !== 'emergency',
    );
    expect(missed).toEqual([]);
  });

  it('keeps their look-alikes off the emergency', () => {
    for (const text of [
      "Couldn't tell whether I'd finished the set or not, my lower back was fried.",
      "I couldn't tell if I was done with the warm up, back felt tight.",
      'My toddler landed on top of me this morning and my lower back is sore.',
      "My lower back hurts and my left foot feels like I'm wearing a thick sock.",
      'No numbness in either foot, just lower back pain.',
      'Both my kids, they both went to sleep early so I got a lower back stretch in.',
      'If your bum goes tingly like when your foot goes to sleep, go to A&E. My lower back is just sore.',
      'Today was an absolute car crash, deadlifts hit me hard and my lower back is cooked.',
      'Absolute car crash of a session, lower back sore and tired.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
    expect(tier('I was in a car crash on the way to the gym and my lower back hurts.')).toBe('emergency');
  });
});

describe('round 10: list 21 classes', () => {
  it('reads them', () => {
    for (const post of [
      "Back hurts since deadlifts. When I sit on the saddle I don't feel nothing in the zone between the legs. But now also on the sofa it is the same.",
      'Back pain is strong since deadlift. I must push very hard to make pee, only a little comes.',
      'My back went on Sunday. I don’t get the warning anymore before I need to go number two.',
      'After my back injury, now when I cough some ihi comes out and I can’t stop it.',
      'Back pain is severe since squats. When I finally go I cannot feel the stool coming out at all.',
      'Since the disc flare-up last week (same as 2 years ago) things feel really muted down there. Back pain is 6/10.',
      "Back's been agony since Tuesday. Couldnae tell how hot the water was round ma backside and between ma legs.",
      'My back hurts since lifting the sofa. When I wash between legs I feel like it is not my body, like wood.',
      'Both feet and up to my knees have gone fuzzy since I hurt my back on Sunday.',
      'Upper back is paining since rows and one tightness has come in my chest which is going into left arm.',
      'My back is hurting between the shoulder blades and in my chest there is like a fist pressing, I cannot breathe deep.',
      "Mid-back ache since Friday is coming through to the front and I'm puffing doing the stairs at work.",
      'Quads so swollen after the squat challenge, proper agony, and my wee came out the colour of Bovril. Back sore too.',
      'Thighs very swollen after spinning, the pain is horrible, my xixi is dark like black tea. Lower back aches too.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('keeps their look-alikes off the emergency', () => {
    for (const text of [
      'Did my first 20 rep squat set today. Legs felt like jelly and kind of numb afterwards. Back to normal by dinner, just sore quads and lower back.',
      'Both legs went dead and wobbly after the 100 rep leg press. All fine after a shower and dinner, lower back a bit sore.',
      'Groin numbness last year - should I worry now? It went away by itself, my lower back is just sore from deadlifts.',
      'Losing bladder control mid-deadlift - is that a thing? I have never had it, my lower back is fine.',
      "Got absolutely hit by a truck after yesterday's session lol, lower back and hams sore, normal DOMS.",
      'My ma hurt her back lifting the shopping, she says it is sore.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });
});

describe('round 10: list 22 classes', () => {
  it('reads them', () => {
    for (const post of [
      'Deadlift Tuesday an sup’m pop inna mi lower back. Both mi foot dem a tingle, an mi cyaan feel di floor proper.',
      'Upper back aches at my desk. Walking up from the car park it was like a fridge had been parked on my chest.',
      'I injured my waist doing rows. Urine don dey catch me unawares, I no dey feel am until my trouser don wet.',
      'Ladder slid out and I came down from about the height of the upstairs windows. Low back really hurts.',
      'My back got hurt carrying rice. Now when I pee I need to push very hard po and it only comes out little by little.',
      'Got speared in a tackle and came down head and upper back first on the hard pitch. Top of my back is sore.',
      'Hurt my back moving a sofa. Since Wednesday neither leg will push me up the stairs.',
      'Back pain since yesterday and some heaviness in chest also, like pressure, and little bit sweating.',
      "Since my back went on Monday I don't get the warning for number twos, I only find out after.",
      'backs sore too but mines come with this squeeze behind my breastbone and im winded tying my shoes',
      'After 100 pull-ups my lats are very swollen and very pain, and my urine have color like cognac. Back sore.',
      'My back hurt after squats. Now the pee come out by itself when I stand up from bed, I cannot hold it.',
      "Mid-back ache on runs. Tonight I couldn't get air in and there was a crushing feeling dead centre of my chest.",
      'Tweaked my back shovelling. In the shower neither calf would lift me onto my toes.',
      "Back's sore. The area where you'd sit on a bike seat has felt numb since Sunday, except I haven't ridden in months.",
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('keeps their look-alikes off the emergency', () => {
    for (const text of [
      'Did my first 20 rep squat set. Both legs felt numb and dead for about 15 minutes after. I lay on the floor. Now totally fine, lower back ok.',
      'Ran a half in the heat, first pee after was dark orange-brown. Drank two litres and it was pale by the evening. No swelling, nothing really sore, lower back stiff.',
      'Physio here. If your back pain comes with numbness in the saddle area, go to A&E that day. Chest pain with back pain, same.',
      'Mate let one rip as I hit the hole. Lost all bladder control laughing, lower back fine though.',
      'By the end of the sportive my undercarriage was numb. Fine by bedtime and all normal since. Lower back a bit stiff.',
      'Am I right that numbness between the legs after a back injury means A&E, and fever with back pain means GP same day?',
      'Everyone online screams rhabdo at every DOMS post. Pee is pale, legs aren’t swollen, lower back just sore.',
      "Out of breath on hills, recovers within a minute. No pain anywhere, back's fine.",
      'Nearly had a heart attack checking the price of a rack. Chest pain looking at the price of Rogue racks, my back hurts just thinking of it.',
      'Tried an ice bath after leg day and both legs went numb. Warmed up after 10 minutes and everything is normal now, lower back sore.',
      'Fell back first onto the floor off the plyo box, bruised my lower back.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });
});

describe('round 10: list 23 classes', () => {
  it('reads them', () => {
    for (const post of [
      "Threw my back out Monday. This morning I went for a poo and honestly I didn't feel a thing, I only knew it happened cause I looked.",
      "Did the 500 squat challenge, back sore. Both quads are hard as a rock and hurt like buggery even lying still. And me wee's come out looking like a glass of Milo.",
      'My back has been bad since Friday. I can’t really walk on my heels on either side.',
      'Pain in the lumbar since Monday deadlift. Today the poo escaped a little, I could not hold it.',
      'Low back pain since deadlift. To stand up from the chair I must push with the arms, the legs have no power.',
      'Horse spooked and threw me and I came down hard on my tailbone. Back pretty bad since.',
      'Pain between my shoulders on back after bench, I cannot take deep breath, only short breath.',
      'Hurt my lower back by deadlift. When I sit my hip bottom feel like rubber, like it is not my skin.',
      'Back pain since Tuesday deadlift, the urine come out bit by bit only, after that still feel want to go.',
      'Since my back flared up, the tops of both feet feel like they’ve got clingfilm over them.',
      'Shoveling snow my sternum felt like it was in a vise and the ache ran into my mid-back and up into my jaw.',
      'Fell through the loft hatch on Sunday onto the landing, back first, and my mid-back is really sore.',
      "Me back's gone. In the bath me arse and round me bits couldn't tell if the water was hot or cold, like that whole patch was switched off.",
      'Back went on Monday doing rows. Yesterday my joggers were damp. Didnae even know I needed the toilet, nae warning.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('keeps their look-alikes off the emergency', () => {
    for (const text of [
      "Week 1 of Smolov Jr and I've been hit by a bus, run over, the works. Lower back pump on the last set.",
      'This programme hit me like a truck, lower back sore all week.',
      'Ice bath after a long run, both legs went numb and then tingled. Twenty minutes later totally back to normal, back is fine.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });
});

describe('round 11: list 24 classes', () => {
  it('reads the emergencies', () => {
    for (const post of [
      'Went OTB on the descent yesterday and landed back first on the rocks. Mid back really sore since.',
      "Came off on a berm at speed, helmet's in two bits, and my lower back is killing me today.",
      'Climbing yesterday I decked from maybe 4 or 5 metres onto my back. Lower back hurts to roll over.',
      'Back has been wrecked since a tackle and now my waterworks have gone haywire.',
      'Lower back gone since Friday, my waterworks are off and I keep finding damp patches I never felt happen.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('reads the urgent signs', () => {
    for (const post of [
      'Lower back ache for a month, and I have lost about 6 kg since the spring without trying, though I did cut my running back.',
      'My lower back has been grumbling for weeks. Shirts swimming on me and I have not touched my diet.',
      'Low back ache for a fortnight and 39.1 on the thermometer this morning, roasting then freezing all day.',
      "My lower back pain drags me awake at 4am, doesn't matter which way I lie.",
      'Lower back has ached for weeks and my right quad keeps getting weaker, now it buckles on stairs.',
    ]) {
      expect(tierRank(tier(post)), post).toBeGreaterThanOrEqual(tierRank('urgent'));
    }
  });

  it('keeps their look-alikes off the emergency', () => {
    for (const text of [
      'Marathon on Sunday, crashed hard at mile 22, full sugar crash. Lower back tight today.',
      'Bench day, worked up to a heavy triple. Chest felt tight and full for an hour after, proper pump. Mid back cramp on the top set.',
      'Tight belt on a squat single, both legs tingled for maybe a few seconds and then fine. Lower back ok.',
      'On long rides my bits go numb after a couple of hours on the saddle and come back as soon as I get off. Back is fine.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });
});

describe('round 15: lists 26 and 27 classes', () => {
  it('reads a chest gone heavy on a climb as the heart’s, whatever the effort', () => {
    const post = 'Halfway up the climb my chest felt heavy like a wet blanket and my upper back ached, left arm went strange.';
    expect(flags(post)).toContain('chest_pain');
    expect(tier(post)).toBe('emergency');
  });

  it('keeps one sign alone, a bench chest and clenching jaws off the emergency', () => {
    for (const text of [
      'Lower back tight after deadlifts and my jaw aches from clenching on every heavy pull.',
      'Heavy bench today, chest pumped and my left arm felt heavy after the last set. Upper back tight.',
      'Lower back stiff. My jaw aches, new retainer from the dentist.',
      'Did 100 burpees, chest is wrecked, went grey and nearly puked lol, lower back sore.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });

  it('reads numbness told as sitting on something frozen, and a fever by its sweats', () => {
    expect(
      tier(
        'Since the stone pop on Saturday, sitting on the loo is like sitting on a bag of frozen peas, my bum cheeks just are not there. Lower back sore.',
      ),
    ).toBe('emergency');
    const sweats = 'Lower back aching for 2 weeks and now hot and cold sweats most nights.';
    expect(flags(sweats)).toContain('fever');
    expect(flags(sweats)).not.toContain('chest_pain');
  });

  it('reads a weight dropped on the spine and a lost urge to go as emergencies', () => {
    for (const post of [
      'My partner lost grip on a 32 kg kettlebell and it landed right on my lower spine. Sore in one spot since.',
      "Back went on deadlifts Friday and twice since I didn't get the gotta go signal at all before a number two.",
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('reads the urgent signs', () => {
    for (const post of [
      'Had my prostate out for cancer three years ago, and a new ache low in my back has started.',
      'There is like a step in my lower back on my lifting videos now, and it aches there.',
      "Lower back dull most days and I'm down 8 lbs this month, haven't been trying at all.",
    ]) {
      expect(tierRank(tier(post)), post).toBeGreaterThanOrEqual(tierRank('urgent'));
    }
  });

  it('reads a tingle a pre-workout explains as its, and one that never wore off as now', () => {
    expect(tier('New pre workout, both legs went tingly and prickly. Wore off after about an hour. Back fine.')).not.toBe(
      'emergency',
    );
    expect(tier('Both legs went numb after squats and it never wore off, lower back aching.')).toBe('emergency');
  });
});

describe('round 15: list 29 classes', () => {
  it('reads them', () => {
    for (const post of [
      'Back went lifting a sofa on Friday. Both feet like walking on cotton wool since this morning.',
      'Pulled my mid back on deadlifts. Now on the stairs I get this heavy tight feeling in my chest that goes when I stop.',
      'Failed a bench rep, the bar rolled up and came down across the base of my neck. Neck and upper back really sore.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });

  it('keeps their look-alikes off the emergency', () => {
    for (const text of [
      'Back sore from boxercise. The nurse asked if I had any numbness between my legs, trouble peeing or weakness in both legs, and I said no.',
      'Physio gave me a leaflet with the warning signs on it - numbness around the back passage, problems peeing, both legs going weak. I have none.',
      'Yoga helped my lower back. Both my legs went to sleep in lotus last week, gone in a minute.',
      'Should I tell my new coach about my old car crash? Back is fine now, just stiff after kettlebells.',
      'Hit a bench PR today with a big arch. Chest feels tight and pumped, lower back a bit crampy.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
  });

  it('reads what the second review found the first mends silenced', () => {
    for (const post of [
      "Haven't had any fever, both legs weak and numb since the fall on Sunday.",
      'On my way to A&E - both legs numb and weak since lunch, lower back agony.',
      'Sat in lotus on Sunday and both legs have been numb ever since, 4 days now, lower back aching.',
      'Failed a squat, the bar rolled and came down across the base of my neck, upper back really sore.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
    for (const text of [
      'A sharp pain came across the bottom of my back when I deadlifted, lower back sore.',
      'My 3 year old jumped off the sofa and landed right on my lower spine, lower back a bit sore.',
      'I never feel the urge to wee during marathons, lower back gets tight though.',
      "Lower back tight but there's a step in the right direction with my rehab.",
      'Rehab for my back has me stepping on pillows with both feet to work my ankles, so wobbly lol.',
    ]) {
      expect(tier(text), text).not.toBe('emergency');
    }
    expect(tier("Lower back tight but there's a step in the right direction with my rehab.")).toBe('self_care');
  });

  it('still reads a sign named after "any" once its list has ended', () => {
    for (const post of [
      'Never had any issues with my back, but this morning both legs went numb and weak.',
      'No pain with any of my lifts and both legs went numb this morning, lower back tight.',
    ]) {
      expect(tier(post), post).toBe('emergency');
    }
  });
});

/** Round 14: what raised the helper sets' false emergencies (written with none in them), and the true ones beside it. */
describe('everyday wordings that look like emergencies', () => {
  it.each([
    'Couldn’t jog ten minutes without my lower back cramping up before I was even out of breath.',
    'Lower back and glutes stiff after the GHD WOD. Pee is a normal colour, I checked because of the rhabdo stories.',
    'Knee-to-wall test: I can barely get my knee past my toes on either side, and my lower back rounds at depth.',
    'Both legs dead after leg day lol, lower back tight too.',
  ])('is no emergency: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it.each([
    'Fell out of a tree about 4 m up and landed on my back, lower back pain since.',
    'I was 3 m up the ladder when it slipped and I landed on my back, back pain since.',
    'Lower back pain, I walk like I have shat myself and I actually lost control of my bowels this morning.',
    'Upper back pain with chest pain and I am out of breath just sitting here.',
    'Lower back pain, and I can barely feel my legs, both of them, since this morning.',
    'Lower back agony and my legs barely feel it when I touch them, both numb since last night.',
    'Came off from 6 m up the wall and landed on my back, lower back pain.',
    'I was climbing 8 m up when the hold broke, hit the ground on my back.',
    'Lower back pain and it feels like I’ve wet myself, I actually have, twice.',
    'Having a rhabdo scare right now, lower back and quads swollen and my pee is dark.',
    'Both legs barely feel anything since the squat fail, lower back agony.',
    'Lower back pain after the deadlift, both sides numb when I pinch my quads.',
    'My knee goes past my toes fine, but since yesterday both legs are numb and my lower back is killing me.',
  ])('while the emergency beside it still is one: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });
});

/**
 * Round 16: the classes red-flag lists 31 and 32 (second-language and regional writers; women, masters athletes and
 * posts that grow an EDIT) were missed by, told here in words of our own, with the look-alikes beside them.
 */
describe('signs told the way lists 31 and 32 told them', () => {
  it.each([
    // A chest that eases once the effort stops is angina's pattern, not a chest that is over.
    "Masters rower here. My mid back aches on the erg and the last few sessions there's a tightness across the chest about ten minutes in. It eases once I stop and sit for a bit.",
    'Every climb on the bike I get a heaviness in my chest and an ache between the shoulder blades. Goes away a few minutes after I stop at the top.',
    // A crash told by what it broke.
    'Came off the bike on a fast descent on Sunday and my helmet split in two. Lower back has been sore since and it hurts to twist.',
    "A van went into the back of us at the lights yesterday, car's a write-off. Neck and lower back stiff and sore today, gym tonight?",
    // The seat told of instead of the skin, and a numbness told by what is missing.
    "Since yesterday I can't tell where the saddle ends and I start, and it's the same sat on the toilet. Lower back aching since a heavy row.",
    'Back has hurt since my PR pull last week. With my wife, down there I do not have feeling like before. Is it stress?',
    // Both legs, with the numbness's own "they".
    "Lower back went on a deadlift on Monday. Now both thighs, front and side, like they're not mine.",
    'ibuprofen does nothing both legs still numb and heavy since the disc went',
    // The toilet bowl stands for the urine.
    'Lower back swollen and agony after a 100 rep challenge, and my wee looked like strong tea in the bowl.',
  ])('is an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'Hit a bench PR today and my chest feels tight across the front, proper pump. Lower back a bit sore from the arch.',
    'Had chest pain on a run two years ago, it went away when I stopped and the cardiologist found nothing. Today my lower back is sore from deadlifts.',
    'Lower back sore from deadlifts. Unrelated, but I need a new helmet, the old one was cracked when I dropped it in the garage.',
    'Tweaked my lower back on swings. Peeing normally, nothing numb down there, legs fine. How long off?',
    "Legs felt like they're not mine after the marathon lol, lower back tight too, normal?",
    // A flag phrase's own "I" takes it back from the person before it; a "me" that was done to does not, nor an "I"
    // the person said or wrote.
    'My training partner pinned me in side control at BJJ and my lower back tweaked, sore today.',
    "My brother wrote 'I don't have any feeling down there' after his hernia op, turns out it was the anaesthetic. My back is sore from helping him move.",
    'My dad rang from the ward, he said down there I do not have feeling, they are scanning him. My own back just aches from the drive.',
    // What a crash broke counts only beside the crash.
    'My helmet is cracked from the cat knocking it off the wardrobe, need a new one anyway. Back is stiff from the turbo.',
    "Hail storm last week, car's a write off. Now driving a tiny hatchback and my back is killing me after the commute.",
    'Their prop went into the back of me in a ruck on Saturday and I felt my lower back twinge, just sore and stiff now.',
    // A bowl with no trip to the toilet before it; tired legs "like they're not mine"; a "nothing" that ends a clause.
    'Protein porridge in the bowl looked like cola with all the cocoa, lol. Back tight and sore from squats yesterday.',
    "Leg day destroyed me, both thighs like they're not mine, walking like a penguin, lower back ok just tight.",
    'Both calves cramping at night like they are not mine, been upping my mileage, lower back a bit tight.',
  ])('is no emergency: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it.each([
    'Dull ache in the middle of my back between the shoulder blades that never switches off, not from any lift. About three weeks now.',
    'I am 55 and in two months I lost 6 kilos and I did not change anything, I eat the same. Lower back aches all the time.',
  ])('is urgent: %s', (text) => {
    expect(tier(text)).toBe('urgent');
  });
});

/** Round 16: the urgent and soon signs lists 31 and 32 told in ways the rules did not read, in our own words. */
describe('urgent and soon signs told by the calendar, the thermometer and the fingers', () => {
  it.each([
    ["Hurt my lower back in early March, it's now the end of April and it's just the same as week one.", 'soon'],
    ["Strained my lower back on a deadlift in June. Two months later and it's no better, physio hasn't helped.", 'soon'],
    ['Lower back aching since the weekend, hot and shivery, 38.6 last night.', 'urgent'],
    ['Mid back aches and I have been drenching the sheets at night for a week.', 'urgent'],
    ['Lower back pain wakes me most nights and nothing I do makes it ease.', 'urgent'],
    ['Lower back since the deadlift, and every sneeze nearly drops me to my knees.', 'soon'],
    ['Upper back stiff since heavy snatches and my left arm tingles down to my little finger.', 'soon'],
    ['Upper back stiff since heavy snatches and the tingling goes down to my ring finger.', 'soon'],
    ['Lower back aching all week and my temp was 38.4 last night.', 'urgent'],
    ['Hurt my lower back mid sept, now it is the end of october and it is the same as week one.', 'soon'],
  ] as const)('reads %s as %s', (text, expected) => {
    expect(tier(text)).toBe(expected);
  });

  it.each([
    // A calendar with nothing about the back getting no better, or someone else's back, or a visit, not the back's start.
    'Started running in March and now it is May, lower back a bit tight after the long runs but getting better.',
    "My brother hurt his back in June, now it's August and he says it's no better. Mine's just a tweak from Thursday, still sore.",
    "Last saw the physio in February, now it's September and my back was fine all summer. Tweaked it Monday, still a bit sore.",
    // "No different" of a programme, not of the back.
    'Started a new programme 6 weeks ago and my bench is not any better, stuck at 100. Back a bit achy from squats.',
    // Numbers that are no body temperature: a distance, a time, the air, a bath, a body weight; a partner's fever.
    'Ran 38.5 km this morning on a hot day, lower back tight after.',
    'Lower back tight after squats. PB on the 5k today, 21.38 and hot as hell.',
    'Temp in the gym was 38.5 today, brutal, lower back sore after deadlifts.',
    'Weighed in at 101.8 this morning for the meet, lower back a bit stiff from the cut.',
    "Hubby's been hot and shivery with 38.9 since Sunday, so I've been lifting the kids and now my lower back is sore.",
    // Sheets that a bottle soaked; a cough that knocks out, not the back; a ring moved to a finger; hay fever.
    'Hot water bottle burst in bed, soaking the sheets, and my lower back is stiff from sleeping on the sofa.',
    'Every cough knocks me out for a bit with this covid, lower back stiff from lying in bed.',
    'Wedding ring moved down to my pinky since I lost weight, lower back tight from deadlifts.',
    'Hay fever is killing me this week, lower back a bit tight from squats.',
    // Weight off a lift, and a couple of kilos in a heatwave.
    'Dropped 20kg off my deadlift since the injury and I eat the same, lower back still a bit cautious.',
    'Lost 2 kilos in the heatwave from sweating buckets, I eat normally though. Lower back stiff from the long drive.',
  ])('reads no urgent or soon sign in %s', (text) => {
    expect(tier(text)).toBe('self_care');
  });
});

/** Round 17: the classes list 34 told in ways the rules did not read, in our own words, with look-alikes beside them. */
describe('emergencies told by a wet bed, two legs in turn, a breath that stabs and a tumble down a bank', () => {
  it.each([
    "Tweaked my lower back on the leg press Tuesday. Last night I woke up and the bed was wet, never happened before, I didn't wake needing to go.",
    'Lower back agony since the squat fail and I woke up and the bed was wet this morning, no idea it was happening.',
    'Lower back hurts since Sunday. My right leg went numb on Monday and now my left leg is numb as well.',
    'Lower back wrecked after the deadlift. Left leg has been tingling since yesterday and the right leg is numb now too.',
    'Long flight home on Friday, now a stabbing pain under my right shoulder blade every time I breathe in, and my back aches.',
    'Mountain bike race, went off the trail and tumbled down a bank onto rocks, mid back very sore and tender on the spine.',
    'Lower back really stiff. I rolled down the embankment after clipping a root on the trail run.',
  ])('is an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    // Sweat, not a wet bed; someone else's wet bed.
    'Lower back sore since deadlifts and I woke up wet with sweat, the room was boiling.',
    'Lower back still sore. Woke up and the sheets were wet, the dog peed the bed again.',
    // One numb leg beside a fine one; legs numb from how they were held.
    'Lower back aching. My left leg is numb and my right leg is fine.',
    'Lower back tight. Left leg went numb from sitting on it and the right leg went numb from crossing them, both fine after a shake.',
    // Pain on the breath of a brace; a ball down the bank.
    'Lower back pain on deadlifts, I brace hard and it hurts every time I breathe in at the bottom.',
    'Lower back ache. The ball rolled down a bank and I had to scramble after it.',
    // A nerve down the left arm, into the little and ring fingers, with nothing of a heart beside it.
    'Neck and upper back stiff from the aero bars, pain shooting down my left arm into the ring and little fingers, like the funny bone.',
    // Constipation from painkillers; the last two stairs.
    "Codeine for my back has bunged me up, haven't been for a poo in four days, wees are fine and everything feels normal down there.",
    'Fell down the last two stairs carrying the laundry, landed on my bum, more embarrassed than anything. Lower back a bit stiff.',
  ])('is no emergency: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it.each([
    // A heart's arm stays one: with a sweat, or with the arm heavy.
    'Upper back aching, and a pain shooting down my left arm into my fingers, I feel sick and sweaty.',
    'Mid back ache, pain shooting down my left arm and my left arm feels heavy, tingling in my fingers.',
    // A big fall down stairs is still one.
    'Fell down a whole flight of stairs last night, lower back really hurts and I can barely walk.',
  ])('stays an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    ["Lower back pain wakes me at 3am every night and it doesn't matter how I lie, side or back.", 'urgent'],
    [
      "Since my back went a few weeks ago my right foot has been catching on the kerb, and I can't pull the front of my right foot up.",
      'urgent',
    ],
    ['Upper back pain since heavy presses that shoots down the back of my arm to the elbow.', 'soon'],
    ["Two months of lower back ache since I upped my mileage. It hasn't budged, whatever I do.", 'soon'],
  ] as const)('reads %s as %s', (text, expected) => {
    expect(tier(text)).toBe(expected);
  });

  it.each([
    'Upper back pumped after skull crushers, DOMS down the back of my arm.',
    "Lower back sore after deadlifts, doesn't matter much, fine by the afternoon.",
    "The stuck bolt on my rack hasn't budged in two months, lower back a bit sore from yanking on it yesterday.",
  ])('reads no urgent or soon sign in %s', (text) => {
    expect(tier(text)).toBe('self_care');
  });
});

/**
 * Round 17's review: look-alikes a reviewer wrote against the first version of the changes above, and phrases the
 * lexicon had swallowed (an alternative of two words, "let up", that made every other one need its second word).
 */
describe('after the review of round 17', () => {
  it.each([
    // A heart's left arm told with the fingers, with sickness or a leaden arm.
    'Upper back pain and pain going down my left arm into my fingers. Felt lightheaded and nauseated, threw up once.',
    'Upper back pain, and pain going down my left arm into my fingers, my arm feels like lead and I feel really unwell.',
    // A stab whenever I breathe in; a big fall down the stairs that ends at the bottom step.
    'Mid back pain since the long drive, a sharp stab whenever I breathe in.',
    'Fell down the stairs head first, all the way from the top to the bottom step, and was knocked out. Back is killing me.',
    // Constipated, and a wee that is not felt.
    "Constipated for days from the co codamol, and now I can't tell when I need a wee, leaked in my trousers twice.",
    'Lower back agony since the fall and constipated for days, and now I cannot feel when I need to go for a number two.',
    // Phrases that never matched.
    'Got hit by a car on my bike this morning, lower back is agony.',
    'The ladder slid out from under me and I landed on the patio, mid back is killing me.',
    'Chest pain that goes into my jaw and my upper back aches, started an hour ago.',
    "Lower back pain and I haven't been able to pee since last night.",
    'Lost my footing and rolled down the embankment, maybe 20ft, back has been screaming since.',
  ])('is an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    // Wet beds that a pet, a child or a drink explains, in the sentence or the next.
    'Woke up and the bed was wet. Bloody cat again. Lower back a bit achy from sleeping curled up.',
    'Woke up to find the bed wet, my 3 year old crawled in with a leaky nappy. Back aches from the awkward position.',
    'Woke up and the sheets were wet, the water bottle had leaked under the pillow. Back tight from leg day.',
    'Woke up wet because the tent leaked all night. Lower back stiff but moving ok.',
    // A denied stab; things and numbers that fall; a festival box.
    "Lower back sore from squats. The pain isn't worse whenever I breathe in, only when I bend over.",
    'My water bottle tumbled down the scree and I had to go after it. Back sore from the pack.',
    'My squat numbers fell down a cliff since the back tweak last month, improving though.',
    'We rolled down a bank in a big cardboard box at the festival lol. Back a bit sore today but fine.',
  ])('is no emergency: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it.each([
    ['I have a lump sticking out of my spine that I never noticed before, lower back aches.', 'urgent'],
    ['Lost a stone without trying since Christmas and my lower back aches every night.', 'urgent'],
  ] as const)('reads %s as %s', (text, expected) => {
    expect(tier(text)).toBe(expected);
  });

  it.each([
    'Lower back a bit sore. My foot has been catching the bar on box jumps because I am tired, need a deload.',
    'My new tattoo runs down the back of my arm, lower back a bit sore from sitting still 6 hours.',
    "It doesn't matter how I lie to my wife about my squat numbers, she knows. Back a bit tight.",
  ])('reads no urgent or soon sign in %s', (text) => {
    expect(tier(text)).toBe('self_care');
  });
});

/** Round 17's second review, of the lexicon's split terms: what the newly live phrases must not do. */
describe('after the review of the split terms', () => {
  it.each([
    // No back in the post: a queue, the sea.
    "I haven't been able to pee at this festival because the queues were an hour long.",
    "Can't tell when I need a wee when I'm in the cold sea, I just go every hour.",
  ])('badges no emergency on a post with no back: %s', (text) => {
    const assessment = assess(text);
    expect(assessment.triage).not.toBe('emergency');
    expect(assessment.relevant).toBe(false);
  });

  it.each([
    // A tooth's jaw; a nerve down the left arm that looking down brings on.
    "Dentist says the toothache pain spreads into my jaw, and my lower back is killing me from the dentist's chair lol.",
    'Upper back and neck stiff, pain spreads down my left arm into my fingers when I look down at my phone.',
  ])('is no emergency: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it('reads "mine does too" about a watch as no back, in a back thread', () => {
    const reply = assess('yeah mine does too, the Forerunner buzzes every km and I thought it was broken', {
      thread: { title: 'Lower back tightness after long runs' },
    });
    expect(reply.relevant).toBe(false);
  });
});

/** Round 17: the emergency signs' places and functions in more of the words people use for them (a vocabulary written for each class). */
describe('emergency signs told in more of the words for their places', () => {
  it.each([
    'Lower back agony since the deadlift and my nether bits have gone numb, like the dentist injection.',
    'Since the squat fail my lower back is wrecked and I have been unable to pass urine since last night.',
    "Lower back killing me and I can't wee at all today, been trying for hours.",
    'Was in an RTC on Friday, lower back has been agony since and it is getting worse.',
    'Lower back sore since Monday, and now I am numb from the groin down on both sides.',
    'Upper back pain since this morning and I cant breath properly, feels tight.',
    'Was in an RTA on the motorway on Friday, car written off. Lower back agony since and getting worse.',
    'High sided my motorbike on a roundabout at 50, back pain since and it is getting worse.',
    // A carer's own emergency: the patient is what the back lifted, not who has the sign.
    'My back went lifting a patient at work on Tuesday, now tingling everything below the waist, both legs heavy and numb.',
    'Hurt my back moving a resident at the care home, and now I cannot feel when I need to pee.',
  ])('is an emergency: %s', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'Lower limbs day destroyed me, legs numb and wobbly after the session, lower back tight.',
    "Lower back tight after deadlifts. I can't breath through my nose with this cold, so cardio is rough.",
    'Read a thread about an RTC on the news, terrible. My lower back is just a bit tight from squats.',
    // The review's look-alikes: abbreviations that are no crash, a van, a pet's or a child's bladder, a test sample,
    // a mask, a blocked nose.
    'Bought an RTA wardrobe and spent 4 hours building it on the floor, lower back stiff now.',
    'My physio has me on an RTC plan after my back strain, anyone done one?',
    'I drive a high sided van for work, in and out of the cab all day, lower back aches by the evening.',
    "Our puppy has no bladder control yet, so I'm up all night letting him out, lower back stiff.",
    "Toddler is potty training and can't wee on the potty yet, I'm bending all day and my lower back is sore.",
    "Couldn't wee for the drug test at the meet, stage fright lol. Lower back a bit sore after.",
    "Can't breath through this mask at work, and my lower back aches from standing.",
    "Nose is so blocked with this cold I can't breathe at night, sleeping propped up and my lower back hates it.",
    // The person lifted, then told of as the one with the sign.
    "Lifting my dad into bed every night, he can't feel his legs, and my lower back is sore.",
  ])('is no emergency: %s', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });
});

describe('round 20: lists 36 and 37 classes', () => {
  it.each([
    "I've wet the mattress twice in my sleep since my back went.",
    "Lower back agony since Friday. I keep leaking and don't notice until my jeans are damp.",
    'Back wrecked after stones. I have to push on my belly to get the pee going.',
    "Mid back ache between my shoulder blades that spreads round to the front, and I'm clammy and feel sick.",
    'Tingling down each leg into each foot since the deadlift, lower back stiff.',
    'Since that session my legs go numb and weak after a few minutes of walking. Lower back sore.',
    'Posting for my dad, his back went on Monday. Tonight he cannot feel the toilet seat. Is that a bad back thing or should I worry?',
    "Someone asked about my urine - yeah it's dark like cola, and my lower back is swollen and in agony.",
    'Chest day was yesterday and now the tightness across my chest comes on lying in bed, and my jaw aches with it. Upper back sore.',
    // A review's: the signs stay when what follows denies something else or tells of someone else's numbness.
    'My groin has gone numb and I cannot pee properly since Friday. Tried ice and ibuprofen and none of them have helped me.',
    'Saddle area numb since Tuesday after my back went. The doc said the feeling comes back for some people but not for me yet.',
  ])('%j is an emergency', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it('reads an ache between the shoulders that is always there, wherever the writer sits, as same-day', () => {
    for (const text of [
      'The ache between my shoulder blades is just always there, at my desk, on the sofa, in the car. Nothing I do with my arms changes it.',
      "Mid back ache that is always there, doesn't matter what I do.",
    ])
      expect(tier(text), text).toBe('urgent');
    for (const text of [
      "Between my shoulder blades hurts when I bench, doesn't matter what I do with my grip.",
      "Mid back sore after heavy rows, it's always there the day after.",
      'A knot by my shoulder blade, sore to press. Not there all the time, but back after a long week on the laptop.',
    ])
      expect(tier(text), text).not.toBe('urgent');
  });

  it('reads a night pain that painkillers barely touch as same-day', () => {
    expect(tier('My lower back pain wakes me up every night and painkillers barely touch it.')).toBe('urgent');
    expect(tier('Tweaked my lower back deadlifting, painkillers barely touch it but it eases when I lie down.')).toBe(
      'self_care',
    );
  });

  it.each([
    'My physio said the ones to know are numbness in the saddle area, trouble peeing and both legs weak. I have none of those, just a stiff lower back.',
    'Tight knee wraps made both feet numb on the last set. Took them off and within a minute the feeling came back. Lower back a bit sore.',
    'Lower back pain that wraps round to the front of my hip, feel a bit sick from the painkillers.',
    'After a long ride my bum and groin were numb, it went within twenty minutes of getting off. Lower back stiff.',
    'Pain under my shoulder blade goes round to the front of my ribs when I twist. Sweaty because it is summer.',
    // A review's look-alikes of the classes above.
    'My back goes round to the front when I twist, I threw my back out last month and I am sick of this injury.',
    'Knocked my protein shake over and wet the couch, lower back too stiff to clean it up properly.',
    'My brother messed himself up deadlifting, and now my own lower back is sore just watching him.',
    'Physio asked about numbness down there - yeah nah, nothing like that. Just a tight lower back.',
    'My lower back is tight and my bottle leaks and I never notice until my bag is soaked.',
  ])('%j is no emergency', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });
});

describe("round 21's classes of wording (lists 38 and 39)", () => {
  it('reads a post written for a housemate or a partner, whose refusal of A&E is theirs, not a rule', () => {
    for (const text of [
      "My flatmate hurt his back at the climbing wall and since this morning he can't feel either leg properly. He wants to wait for his physio.",
      "My girlfriend's back went moving house, and since last night she can't really feel the loo seat, but she refuses to go to A&E.",
      "Dad's upper back has been cramping on his runs, and tonight he has tightness across his chest and is sweating.",
    ])
      expect(tier(text), text).toBe('emergency');
    for (const text of [
      'My housemate says my deadlift form is bad and my lower back aches after.',
      "My dad has a sore back from gardening. He refuses to go to the GP, he says it's just muscular.",
    ])
      expect(tier(text), text).toBe('self_care');
  });

  it('reads the backside numb in contractions, slang and comparisons, not after a drive or a ride', () => {
    for (const text of [
      "Tweaked my lower back on deadlifts and my bum's gone numb since yesterday.",
      'Lower back went on Friday, me hole is numb since Sunday.',
      "Back's been rough since the singles. When I wiped this morning it felt like wiping with a glove on.",
      "Back went on Sunday. My backside's gone numb, like I've sat on it for hours on a long drive except I haven't.",
    ])
      expect(flags(text), text).toContain('saddle_numbness');
    for (const text of [
      "Long drive to the meet, my bum's gone numb from six hours in the car, back a bit stiff.",
      'My ass has been numb for an hour on this bike saddle, lower back fine though.',
      "My wife says I'm a pain in the ass. Back's sore from deadlifts.",
    ])
      expect(tier(text), text).not.toBe('emergency');
  });

  it('reads both legs named by their sides or from a level down, not one leg or the spine', () => {
    for (const text of [
      'Back tight all week, yesterday my left and right calves both started tingling and my knees buckled getting out of the car.',
      "Husband's disc was getting better, now he's gone numb from the knees down and keeps stumbling.",
      'Lower back killing me. 3 days now, left and right from the hip down, feel like wood.',
    ])
      expect(flags(text), text).toContain('both_legs_neuro');
    for (const text of [
      'After leg day my left and right calves are sore, lower back tight too.',
      'Lower back sore, my left leg is numb from the knee down.',
      'Lower back pumped on rows, erectors on the left and right feel tight.',
    ])
      expect(tier(text), text).not.toBe('emergency');
  });

  it('reads Scots for a stream that will not come and for dark urine, not "pish" for rubbish', () => {
    expect(tier('No me OP but my back went on Sunday. This morning I couldnae get a pish oot, stood there for ages.')).toBe(
      'emergency',
    );
    expect(
      flags("Back's absolutely hanging since 200 reverse hypers, swollen up both sides. And ma pish is dark brown like Bovril."),
    ).toContain('dark_urine_severe_pain');
    expect(tier("Back went lifting the sofa and I still feel like I haven't emptied my bladder after I go.")).toBe('emergency');
    expect(tier("Ma squat's pure pish this week, lower back sore.")).toBe('self_care');
    expect(tier("Long run today, still feel like I haven't emptied the tank, lower back tight.")).toBe('self_care');
  });

  it('reads a tearing pain through to the front, a sharp breath and breathlessness on the stairs as the chest flag', () => {
    for (const text of [
      'Upper back pain came on out of nowhere an hour ago, like something tearing straight through to my front.',
      "Pain under my right shoulder blade, it's sharp when I breathe in. Back hurts.",
      "Four weeks after a C-section, upper back sore and I'm catching my breath going up the stairs.",
    ])
      expect(flags(text), text).toContain('chest_pain');
    for (const text of [
      "Tore my lat on pullups, feels like it's ripping straight through to the front of my armpit when I reach. Back sore.",
      'Catching my breath between sets of squats, lower back pumped.',
      'Lungs burned and my chest felt tight on the hill sprints in the cold, gone as soon as I got my breath back. Upper back tight from rows.',
    ])
      expect(tier(text), text).not.toBe('emergency');
  });

  it('takes back a leak the writer only thought had happened, not one that turned out real', () => {
    expect(
      tier(
        "Sweaty box. Stood up after the wod and thought I'd pissed meself. Nah, it was sweat pooling under the belt. Back sore.",
      ),
    ).toBe('self_care');
    expect(
      tier("Thought I'd wet myself on the run. Turned out I had and didn't feel it at all. Back aching since deadlifts."),
    ).toBe('emergency');
    expect(tier("Back went Monday. On the squat I thought I'd wet myself, and I had, couldn't feel it happening.")).toBe(
      'emergency',
    );
  });

  it('reads pain denied by degree ("nothing like severe") as no severe pain', () => {
    expect(
      tier(
        'Dark yellow wee after a hot long run, pale again within the hour. My lower back is the usual mild ache, nothing like severe.',
      ),
    ).toBe('self_care');
    expect(tier('Lower back is sore and swollen after 300 reverse hypers, my pee is dark like cola.')).toBe('emergency');
  });

  it('reads a crash at walking pace as a bump, not one at speed', () => {
    expect(tier("Got rear-ended at some lights, like 5mph, bumper barely scratched. Back's a bit stiff.")).toBe('self_care');
    expect(tier('Got rear ended at 60 mph on the motorway, back is killing me.')).toBe('emergency');
  });

  it('reads numbness that a loosened belt or a birth’s stitches explain, or that was gone before anyone looked, as over', () => {
    for (const text of [
      'Cranked my belt a notch tighter for squats and both thighs went tingly. Undid the belt and it was gone within 2 minutes. Lower back tight.',
      "Slipped on the ice and my back and legs felt tingly. The tingling had gone by the time I was seen, back's sore.",
      'At 6 weeks postpartum I had some numbness down below from the stitches. Now my lower back is achy picking the baby up.',
    ])
      expect(tier(text), text).not.toBe('emergency');
    expect(
      tier("My lower back hurts. Both legs went numb on squats with a tight belt and they're still numb two days later."),
    ).toBe('emergency');
  });

  it('reads a list of signs the writer has heard of as no sign of theirs, unless they say they have one now', () => {
    expect(
      tier(
        "Coaching question. I've heard about numbness around the groin, not being able to pee, both legs going weak. Anything else? Members have back niggles.",
      ),
    ).not.toBe('emergency');
    expect(tier("I've heard about saddle numbness, and both legs are numb now, back killing me.")).toBe('emergency');
  });

  it("reads a rider's crash at speed, told by the kit that saved them", () => {
    expect(
      tier(
        'Lost the back end on a roundabout and went down at about 50, slid a long way. Leathers saved me. Lower back still sore.',
      ),
    ).toBe('emergency');
    expect(tier('Squatted heavy, my helmet of hair saved me from the bar lol. Back sore.')).not.toBe('emergency');
  });

  it('reads "the same" after weeks, a pain score unchanged and an ache not easing as no better', () => {
    for (const text of [
      'Started running in spring, low back aches on every run. 6 weeks now and its exactly the same even after cutting mileage.',
      'QL pain for two months. Physio exercises every day, still the same 5/10 every morning.',
      "Lower back ache for two months since moving house. It isn't easing at all.",
    ])
      expect(flags(text), text).toContain('not_improving');
    for (const text of [
      'Tweaked my back three years ago. This April identical thing happened. Exactly the same, I had been feeling the pressure for weeks. It took nine weeks to settle.',
      "I leak a bit on double unders since my second was born 3 years ago. It's been exactly the same for years, back is fine.",
    ])
      expect(flags(text), text).not.toContain('not_improving');
  });

  it('reads a back that wakes the writer and a toe that catches until kerbs trip them, not a baby or one trip', () => {
    expect(flags('Lower back wakes me at 3am pretty much every night for 3 weeks now.')).toContain('night_or_rest_pain');
    expect(flags('The baby wakes me at 3am every night, lower back sore from lifting her.')).not.toContain('night_or_rest_pain');
    expect(
      flags("Started as a bit of a toe catch on the right, now I'm tripping on kerbs every day. Back not even that bad."),
    ).toContain('progressive_weakness');
    expect(flags('Tripped on a kerb on my run and rolled my ankle, lower back a bit tight.')).not.toContain(
      'progressive_weakness',
    );
  });
});

describe('a history of cancer told with its all-clear (list 38)', () => {
  it('keeps the history after "all clear at my last scan" and reads "out … for the cancer", not a screening answer', () => {
    for (const text of [
      "I had a melanoma cut out of my back 3 years ago, all clear at my last scan, and for the last month I've had a deep ache in my mid back.",
      "66, had my prostate out in 2019 for the cancer and all's been clear since. Lately my lower back has been aching.",
    ])
      expect(flags(text), text).toContain('cancer_history');
    for (const text of [
      'GP went through it all: history of cancer, fever, weight loss - all clear. Just a strained lower back.',
      'Physio asked about history of cancer, fever, weight loss, all clear. Lower back strain from deadlifts.',
      'Raising money for the cancer charity with a 10k, lower back sore after training.',
    ])
      expect(flags(text), text).not.toContain('cancer_history');
  });
});

describe('weight lost "without cutting" (list 38)', () => {
  it('reads a loss told without a cut as unintended, and a cut as meant', () => {
    expect(
      flags("Dropped 5kg in two months without cutting, I'm actually eating more. Lower back achy even on rest days."),
    ).toContain('weight_loss');
    for (const text of [
      'Dropped 5kg in two months cutting for nationals. Lower back achy after deadlifts.',
      'Dropped 5kg in two months on a cut, without restricting carbs too hard. Lower back achy after deadlifts.',
    ])
      expect(flags(text), text).not.toContain('weight_loss');
  });
});

describe('night pain that drives the writer out of bed (list 39)', () => {
  it('reads "I end up sleeping in the chair" after a night pain as same-day, and a chair after a party as nothing', () => {
    expect(tier('My back wakes me every night around 2, throbbing deep in the spine, I end up sleeping in the chair.')).toBe(
      'urgent',
    );
    expect(tier('Lower back sore from deadlifts, I ended up sleeping in the chair after the party lol.')).toBe('self_care');
  });
});

describe('a sneeze told as a bolt of lightning (list 38)', () => {
  it('reads "every sneeze is like a bolt of lightning down my back" as worse on sneezing, and a PR\'s bolt as nothing', () => {
    expect(flags('Every sneeze is like a bolt of lightning down my back since I hurt it lifting 3 weeks ago.')).toContain(
      'cough_sneeze_worse',
    );
    expect(tier('Hit a PR and felt like a bolt of lightning, so hyped, lower back pumped.')).toBe('self_care');
  });
});

describe('pain told along the leg to the foot (lists 36, 37 and 38)', () => {
  it.each([
    'My lower back got sore and now there is a line of pain from my right buttock down the outside of my leg to the top of my foot.',
    'Every squat I get a zap from my lower back down the outside of my leg to my ankle.',
    'Sharp electric pain from my lower back down the back of my left leg to the heel after an hour on the bike.',
    'Lower back sore and a burning pain down the back of my leg past the knee.',
  ])('reads %j as pain below the knee', (text) => {
    expect(flags(text)).toContain('radiating_below_knee');
  });

  it.each([
    'Lower back tight, so I rolled the lacrosse ball down my leg to my calf.',
    'Lower back sore, ran the massage gun down my leg to my ankle.',
  ])('but not a ball or a roller worked down the leg: %j', (text) => {
    expect(flags(text)).not.toContain('radiating_below_knee');
  });
});

describe('a bladder told by what is left and how weak it comes (red-flag review, round 21)', () => {
  it.each([
    "Back's been wrecked since Sunday's deadlifts and now it feels like there's still pee left after I go, every time.",
    'Since my back went on Saturday my pee stream is weaker, never had that before.',
    'Back pain for a week. My pee stream has gotten weaker too.',
  ])('reads %j as an emergency', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'my stream is weak tonight, twitch keeps buffering, back hurts from sitting',
    "there's still some pre workout left, back is sore from rows",
  ])('but not a live stream or a tub with some left: %j', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });
});

describe('warning signs from round 22 lists 41 and 42 (posts for others, dialect, crashes, buried signs)', () => {
  it.each([
    'Hurt my lower back on Friday and now I cant feel my fingers on my own hand when I wipe, properly weird.',
    'Posting for my dad. His back went moving a wardrobe and he can barely get a trickle out since this morning.',
    "Back's been agony since the weekend and I couldnae get a pish going all night.",
    "Me back's been bad since Tuesday and this morning I had an accident in me joggers without knowing.",
    "His back went lifting the kids' trampoline and he says his bum feels like it's not his.",
    'Came off a big jump snowboarding and came down flat on my back, mid back throbbing now.',
    'Scrum collapsed on me with the whole pack on top of me, now my neck is stiff and both hands tingle.',
    'Laid my bike down on the highway at about 50, back is killing me now.',
    'A snowboarder ploughed into me from behind on the slope, lower back is wrecked, can barely stand.',
  ])('reads %j as an emergency', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    // A rule handed on, every item spoken to the reader.
    "My physio's rule: if you get numbness around your privates, can't pee or can't hold it, or both legs go weak, go straight to A&E. My back is fine now.",
    // What the physio will ask, answered no.
    "The physio will ask about your bladder, numbness between the legs, night pain. Mine was all no's, lower back just sore.",
    // A fall at walking pace.
    'Toppled off the bike at walking pace on a steep bit and landed on my side. Back a bit sore today.',
    // Numbness that passed once off the saddle, and feet numb from narrow shoes.
    'After 150 km everything down there was numb, it took ten minutes off the bike for the feeling to come back. Back fine.',
    'Both feet went tingly late in long runs with my back a bit stiff, turned out the shoes were too narrow.',
  ])('reads %j as no emergency', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it.each([
    // Night pain that nothing eases, told by the chair slept in and the painkiller that does nothing.
    [
      "Deep ache in my lower back for six weeks, wakes me every night and I end up dozing sitting up in the chair. Moving around doesn't ease it, neither does paracetamol.",
      'urgent',
    ],
    [
      "My housemate's back has been bad for months and he's lost loads of weight, his jeans hang off him and he hasn't been dieting.",
      'urgent',
    ],
    ["Lower back's been sore about two months and the scale's still dropping, 6kg without trying.", 'urgent'],
    ['Back aches most days and there is a new lump at the bottom of my ribs on the left.', 'urgent'],
    [
      "My mum's upper back has a new sharp curve and she's lost an inch in height this year, her back aches all the time.",
      'urgent',
    ],
    [
      "Me back went three weeks ago and now me right foot slaps down and I keep catching me toe on steps, it's getting worse.",
      'urgent',
    ],
    ['Back pain since Thursday and sweating buckets at night, felt rough all day.', 'urgent'],
    ['Lower back sore, 7 weeks and counting and getting worse not better.', 'soon'],
    ['Lower back pain and now it runs from my hip down the front of the thigh, past the knee to the shin.', 'soon'],
    ['Pain from my neck into the back of my left arm, down past the elbow, since heavy bench.', 'soon'],
    ['My son is 15 and his lower back hurts when he arches back in gymnastics.', 'soon'],
    ['Daughter (13) dancer, her low back hurts on backbends. What should we do?', 'soon'],
  ] as const)('reads %j as at least %s', (text, least) => {
    expect(tierRank(tier(text))).toBeGreaterThanOrEqual(tierRank(least));
  });

  it("does not read a son's weight in kilos as his age, nor a new bump in mileage as a lump", () => {
    expect(tier('My son is 16 kg heavier than me and my lower back hurts when I arch.')).toBe('self_care');
    expect(tier('Lower back tight since the new bump in mileage on my long runs.')).toBe('self_care');
  });
});

describe("round 22's red-flag review (93 probes from a helper who never saw the code)", () => {
  it.each([
    'Fell off the climbing wall and came down from about 4 metres, lower back is agony.',
    'Dropped from full height in a lineout and landed on my back, mid back pain and my hands tingle.',
    'Binned my motorbike on the motorway at about 70, lower back is in agony.',
    'A snowboarder slammed into me from behind at full speed, back pain is severe.',
  ])('reads a crash or a fall in other words as an emergency: %j', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    "Laid the bike down in the garage when the stand slipped, scratched the tank. My back's fine.",
    "Keep catching my toe on tree roots on trail runs when I'm tired, back's a bit stiff.",
    "Couldn't get a pee going at the urinal with a queue behind me, shy bladder. Back's sore from deadlifts though.",
  ])('reads a bike dropped while parked, a trail root and a shy bladder as no sign: %j', (text) => {
    expect(tier(text)).not.toBe('emergency');
    expect(tier(text)).not.toBe('urgent');
  });

  it.each([
    'Lower back pain worst at night, I have ended up sleeping upright in the armchair most nights.',
    'Back pain so bad at night I doze on the sofa sitting up, moving makes no difference.',
    "Mid back pain and my weight's still dropping week after week though I'm eating loads.",
    'Back pain for a fortnight, waking up soaked and feeling hot and shivery.',
    "I'm 70, shorter than I used to be and there's a new rounding in my upper back, aching all the time.",
  ])('reads %j as urgent', (text) => {
    expect(tier(text)).toBe('urgent');
  });

  it('reads "eight weeks in and no better" as not improving', () => {
    expect(flags('Eight weeks in and my lower back is no better than the first day.')).toContain('not_improving');
  });
});

describe("round 22's review residuals", () => {
  it('reads wiping "like doing it through thick gloves" as saddle numbness', () => {
    expect(tier('Back went on a heavy clean. Now wiping feels like doing it through thick gloves.')).toBe('emergency');
  });

  it('reads an "accident" beside a spilled drink as the drink\'s', () => {
    expect(tier('Had an accident in my joggers at the gym, spilled a whole protein shake down them. Back is fine.')).not.toBe(
      'emergency',
    );
    expect(tier("Back's been bad since Tuesday and I had an accident in my joggers without knowing.")).toBe('emergency');
  });
});

describe('warning signs from round 23 lists 44 and 45 (non-native wording, hedged signs, replies under a title)', () => {
  it.each([
    // Wiping told without "can't": a non-native "don't feel the paper good".
    'Since the heavy pulls I wipe and I do not feel the tissue properly, and my back is more painful every day.',
    "My lower back is bad since Monday and when I wipe I don't feel the paper right.",
    // Soiling told as going, unnoticed.
    "Back's been wrecked since squats and I've gone a little in my boxers twice without knowing.",
    // A fall told by the height dropped.
    'The ladder kicked out and I dropped roughly 4 metres onto the drive, landed on my back.',
    // Tightness across the chest with the back, on effort.
    'My upper back aches on hills and there is a squeezing across my chest until I stop.',
    // Numbness after a long sit that has not worn off by the next day.
    'Since the long drive home yesterday both my legs have pins and needles, still like this now, and my lower back aches.',
  ])('reads %j as an emergency', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    // An old episode told by the years since.
    'Five years after my rhabdo scare, urine like cola back then, I build up slowly. Back a little tight from rows.',
    // Urine darkened by a night's drinking, which the writer blames.
    'Dark brown pee the morning after a night on the beers, lower back stiff from the long run. Clear again by lunch.',
  ])('reads %j as no emergency', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it.each([
    ['Sore neck since benching and the pain goes down the outside of my arm into my thumb.', 'soon'],
    ['Upper back stiff from rows and an ache down the back of my left arm past the elbow.', 'soon'],
    ['Strained my back lifting a wheelbarrow and every cough sends a jolt through it.', 'soon'],
    ['Hurt my back at work and now the pain runs down past the knee to the back of my calf.', 'soon'],
    ["Me back's been sore since the weekend and now it goes down to me ankle on the right.", 'soon'],
    ['Five weeks since I hurt my lower back moving house and it has got steadily worse.', 'soon'],
    ["It's been 7 weeks since I tweaked my back and it's worse than a fortnight ago.", 'soon'],
  ] as const)('reads %j as at least %s', (text, least) => {
    expect(tierRank(tier(text))).toBeGreaterThanOrEqual(tierRank(least));
  });
});

describe("a reply that shares its thread title's emergency sign", () => {
  const title = 'Numb saddle area since my back went on deadlifts';

  it('reads "same here" under the title as the sign, and says it was read from the title', () => {
    const result = assess("Same here since Friday, thought it would wear off. It hasn't.", { thread: { title } });
    expect(result.triage).toBe('emergency');
    expect(result.redFlags).toEqual([expect.objectContaining({ id: 'saddle_numbness', read: 'thread_title' })]);
  });

  it('keeps what the reply adds: an everyday cause, or a story of its own', () => {
    expect(tier('Same here, it goes away about ten minutes after I get off the bike.', 'Numb bum after long rides?')).not.toBe(
      'emergency',
    );
    expect(
      tier('Mine turned out to be a tight rhomboid from rows, no chest pain at all.', 'upper back pain = heart attack?'),
    ).not.toBe('emergency');
    // A reply that does not agree takes nothing from the title.
    expect(tier('Go to A&E now, do not wait for the physio.', title)).not.toBe('emergency');
  });
});

describe("a sign told with someone else's possessive", () => {
  it.each([
    "Dad's car crash last week, and my back is sore from the hospital chairs.",
    "My sister's numb feet worry me; my back is fine, just asking for her.",
  ])('reads %j as theirs, whatever of the writer comes after', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it("still reads the writer's own crash told beside someone else", () => {
    expect(tier("Crashed my mate's motorbike at 60 on the bypass, my back is agony.")).toBe('emergency');
    expect(tier("Came off my dad's motorbike at 50 on the motorway and my back is agony.")).toBe('emergency');
  });
});

describe("round 23's red-flag review (100 probes from a helper who never saw the code)", () => {
  it('shares a title sign with plain agreements, also under a title that names no back', () => {
    expect(tier('Same boat mate. Twice today already.', 'Re: Wetting myself without noticing since my back spasm')).toBe(
      'emergency',
    );
    expect(tier('me too since saturday, hoping it passes', 'Re: numb groin after heavy squats, anyone else?')).toBe('emergency');
  });

  it('does not share a title sign with an agreement about something else', () => {
    expect(tier('same here on the Pegasus, the soles died in 300 miles', 'Re: Lower back pain and numbness down below')).not.toBe(
      'emergency',
    );
  });

  it.each([
    "Upper back aching and it's like someone's crushing my chest, started on the rower ten minutes ago.",
    'Long coach trip and both legs went numb, still not come back this morning, lower back sore.',
  ])('reads %j as an emergency', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it.each([
    'Sore neck from presses and my ring and little finger tingle, pain runs down the inside of my arm.',
    'Returning after rhabdo two summers ago, easing back into deadlifts with a tight lower back.',
  ])('reads %j as no emergency', (text) => {
    expect(tier(text)).not.toBe('emergency');
  });

  it('reads "N weeks on from" with "zero change" as not improving', () => {
    expect(flags('Seven weeks on from the tweak and zero change in my lower back.')).toContain('not_improving');
  });
});

describe('a title sign read with its opening post', () => {
  it('reads "back gives out before legs" as the back failing first, not weak legs', () => {
    expect(tier('Way heavier than at school, back gives out before legs on runs')).not.toBe('emergency');
    expect(tier('same boat, 230 now and the back is the limiter too', 'Back gives out before legs on runs')).not.toBe(
      'emergency',
    );
  });

  it('shares only what the opening post, read whole, still tells', () => {
    const thread = { title: 'Numb down there?', opening: 'Asking for my brother, his saddle area went numb after a fall.' };
    expect(assess('same here since Monday', { thread, rank: false }).triage).not.toBe('emergency');
    expect(
      assess('same here since Monday', { thread: { title: 'Numb down there since my back went' }, rank: false }).triage,
    ).toBe('emergency');
  });
});

describe('warning signs from round 23 list 47 (replies under a title, everyday words)', () => {
  it('shares an urgent sign the title tells, and reads "same since" as a plain agreement', () => {
    expect(tier('Same boat, 38.5 since Tuesday and my mid back kills.', 'Re: back pain and a fever, worth worrying?')).toBe(
      'urgent',
    );
    expect(tier('same since friday tbh, figured it was the belt', 'Re: numb down there after heavy pulls')).toBe('emergency');
  });

  it.each([
    "Hurt my back on squats and now I can't even tell when I need a number 2 until it's too late.",
    'Back went on a clean and I have had two bowel incidents today that I never felt coming.',
  ])('reads %j as an emergency', (text) => {
    expect(tier(text)).toBe('emergency');
  });

  it('reads "mine\'s still the colour of Guinness" with swollen, sore legs as an emergency', () => {
    expect(
      tier(
        "Mine's still the colour of Guinness two days after the ultra, and my legs and back are swollen and agony.",
        'Re: pee colour after a race',
      ),
    ).toBe('emergency');
  });
});
