/**
 * The bladder: the toilet, what an emptying or a leak is told with, a wet bed that a pet, a child or a spill
 * explains, and a urine colour told by a drink ("like cola", "Dr Pepper coloured"), not a drink drunk
 * (lib/analysis/redflags.ts).
 */
import { PETS_AND_CHILDREN } from './people';

/** The toilet itself, which stands for the urine in a trip to it ("every trip to the dunny is coke-coloured"). */
export const TOILET_WORDS: ReadonlySet<string> = new Set(['loo', 'toilet', 'dunny', 'bog', 'lav', 'lavatory', 'john', 'bowl']);

/** What may follow an emptied bladder's "emptied" ("…like I've emptied properly", "…emptied, which is new"). */
export const EMPTIED_HOW: ReadonlySet<string> = new Set(['properly', 'fully', 'completely', 'yet', 'all', 'and', 'which', 'so']);

/** Words after "didn't notice" that leave the leak as what went unnoticed ("didn't notice till after"). */
export const NOTICED_FOLLOWERS: ReadonlySet<string> = new Set([
  'it',
  'till',
  'until',
  'at',
  'for',
  'and',
  'but',
  'then',
  'when',
  'straight',
  'right',
]);

/** Who or what else wets a bed: a wet bed told with one of them in its sentence or the next is theirs. */
export const BED_WETTERS: ReadonlySet<string> = new Set([
  ...PETS_AND_CHILDREN,
  'nappy',
  'diaper',
  'bottle',
  'cup',
  'glass',
  'pint',
  'drink',
  'tea',
  'coffee',
  'spilled',
  'spilt',
  'leaked',
  'leaking',
  'leaks',
  'burst',
  'tent',
  'rain',
  'sweat',
  'sweating',
  'sweats',
]);

/** A spill told beside an "accident" makes it the drink's. */
export const SPILL_WORDS: ReadonlySet<string> = new Set(['spilled', 'spilt', 'spilling', 'spill', 'spills']);

/** Drinks that name a urine colour ("like cola", "Dr Pepper coloured"); named alone, they may just be drunk. */
export const DRINK_NAMES: ReadonlySet<string> = new Set([
  'cola',
  'coke',
  'pepsi',
  'tea',
  'coffee',
  'guinness',
  'stout',
  'pepper',
  'whiskey',
  'whisky',
  'rum',
  'bourbon',
  'sauce',
  'port',
  'wine',
  'ale',
  'beer',
  'lager',
  'porter',
  'bitter',
]);

/** Urine colours that are no shade of yellow: said on purpose, they mean blood or muscle breakdown. */
export const DRINK_COLOURS: ReadonlySet<string> = new Set([
  ...DRINK_NAMES,
  'brown',
  'black',
  'bloody',
  'red',
  'rust',
  'rusty',
  'mahogany',
  'brownish',
  'reddish',
  'blackish',
]);

/** Words that say a drink is named for its colour ("Dr Pepper coloured", "the colour of tea"). */
export const COLOUR_WORDS: ReadonlySet<string> = new Set(['colour', 'color', 'coloured', 'colored', 'colours', 'colors']);

/** Words before a drink that say it was drunk ("drank a Dr Pepper", "had a coffee"), not that urine looked like it. */
export const DRINKING_WORDS: ReadonlySet<string> = new Set([
  'drank',
  'drink',
  'drinking',
  'drinks',
  'had',
  'having',
  'a',
  'some',
  'cup',
  'can',
  'bottle',
  'glass',
  'pint',
]);

/**
 * A hydration pack's words, whose "bladder" is its water bag: "the reservoir has no window", "my Camelbak bladder" (not
 * "pack" or "backpack", which as often carried the load that hurt a back: "can't tell when my bladder's full. Hurt my back
 * carrying a heavy pack").
 */
export const HYDRATION_WORDS: ReadonlySet<string> = new Set([
  'reservoir',
  'camelbak',
  'hydration',
  'sloshes',
  'sloshing',
  'overfill',
  'refill',
]);
