/**
 * "Copy a reply": a short Markdown answer a forum regular can paste under a post. It leads with the
 * warning signs when there are any, then the top causes with a one-line why, the key caveats, the
 * red-flag advice and a not-a-diagnosis line. The post's own words may appear in it (the matched
 * sentences), so every piece of text is escaped for Markdown.
 */
import type { Assessment, Reason } from '../analysis/types';
import { getCause } from '../catalog';
import type { CauseEntry } from '../catalog/types';
import { FEATURE_LABELS } from '../feature-labels';
import { EMERGENCY_SAFETY_NET, TRIAGE_ADVICE } from './triage-advice';

export interface ReplyOptions {
  /** How many causes to list. @default 3 */
  causes?: number;
  /** How many caveats to list. @default 3 */
  caveats?: number;
  /** Finds a cause's catalog entry. @default getCause */
  lookup?: (id: string) => CauseEntry | undefined;
}

export const REPLY_SIGNATURE = '_Not a diagnosis; generated locally by Spotter._';

/**
 * Escapes what Markdown (and the HTML forums allow in it) would interpret inside a line, and folds
 * line breaks so nothing can start a heading, list or quote: text from a post reads back as text.
 * Punctuation that only matters at the start of a line is left alone, since every escaped piece
 * is placed after a prefix of Spotter's own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`);
}

function oneLineWhy(reasons: readonly Reason[]): string {
  const strongest = [...reasons].sort((a, b) => b.weight - a.weight).slice(0, 3);
  return strongest.map((reason) => (reason.kind === 'phrase' ? `“${reason.text}”` : reason.text)).join('; ');
}

export function formatReply(assessment: Assessment, options: ReplyOptions = {}): string {
  const { causes: causeCount = 3, caveats: caveatCount = 3, lookup = getCause } = options;
  const lines: string[] = [];
  const advice = TRIAGE_ADVICE[assessment.triage];

  if (assessment.triage !== 'self_care') {
    const flags = assessment.redFlags.map((hit) => FEATURE_LABELS[hit.id]);
    lines.push(`**${escapeMarkdown(advice.title)}.** ${escapeMarkdown(advice.advice)}`);
    if (flags.length > 0) lines.push('', `Warning signs mentioned: ${escapeMarkdown(flags.join('; '))}.`);
    lines.push('');
  }

  const top = assessment.causes.slice(0, causeCount).map((ranked) => {
    const entry = lookup(ranked.id);
    if (!entry) throw new Error(`Ranked cause "${ranked.id}" is not in the catalog`);
    return { ranked, entry };
  });
  if (top.length > 0) {
    lines.push('**Posts like this often describe:**', '');
    top.forEach(({ ranked, entry }, index) => {
      const why = oneLineWhy(ranked.for);
      lines.push(`${index + 1}. **${escapeMarkdown(entry.title)}**${why ? ` (fits: ${escapeMarkdown(why)})` : ''}`);
    });
    lines.push('');
  }

  const caveats = [...new Set(top.flatMap(({ entry }) => entry.caveats.slice(0, 1)))].slice(0, caveatCount);
  if (caveats.length > 0) {
    lines.push('**Worth knowing:**', '');
    for (const caveat of caveats) lines.push(`- ${escapeMarkdown(caveat)}`);
    lines.push('');
  }

  if (assessment.triage === 'self_care') {
    lines.push(`**When to get checked:** ${escapeMarkdown(advice.advice)} ${escapeMarkdown(EMERGENCY_SAFETY_NET)}`, '');
  } else if (assessment.triage !== 'emergency') {
    lines.push(escapeMarkdown(EMERGENCY_SAFETY_NET), '');
  }

  lines.push(REPLY_SIGNATURE);
  return lines.join('\n');
}
