/**
 * The cause-ranking probe suite's story classes (issue 12): for each class of circumstance that points at
 * a mechanism (a single heavy attempt, a load jump, a long run, an everyday lift that went wrong, …), ways a
 * lifter or runner might tell it (`circumstances`, first person, past or habitual), what their back did
 * (`symptoms`), and the causes a careful reader would put among the top three (`expect`: any of them).
 * Written for this suite from research/clinical-facts.md's mechanisms; never copied from a corpus.
 */

export interface StoryClass {
  id: string;
  /** Any of these in the top 3 is a hit. */
  expect: string[];
  /** Lower case, no final stop: what happened or what the writer does. */
  circumstances: string[];
  /** Lower case, no final stop: what the back did. */
  symptoms: string[];
  /**
   * More ways to tell the same story, written after the lexicon work on the lists above, and held to the
   * bar on their own, as the corpus eval reports its frozen split. Looked at once, at the end of issue 12:
   * 0.950 top-3 (0.852 before that ranking work), with one miss class, "felt my lower back pop",
   * added to the lexicon then. Add new phrasings here rather than tuning to these.
   */
  heldOut: { circumstances: string[]; symptoms: string[] };
}

export const STORY_CLASSES: StoryClass[] = [
  {
    id: 'single_heavy_attempt',
    expect: ['muscle_strain'],
    circumstances: [
      'i went for a new deadlift pr on friday',
      'i was testing my squat max last week',
      'i tried a one rep max on deadlift',
      'i attempted a heavy single at 220 kg',
      'i was going for a 1rm pull yesterday',
      'i maxed out on deadlifts for the first time in months',
      'i hit a big pr attempt on squat this morning',
      'i grinded out a heavy triple on deadlift that was way above my usual',
      'i tried to hit a 200 kg deadlift for the first time',
      'i went for a heavy double way over my previous best',
      'i was attempting a new squat record at my meet',
      'i pulled a max single off the floor yesterday',
    ],
    symptoms: [
      'felt something pop in my lower back',
      'my lower back went like a firecracker',
      'felt a sharp twinge in my lower back halfway up',
      'something gave in my lower back and i had to drop the bar',
      'felt a tear in my lower back near the top',
      'my lower back tweaked on the way up',
      'felt a snap in my lower back',
      "my lower back twanged and i couldn't finish the rep",
      'my lower back just went halfway through the pull',
    ],
    heldOut: {
      circumstances: [
        'i was going for a heavy pr on my conventional deadlift',
        'i attempted my max on the squat at a mock meet',
        'i went for a new 3 rep max on deadlift',
      ],
      symptoms: [
        'felt my lower back pop near lockout',
        'felt something rip in my lower back',
        'a sharp pain hit my lower back the moment the bar broke the floor',
      ],
    },
  },
  {
    id: 'load_jump',
    expect: ['load_progression', 'training_volume_recovery'],
    circumstances: [
      'i added 40 lbs to my squat in two weeks',
      'i jumped from 3 sets to 6 sets of deadlifts this block',
      'i bumped my weekly mileage from 20 to 35 miles',
      'i upped my running from three days to six days a week',
      'i doubled my training volume this month',
      'i increased my deadlift by 20 kg in a fortnight',
      'i went from running 10k a week to 30k a week',
      'i added a second heavy pulling day on top of my usual program',
      'i increased my weekly running distance a lot this month',
      'i ramped my squat volume way up over two weeks',
      'i added an extra 10 miles to my week',
      'i upped my deadlift sets from 3 to 8 in one go',
      // A rise said against what it was, or with the load as the subject.
      "i've been doing 5 runs a week, up from 2,",
      'i went from 20 miles a week to 35',
      'my weekly mileage shot up when i joined the club',
      'my volume has gone up a lot this block',
      'i switched to a higher volume program',
    ],
    symptoms: [
      'my lower back has ached for days',
      'my lower back feels sore and beat up',
      'my lower back has been tight and achy all week',
      'my back is sore and stiff every morning',
      'my erectors are constantly sore',
      'my lower back has been achy and sore since',
      'my lower back aches after every session now',
      'my lower back is beat up and stiff',
    ],
    heldOut: {
      circumstances: [
        'i jumped my weekly miles from 15 to 30',
        'i added a lot more volume to my squat days',
        'i bumped up my deadlift by 30 lbs in one week',
        // Written after the rise-against-before terms, and read once.
        'i moved from 25 miles a week to 45',
        'my training volume has gone up a ton',
      ],
      symptoms: [
        'my lower back has been aching for days',
        'my lower back feels sore all the time now',
        'my lower back is constantly stiff and sore',
      ],
    },
  },
  {
    id: 'long_run_fatigue',
    expect: ['neuromuscular_fatigue', 'erector_endurance'],
    circumstances: [
      'on my long runs',
      'once i get past about 90 minutes of running',
      'late in a marathon training run',
      'towards the end of long runs when i get tired',
      'in the last few miles of my long run',
      'when i get fatigued on runs over two hours',
      'as i tire near the end of a half marathon',
      'on anything longer than 15 miles',
      'whenever i run more than 12 miles',
      'on my longer runs once i get tired',
      'after about two hours on my feet in a race',
      'near the end of my 20 mile runs',
    ],
    symptoms: [
      'my lower back gets tired and weak',
      'my lower back starts to cramp',
      'my lower back tightens up and aches',
      'my lower back feels weaker and tired',
      'my lower back muscles fatigue and start to spasm',
      'my lower back tires out and cramps',
      'my lower back gets achy and tight',
      'my erectors get tired and start to burn',
    ],
    heldOut: {
      circumstances: [
        'in the final miles of a marathon',
        'on runs longer than 90 minutes',
        'when i get tired late in my long run',
      ],
      symptoms: ['my lower back cramps up', 'my lower back aches and gets weak', 'my lower back gets tight and tired'],
    },
  },
  {
    id: 'everyday_strain',
    expect: ['muscle_strain'],
    circumstances: [
      'i bent over to pick up a box at work',
      'i picked up my toddler awkwardly',
      'i was lifting a heavy bag of soil in the garden',
      'i reached over to grab something off the floor',
      'i was moving a couch with my brother',
      'i twisted awkwardly lifting a suitcase out of the car',
      'i bent down to tie my shoe',
      'i was carrying boxes up the stairs at work',
      'i picked up a bag of groceries from the car boot',
      'i bent over to lift a laundry basket',
      'i lifted a heavy box off a high shelf',
      'i was carrying my son up the stairs',
    ],
    symptoms: [
      'felt a sharp pain in my lower back',
      'my lower back seized up',
      'something twinged in my lower back',
      'my lower back locked up and i could barely stand',
      'i tweaked my lower back',
      'my lower back twinged',
      'felt a sudden sharp pain in my lower back',
      'my lower back locked up',
    ],
    heldOut: {
      circumstances: [
        'i picked up my daughter from the floor',
        'i lifted a heavy suitcase into the boot',
        'i bent down to grab a dumbbell off the rack',
      ],
      symptoms: [
        'my lower back went into a sharp spasm',
        'felt a sharp pain across my lower back',
        'i tweaked something in my lower back',
      ],
    },
  },
  {
    id: 'desk_posture',
    expect: ['poor_posture'],
    circumstances: [
      'i sit at a desk all day for work',
      'i spend about ten hours a day hunched over a laptop',
      'i work from home slouched on the couch',
      'i am at a computer all day with my shoulders rounded forward',
      'after long days hunched at my desk',
      'i have an office job and sit for most of the day',
      'i am hunched over a keyboard nine hours a day',
      'i slouch at my desk most of the day',
      'i work at a computer all day with bad posture',
    ],
    symptoms: [
      'my upper back aches between the shoulder blades',
      'my upper back gets tight and knotted by the afternoon',
      'my mid back is stiff and sore',
      'the area between my shoulder blades burns',
      'my upper back gets really achy',
      'my upper back feels tight between the shoulder blades',
      'my mid back aches by the end of the day',
    ],
    heldOut: {
      circumstances: [
        'i sit hunched at a computer all day for work',
        'i slouch over my laptop most evenings',
        'i have a desk job and sit nine hours a day',
      ],
      symptoms: ['my upper back aches constantly', 'the muscles between my shoulder blades get tight and sore'],
    },
  },
  {
    id: 'heat_and_fluids',
    expect: ['dehydration_electrolytes'],
    circumstances: [
      'on a really hot day when i barely drank anything',
      'in the heat after sweating buckets',
      'during a humid summer run without any water',
      'when i was dehydrated after a night out',
      'on a sauna day when i had not had any fluids',
      'on a hot humid run when i had run out of water',
      'after sweating loads in a boiling gym with nothing to drink',
      'on a very hot day after hardly drinking anything',
    ],
    symptoms: [
      'my lower back cramped up',
      'my lower back started cramping',
      'my lower back muscles went into spasm',
      'my lower back seized up in a cramp',
      'my lower back cramped up badly',
      'my erectors went into a cramp',
      'my lower back spasmed',
    ],
    heldOut: {
      circumstances: ['on a scorching hot run where i did not drink', 'after sweating heavily in the heat all afternoon'],
      symptoms: ['my lower back started to cramp', 'my lower back muscles cramped hard'],
    },
  },
  {
    id: 'first_time_exercise',
    expect: ['doms', 'load_progression', 'deconditioning'],
    circumstances: [
      'i did deadlifts for the first time on monday',
      'i had never done romanian deadlifts until this week',
      'i tried kettlebell swings for the first time',
      'i started a new program with good mornings two days ago',
      'it was my first ever squat session on saturday',
      'i did good mornings for the first time yesterday',
      'i had never done hip thrusts before this week',
      'i started deadlifting for the first time three days ago',
    ],
    symptoms: [
      'my lower back has been really sore for two days',
      'my lower back was stiff and sore the next day',
      'two days later my lower back is aching',
      'my lower back is super sore today',
      'my lower back is so sore two days later',
      'my lower back is stiff and achy today',
      'my lower back has been sore ever since',
    ],
    heldOut: {
      circumstances: [
        'i tried romanian deadlifts for the first time on monday',
        'i did my first ever deadlift session two days ago',
      ],
      symptoms: ['my lower back is really sore today', 'my lower back has been achy and stiff since'],
    },
  },
  {
    id: 'volume_pump',
    expect: ['erector_endurance', 'neuromuscular_fatigue'],
    circumstances: [
      'during high rep sets of deadlifts',
      'on sets of 20 squats',
      'when i do lots of volume on rows',
      'during long sets of kettlebell swings',
      'on my high rep back off work',
      'during my sets of 15 on back extensions',
      'on high rep romanian deadlifts',
      'on a high volume deadlift day with lots of sets',
    ],
    symptoms: [
      'my lower back gets a crazy pump',
      'my lower back pumps up and burns',
      'my erectors get so pumped they cramp',
      'my lower back burns and feels pumped',
      'my lower back pumps up like crazy',
      'my erectors burn and get pumped',
      'my lower back gets so pumped it cramps',
    ],
    heldOut: {
      circumstances: ['on high rep sets of hyperextensions', 'during my high volume leg day'],
      symptoms: ['my lower back pumps up and burns', 'my lower back gets so pumped i have to stop'],
    },
  },
  {
    id: 'crash_or_fall',
    // A crash or a fall is a red flag (major trauma): the story should rank the injury or a medical cause, never a technique fault.
    expect: ['muscle_strain', 'medical_condition'],
    circumstances: [
      'i was in a car crash on monday',
      'i got rear ended at a red light last week',
      'i fell down the stairs at home',
      'i slipped on ice and landed flat on my back',
      'i came off my bike at speed on saturday',
      'i fell off a ladder while painting',
    ],
    symptoms: [
      'my lower back has hurt ever since',
      'my lower back is stiff and sore',
      'my mid back aches when i move',
      'i have a sharp pain in my lower back',
    ],
    heldOut: {
      circumstances: ['i was hit by a car while cycling', 'i took a hard fall snowboarding', 'i was thrown from a horse'],
      symptoms: ['my lower back has been aching since', 'my back hurts whenever i twist'],
    },
  },
  // Round 8: stories that only one mechanism explains (lib/analysis/lexicon/stories.ts). Written before that
  // lexicon was tuned on them. Their first held-out phrasings, read once, found 0.81 top-3 (shoes, the bar on the
  // neck, the lost brace, tight hamstrings, a named condition and the cold start missed); the lexicon was fixed by
  // class, those phrasings joined the tuning lists, and the held-out phrasings below were written then.
  {
    id: 'shoes',
    expect: ['footwear'],
    circumstances: [
      'i switched to zero drop shoes last month',
      'my running shoes have about 900 km on them',
      'i bought new carbon plated shoes for everything',
      'i started running in minimalist trainers',
      'the midsole on my trainers is completely flat now',
      'my trainers are worn right down at the heel',
      'i changed to a lower drop pair of runners',
    ],
    symptoms: [
      'my lower back aches on every run',
      'my lower back gets sore after runs',
      'my lower back tightens up halfway through my runs',
      'my lower back hurts on the road',
      'my lower back starts aching a few km in',
      'my back is sore after every run',
    ],
    heldOut: {
      circumstances: ["i've been running in the same pair for two years", 'i went from cushioned shoes to barefoot ones'],
      symptoms: ['my lower back is achy after every run', 'my lower back hurts by the end of my run'],
    },
  },
  {
    id: 'bar_on_the_neck',
    expect: ['bar_position', 'bar_pressure_bruising'],
    circumstances: [
      'the bar sits right on my neck when i squat',
      'the bar rolls up onto my neck during sets',
      'i put the bar too high on my traps',
      'my bar placement is right on the bone at the base of my neck',
      'the bar slides down my back on heavy squats',
      'the barbell sits on my spine instead of my traps',
      'the bar keeps rolling up toward my neck',
    ],
    symptoms: [
      'my upper back is sore after squats',
      'my neck and traps ache for a day after',
      'the top of my back hurts after every squat session',
      'my upper back gets really tender',
      'my upper back aches after squat day',
      'my neck and upper back are sore for two days after squats',
    ],
    heldOut: {
      circumstances: ['the bar ends up high on my neck by the end of the set', 'i carry the bar right on top of my spine'],
      symptoms: ['my upper back and neck ache after squats', 'my traps and upper back are sore the next day'],
    },
  },
  {
    id: 'bar_bruise',
    expect: ['bar_pressure_bruising', 'bar_position'],
    circumstances: [
      'there is a bruise where the bar sits',
      'the bar digs into my upper back on heavy squats',
      'i have a discoloured patch where the bar rests',
      'the yoke dug into my traps on heavy carries',
      'i started squatting three times a week and got bruising on my back',
      'my upper back is bruised from the bar',
      'the bar pressed into my spine on a heavy set',
    ],
    symptoms: [
      'my upper back is tender to the touch',
      'my upper back hurts when i lie on it',
      'the top of my back is sore',
      'my upper back aches where the bar was',
      'my upper back hurts to touch',
      'my upper back is sore when i lean against a chair',
    ],
    heldOut: {
      circumstances: ['the safety squat bar pad leaves a mark on my back', 'there is a purple patch where the bar rests'],
      symptoms: ['my upper back hurts to lie on', 'my upper back is tender for days'],
    },
  },
  {
    id: 'lost_brace',
    expect: ['bracing'],
    circumstances: [
      'i lose my breath halfway up on heavy squats',
      'i breathe into my chest instead of my belly',
      'i stopped wearing my belt on heavy pulls',
      "i don't push out into the belt at all",
      'i let my air out at the bottom of the rep',
      'i exhale on the way down on heavy squats',
      'i never take a big breath before the rep',
    ],
    symptoms: [
      'my lower back aches after heavy sets',
      'my lower back feels like it gives out',
      'my lower back gets sore on heavy days',
      'my lower back hurts on heavy reps',
      'my lower back feels unstable and sore',
      'my lower back aches after heavy deadlifts',
    ],
    heldOut: {
      circumstances: ["i squat without a belt now and don't brace much", 'i lose all my air on the way up'],
      symptoms: ['my lower back hurts on heavy squats', 'my lower back feels weak and achy'],
    },
  },
  {
    id: 'leaning_back_at_lockout',
    expect: ['overextension'],
    circumstances: [
      'i lean back at the top of every deadlift',
      'i hyperextend at lockout to show the rep is finished',
      'i throw my hips through hard at the top',
      'my coach says i over arch at lockout',
      'my ribs flare when i press overhead',
      'i arch way too much at the top of my deadlifts',
      'i lean back hard to finish each rep',
    ],
    symptoms: [
      'i get a sharp pinch in my lower back at the top',
      'my lower back aches after pulling',
      'my lower back hurts right at lockout',
      'my lower back is sore after every session',
      'my lower back pinches at the top of the lift',
      'my lower back aches after deadlift day',
    ],
    heldOut: {
      circumstances: ['i finish every pull by leaning way back', 'i overextend my back at the top of each rep'],
      symptoms: ['my lower back is sore after deadlifts', 'i feel a pinch in my lower back at the top'],
    },
  },
  {
    id: 'upper_back_folds',
    expect: ['upper_back_rounding', 'forward_lean'],
    circumstances: [
      'my upper back rounds on the last reps of heavy deadlifts',
      'my chest drops out of the hole on heavy squats',
      'my shoulders roll forward on heavy pulls',
      'my upper back caves on front squats',
      'my upper back collapses under heavy weight',
      'my upper back rounding gets worse on heavy sets',
      'my chest caves forward when the bar gets heavy',
    ],
    symptoms: [
      'my upper back is sore the next day',
      'the area between my shoulder blades aches',
      'my mid back is tired and sore after',
      'my upper back burns during the set',
      'my upper back aches after the session',
      'my mid back is sore for days',
    ],
    heldOut: {
      circumstances: ['my t spine rounds when the squat gets heavy', 'my shoulders roll forward as i pull off the floor'],
      symptoms: ['my upper back aches after the session', 'my mid back gets sore'],
    },
  },
  {
    id: 'hips_shoot_up',
    expect: ['forward_lean', 'upper_back_rounding'],
    circumstances: [
      'my hips shoot up first out of the hole',
      'my squat turns into a good morning on heavy sets',
      'my hips rise fast when i squat heavy',
      'i have too much forward lean on squats',
      'my hips come up early on heavy reps',
      'my hips shoot up before the bar moves',
      'i good morning my heavy squats',
    ],
    symptoms: [
      'my lower back ends up sore and tight',
      'my lower back aches after squats',
      'my lower back is sore the day after squats',
      'my lower back takes a beating on heavy days',
      'my lower back hurts after squat day',
      'my lower back is sore and tired',
    ],
    heldOut: {
      circumstances: ['my hips rise first when i stand up from a heavy squat', 'my squat becomes a good morning out of the hole'],
      symptoms: ['my lower back aches after squat day', 'my lower back gets really sore'],
    },
  },
  {
    id: 'tuck_at_the_bottom',
    expect: ['butt_wink', 'mobility_restriction'],
    circumstances: [
      'my pelvis tucks under at the bottom of my squat',
      'i get a butt wink at the bottom of deep squats',
      'my lower back rounds in the hole',
      'i tuck under when i squat below parallel',
      'my lower back rounds at the bottom of my squat',
      'my buttwink is bad on deep squats',
      'my pelvis tilts under at the bottom',
    ],
    symptoms: [
      'my lower back aches after high volume squat days',
      'my lower back is sore after squats',
      'my lower back feels tweaky after deep squats',
      'my lower back gets achy the next day',
      'my lower back aches after squatting',
      'my lower back is sore for a day after',
    ],
    heldOut: {
      circumstances: ['i get a bad butt wink at depth', 'my pelvis rounds under at the bottom of each squat'],
      symptoms: ['my lower back hurts after squats', 'my lower back is achy the next day'],
    },
  },
  {
    id: 'a_knot',
    expect: ['tight_knotted_muscles'],
    circumstances: [
      'there is a knot under my shoulder blade',
      'i have knots all over my traps',
      'there is a tender spot beside my spine',
      'my traps feel like gravel when someone presses on them',
      'i found a trigger point next to my shoulder blade',
      'there is a knotted spot in my upper back',
      'a lacrosse ball finds a tender spot by my spine',
    ],
    symptoms: [
      'my upper back feels tight and twingy',
      'my upper back cramps easily',
      'my upper back aches most days',
      'my upper back is tight and sore',
      'my upper back is tight and achy',
      'my upper back feels like it could cramp',
    ],
    heldOut: {
      circumstances: ['there is a hard knot next to my spine', 'my masseuse found knots all through my traps'],
      symptoms: ['my upper back is tight and sore', 'my upper back aches all day'],
    },
  },
  {
    id: 'tight_hamstrings',
    expect: ['hamstring_tightness', 'mobility_restriction'],
    circumstances: [
      "i can't touch my toes",
      'my hamstrings are tight like guitar strings',
      'my straight leg raise is only about 50 degrees',
      'i have really tight hamstrings',
      'my hamstrings feel short on every hinge',
      "i can't reach past my knees",
      'my hams feel like steel cables',
    ],
    symptoms: [
      'my lower back rounds and aches on rdls',
      'my lower back is always tight',
      'my lower back gets stiff after runs',
      'my lower back aches after deadlifts',
      'my lower back is tight all the time',
      'my lower back aches after hinging',
    ],
    heldOut: {
      circumstances: ['my hamstrings are tight as anything', "i can't touch my toes even after stretching"],
      symptoms: ['my lower back gets tight on runs', 'my lower back aches when i deadlift'],
    },
  },
  {
    id: 'hip_flexors',
    expect: ['hip_flexor_tightness', 'poor_posture'],
    circumstances: [
      'my hip flexors are really tight from sitting',
      'my psoas is tight after long days at my desk',
      'the physio says my hip flexors are short',
      'i sit all day and my hip flexors lock up',
      'my hip flexors feel tight on long runs',
      'my hip flexors are tight as anything',
      'my psoas feels short and tight',
    ],
    symptoms: [
      'my lower back tightens on long runs',
      'my lower back aches when i stand up',
      'my lower back is tight after runs',
      'my lower back gets stiff',
      'my lower back is tight when i run',
      'my lower back aches after sitting',
    ],
    heldOut: {
      circumstances: ['my hip flexors are locked up from the office chair', 'my physio says my psoas is tight'],
      symptoms: ['my lower back is sore on long runs', 'my lower back aches after standing up'],
    },
  },
  {
    id: 'weak_glutes',
    expect: ['weak_glutes_core'],
    circumstances: [
      'my glutes are not firing on runs',
      'i have a weak core and lazy glutes',
      'i started doing glute bridges and planks',
      'the physio gave me core work and hip thrusts',
      'i started pilates twice a week',
      'my glutes switch off when i run',
      'i have been doing dead bugs and bird dogs',
    ],
    symptoms: [
      'my lower back aches on runs',
      'my lower back and upper glutes ache',
      'my lower back has a vague ache',
      'my lower back gets sore',
      'my lower back has been achy',
      'my lower back aches after running',
    ],
    heldOut: {
      circumstances: ["my physio said my glutes aren't firing", 'i have been doing clamshells and glute bridges for weeks'],
      symptoms: ['my lower back aches less now', 'my lower back gets achy on runs'],
    },
  },
  {
    id: 'named_condition',
    expect: ['medical_condition'],
    circumstances: [
      'i was diagnosed with ankylosing spondylitis',
      'i see a rheumatologist for my inflammatory arthritis',
      'i have a history of kidney stones',
      'i was diagnosed with endometriosis',
      'i have rheumatoid arthritis',
      'i have psoriatic arthritis',
      'my gp diagnosed me with osteoporosis',
    ],
    symptoms: [
      'my lower back is stiff for an hour every morning',
      'my lower back aches most days',
      'my lower back is sore',
      'my back flares up',
      'my lower back aches a lot',
      'my lower back is stiff in the mornings',
    ],
    heldOut: {
      circumstances: ['i was diagnosed with axial spa last year', 'i have crohns disease'],
      symptoms: ['my lower back is stiff and sore', 'my lower back aches at night and in the morning'],
    },
  },
  {
    id: 'older_lifter',
    expect: ['facet_degenerative'],
    circumstances: [
      "i'm 58 and have lifted most of my life",
      'i have arthritis in my spine',
      'i am in my sixties and still training',
      'my mri shows wear and tear in my lower spine',
      "i'm 62 and lift three times a week",
      'i am 67 and have trained for decades',
      'the scan showed degeneration in my lower back',
    ],
    symptoms: [
      'my lower back is stiff first thing in the morning',
      'my lower back aches when i bend backwards',
      'my lower back is stiff and achy',
      'my lower back catches when i twist',
      'my lower back is stiff every morning',
      'my lower back aches when i lean back',
    ],
    heldOut: {
      circumstances: ["i'm 61 and still deadlift", 'the doctor says i have spinal arthritis'],
      symptoms: ['my lower back is stiff and achy in the mornings', 'my lower back hurts when i arch backwards'],
    },
  },
  {
    id: 'cold_start',
    expect: ['poor_warmup'],
    circumstances: [
      'i go straight from the car into my run',
      'i skip my warm up sets',
      'i only do a quick warm up',
      'i start lifting straight from my desk',
      'i rush my warm up sets',
      'i jump straight into working sets',
      'i barely warm up before heavy squats',
    ],
    symptoms: [
      'my lower back is tight for the first few minutes',
      'my lower back twinges on the first sets',
      'my lower back pumps up early on and then settles',
      'my lower back feels tight until i warm up',
      'my lower back is tight at the start',
      'my lower back feels stiff early in the session',
    ],
    heldOut: {
      circumstances: ['i start my runs without any warm up', 'i go straight into working sets from the office'],
      symptoms: ['my lower back is tight for the first ten minutes', 'my lower back twinges early on'],
    },
  },
  {
    id: 'big_frame_running',
    expect: ['heavy_upper_body', 'erector_endurance'],
    circumstances: [
      "i'm 110 kg and started running",
      'i am a big guy at 120kg and run three times a week',
      'i bulked up to 100 kg and went back to running',
      'i have a big upper body and run 5k',
      'i weigh 115 kg and jog most mornings',
      'i am a heavy lifter at 105 kg who now runs',
      'i weigh 250 lbs and run a few times a week',
    ],
    symptoms: [
      'my lower back tires out on runs',
      'my lower back aches on every run',
      'my back gives out before my legs',
      'my lower back gets fatigued when i run',
      'my back gets tired on runs',
      'my lower back aches a few km in',
    ],
    heldOut: {
      circumstances: ["i'm 105 kg and just took up running", 'i bulked to 110 kg and started jogging'],
      symptoms: ['my lower back gets tired quickly on runs', 'my back aches before my legs do'],
    },
  },
  {
    id: 'forcing_the_stretch',
    expect: ['overstretching'],
    circumstances: [
      'i force my forward folds every evening',
      'i bounce at the bottom of my toe touches',
      'i have been stretching harder and deeper every day',
      'i hold deep stretches for 5 minutes',
      'i push further into the stretch every night',
      'i stretch too hard every morning',
      'i force myself deeper into the splits',
    ],
    symptoms: [
      'my lower back seizes up',
      'my lower back aches straight after',
      'my lower back is stiffer in the morning',
      'my lower back cramps during the stretch',
      'my lower back aches after stretching',
      'my lower back spasms',
    ],
    heldOut: {
      circumstances: ['i bounce into my hamstring stretches', 'i have been forcing deep stretches every night'],
      symptoms: ['my lower back seized up', 'my lower back aches after stretching'],
    },
  },
  {
    id: 'running_form',
    expect: ['running_posture', 'forward_lean'],
    circumstances: [
      'i run hunched over with my head down',
      'i overstride and heel strike hard',
      'my running form falls apart late in runs',
      'my cadence is really low',
      'i run looking down at my feet',
      'my running posture is slouched',
      'i slouch when i run',
    ],
    symptoms: [
      'my lower back aches on long runs',
      'my lower back gets tired late in my runs',
      'my lower back is sore after runs',
      'my lower back tightens up',
      'my lower back aches after running',
      'my lower back gets tight on runs',
    ],
    heldOut: {
      circumstances: ['i run with my head down and shoulders hunched', 'my stride is long and i land on my heels'],
      symptoms: ['my lower back aches on runs', 'my lower back is sore after long runs'],
    },
  },
];

/** How a forum regular frames a story: `c` the circumstance, `s` the symptom. */
export const TEMPLATES: Record<string, (c: string, s: string) => string> = {
  plain: (c, s) => `${cap(c)} and ${s}.`,
  symptom_first: (c, s) => `${cap(s)}. This was when ${c}.`,
  question: (c, s) => `Hey all, quick question. ${cap(c)} and ${s}. Anyone else had this? What should i do?`,
  lowercase_run_on: (c, s) => `${c} and ${s} lol any ideas`,
  with_background: (c, s) =>
    `Been training for about two years now, four days a week. ${cap(c)} and ${s}. Not sure what to make of it, thanks in advance.`,
  so_then: (c, s) => `So ${c}, and ${s}. Is this normal?`,
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Framings written with the held-out phrasings, never used to tune. */
export const HELD_OUT_TEMPLATES: Record<string, (c: string, s: string) => string> = {
  update_style: (c, s) => `Update for anyone following: ${c}, and ${s}. Resting it for now.`,
  because: (c, s) => `${cap(s)} because ${c}? That's my best guess anyway.`,
};
