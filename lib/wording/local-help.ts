/**
 * Where a reader gets help, by the region of the browser's language: the emergency numbers (the
 * reader's local one first, the others still listed for travellers and for readers whose browser
 * language is not where they live) and the local same-day route for urgent advice. The one source
 * for the triage banner, the cause cards and the copied reply.
 *
 * Numbers: 999 and NHS 111 (nhs.uk), 911 (US, Canada), 000 and healthdirect 1800 022 222
 * (healthdirect.gov.au), 112 and 999 (Ireland, hse.ie), 111 and Healthline 0800 611 116 (New Zealand,
 * health.govt.nz), 112 across the EU (europa.eu/112), 811 health lines in most Canadian provinces.
 */

export interface EmergencyNumber {
  /** As dialled, e.g. "911". */
  number: string;
  /** Where it is the number, e.g. "US and Canada". */
  where: string;
}

export interface LocalHelp {
  /** The region the numbers were chosen for (ISO 3166 code), or null when the language named none we know. */
  region: string | null;
  /** Emergency numbers, the reader's local ones first. */
  emergency: readonly EmergencyNumber[];
  /** The same-day route in plain words, e.g. "call NHS 111 or ask your GP for an urgent appointment today". */
  sameDay: string;
}

const US_CANADA: EmergencyNumber = { number: '911', where: 'US and Canada' };
const UK: EmergencyNumber = { number: '999', where: 'UK' };
const EUROPE: EmergencyNumber = { number: '112', where: 'Europe and most mobiles' };
const AUSTRALIA: EmergencyNumber = { number: '000', where: 'Australia' };
const NEW_ZEALAND: EmergencyNumber = { number: '111', where: 'New Zealand' };
const IRELAND: EmergencyNumber[] = [
  { number: '112', where: 'Ireland' },
  { number: '999', where: 'Ireland and UK' },
];

/** The numbers listed after the local ones, in this order. */
const EVERYWHERE: readonly EmergencyNumber[] = [US_CANADA, UK, EUROPE, AUSTRALIA];

const GENERIC_SAME_DAY = 'see a doctor today, at your GP or family doctor, an urgent care clinic or an out-of-hours service';

interface RegionHelp {
  local: readonly EmergencyNumber[];
  sameDay: string;
}

const REGIONS: Readonly<Record<string, RegionHelp>> = {
  US: { local: [US_CANADA], sameDay: "go to an urgent care clinic or ask your doctor's office for a same-day appointment" },
  CA: {
    local: [US_CANADA],
    sameDay: 'call your provincial health line (811 in most provinces), or go to a walk-in or urgent care clinic today',
  },
  GB: { local: [UK], sameDay: 'call NHS 111 or ask your GP for an urgent same-day appointment' },
  IE: { local: IRELAND, sameDay: 'ask your GP for a same-day appointment, or call the GP out-of-hours service' },
  AU: { local: [AUSTRALIA], sameDay: 'call healthdirect on 1800 022 222 or see a GP today' },
  NZ: { local: [NEW_ZEALAND], sameDay: 'call Healthline on 0800 611 116, or see a GP or an urgent care clinic today' },
};

/** EU and EEA countries and their neighbours that answer 112 (europa.eu/112). */
const EUROPE_112 = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH'.split(' '),
);

/** Languages spoken mostly in one 112 country, for language tags without a region ("de", "fr"). */
const EUROPEAN_LANGUAGES = new Set('de fr it es nl pl pt sv da fi nb nn no cs sk sl hr hu ro bg el et lv lt is mt'.split(' '));

/** The region of a BCP 47 language tag ("en-GB" → "GB", "zh-Hant-TW" → "TW"), upper case; null without one. */
export function regionOfLanguage(tag: string): string | null {
  const subtags = tag.trim().split(/[-_]/);
  for (const subtag of subtags.slice(1)) if (/^[a-z]{2}$/i.test(subtag)) return subtag.toUpperCase();
  return null;
}

function helpForRegion(region: string): RegionHelp | null {
  if (REGIONS[region]) return REGIONS[region];
  if (EUROPE_112.has(region)) return { local: [EUROPE], sameDay: GENERIC_SAME_DAY };
  return null;
}

function withOthers(local: readonly EmergencyNumber[]): EmergencyNumber[] {
  const numbers = [...local];
  for (const other of EVERYWHERE) if (!numbers.some((known) => known.number === other.number)) numbers.push(other);
  return numbers;
}

/**
 * Local help for the reader's languages, most preferred first (`navigator.languages`). The first tag
 * with a known region decides; a bare European language ("de") means 112. With nothing known,
 * every number is listed, 911 first since most of the default forums are American.
 */
export function localHelp(languages: readonly string[]): LocalHelp {
  for (const tag of languages) {
    const region = regionOfLanguage(tag);
    const help = region ? helpForRegion(region) : null;
    if (region && help) return { region, emergency: withOthers(help.local), sameDay: help.sameDay };
  }
  for (const tag of languages) {
    const language = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
    if (EUROPEAN_LANGUAGES.has(language)) return { region: null, emergency: withOthers([EUROPE]), sameDay: GENERIC_SAME_DAY };
  }
  return { region: null, emergency: withOthers([]), sameDay: GENERIC_SAME_DAY };
}

/** "911 (US and Canada), 999 (UK), …": every number in one line, for text where elements cannot go. */
export function numbersInWords(help: LocalHelp): string {
  return help.emergency.map(({ number, where }) => `${number} (${where})`).join(', ');
}
