/**
 * Units after a number: what makes it a distance, a load, a time, a pace or a speed rather than a temperature, and
 * the least weight lost, by unit, that is a warning sign (lib/analysis/redflags.ts, flag-context.ts).
 */

/** Units after a number that make it a distance, a load, a time or a pace, not a temperature ("38.5 km"). */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(
  'km k kms kg kgs kilo kilos lb lbs pounds mile miles mi m metres meters min mins minutes sec secs seconds s reps bpm x % percent mph kph kmh w watts cm inches in ft hours hrs h g grams mg ml l litres liters oz cal kcal'.split(
    ' ',
  ),
);

/** The least weight lost, by unit, that is read as the flag (redflags.ts slightLoss). */
export const SLIGHT_LOSS: Readonly<Record<string, number>> = {
  kg: 3,
  kgs: 3,
  kilo: 3,
  kilos: 3,
  lb: 7,
  lbs: 7,
  pounds: 7,
  pound: 7,
};

/** Speeds a vehicle is told at that a bump, not a crash, comes with ("rear-ended at some lights, like 5mph"). */
export const SPEED_UNITS: ReadonlySet<string> = new Set(['mph', 'kph', 'kmh']);

/** What makes "km" a speed, after it: "10 km/h", "10 km per hour", "10 km an hour" (not "4km from home", a distance). */
export const KM_SPEED_FOLLOWERS: ReadonlySet<string> = new Set(['/', 'per', 'an', 'h']);

/** A height told in metres or in feet (redflags.ts tells a climb's gain from a fall's height). */
export const METRE_UNITS: ReadonlySet<string> = new Set(['m', 'metres', 'meters', 'metre', 'meter']);
export const FOOT_UNITS: ReadonlySet<string> = new Set(['ft', 'feet', 'foot']);
