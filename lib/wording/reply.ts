/**
 * "Copy a reply": a short answer a forum regular can paste under a post, in the forum's own markup
 * (Markdown on Reddit, Discourse and Stack Exchange; BBCode on XenForo, vBulletin, phpBB, SMF and
 * MyBB; plain text elsewhere, since Invision's editor and unknown forums show markup literally).
 * It opens with a kind line, leads with the warning signs when there are any, then the top causes
 * with a short why, the key caveats, where to get help and a not-a-diagnosis line. At an emergency
 * it lists no training causes at all. It quotes at most a few of the post's words, escaped for the
 * format so they read back as text.
 */
import type { Assessment, Reason } from '../analysis/types';
import { getCause } from '../catalog';
import type { CauseEntry } from '../catalog/types';
import { FEATURE_LABELS } from '../feature-labels';
import { causesInShowingOrder } from './cause-order';
import { numbersInWords, type LocalHelp } from './local-help';
import { EMERGENCY_KIND_LINE, emergencyExplanations, emergencySafetyNet, tierAdvice } from './triage-advice';

export const REPLY_FORMATS = ['markdown', 'bbcode', 'plain'] as const;
export type ReplyFormat = (typeof REPLY_FORMATS)[number];

/** The markup each forum engine renders in posts; engines not listed get plain text. */
const ENGINE_FORMATS: Readonly<Record<string, ReplyFormat>> = {
  reddit: 'markdown',
  discourse: 'markdown',
  stackexchange: 'markdown',
  xenforo: 'bbcode',
  vbulletin: 'bbcode',
  phpbb: 'bbcode',
  smf: 'bbcode',
  mybb: 'bbcode',
};

/** The reply format a forum engine (an adapter id, or an engine name) renders; plain text when unknown. */
export function replyFormatFor(engine: string | null | undefined): ReplyFormat {
  return (engine && ENGINE_FORMATS[engine]) || 'plain';
}

export const REPLY_FORMAT_LABELS: Readonly<Record<ReplyFormat, string>> = {
  markdown: 'Markdown (Reddit, Discourse, Stack Exchange)',
  bbcode: 'BBCode (XenForo, vBulletin, phpBB)',
  plain: 'Plain text',
};

export interface ReplyOptions {
  /** Where the reader gets help: numbers and the same-day route. */
  help: LocalHelp;
  /** @default 'markdown' */
  format?: ReplyFormat;
  /** How many causes to list. @default 3 */
  causes?: number;
  /** How many caveats to list. @default 3 */
  caveats?: number;
  /** Finds a cause's catalog entry. @default getCause */
  lookup?: (id: string) => CauseEntry | undefined;
}

const REPLY_SIGNATURE_TEXT = 'Not a diagnosis; generated locally by Spotter.';

/** The most words of a post the reply quotes in one place. */
export const MAX_QUOTED_WORDS = 5;

/** A run of text, bold or not, or words quoted from the post. */
type Inline = { text: string; bold?: boolean; quoted?: boolean };
type Block = { kind: 'paragraph'; parts: Inline[] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

/**
 * Escapes what Markdown (and the HTML forums allow in it) would interpret inside a line, and folds
 * line breaks so nothing can start a heading, list or quote. `&` is left alone: Markdown shows it
 * as is, and an escaped `\&` shows its backslash on several forums.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~]/g;

export function escapeMarkdown(text: string): string {
  return foldSpace(text)
    .trim()
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** BBCode has no escape character: square brackets from the post become round ones so no tag can form. */
export function escapeBBCode(text: string): string {
  return foldSpace(text).trim().replace(/\[/g, '(').replace(/\]/g, ')');
}

/** Line breaks and runs of space become one space, so no text can start a new line of markup. */
function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** At most `MAX_QUOTED_WORDS` words of a post, with an ellipsis when cut. */
export function shortQuote(text: string): string {
  const words = foldSpace(text).trim().split(' ');
  return words.length <= MAX_QUOTED_WORDS ? words.join(' ') : `${words.slice(0, MAX_QUOTED_WORDS).join(' ')}…`;
}

function renderInline(parts: readonly Inline[], format: ReplyFormat): string {
  return parts
    .map(({ text, bold, quoted }) => {
      const body = quoted ? `“${shortQuote(text)}”` : text;
      const folded = foldSpace(body);
      if (format === 'markdown') {
        const escaped = folded.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
        return bold ? `**${escaped}**` : escaped;
      }
      if (format === 'bbcode') {
        const escaped = folded.replace(/\[/g, '(').replace(/\]/g, ')');
        return bold ? `[b]${escaped}[/b]` : escaped;
      }
      return folded;
    })
    .join('')
    .trim();
}

function renderBlocks(blocks: readonly Block[], format: ReplyFormat): string {
  const out = blocks.map((block) => {
    if (block.kind === 'paragraph') return renderInline(block.parts, format);
    const items = block.items.map((item) => renderInline(item, format));
    if (format === 'bbcode') {
      const open = block.ordered ? '[list=1]' : '[list]';
      return [open, ...items.map((item) => `[*]${item}`), '[/list]'].join('\n');
    }
    return items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${item}`).join('\n');
  });
  return out.join('\n\n');
}

/** The strongest reasons for a cause; matched sentences are cut to a few words. */
function whyParts(reasons: readonly Reason[]): Inline[] {
  const strongest = [...reasons].sort((a, b) => b.weight - a.weight).slice(0, 3);
  const parts: Inline[] = [];
  strongest.forEach((reason, index) => {
    if (index > 0) parts.push({ text: '; ' });
    parts.push(reason.kind === 'phrase' ? { text: reason.text, quoted: true } : { text: reason.text });
  });
  return parts;
}

function kindLine(assessment: Assessment): string {
  if (assessment.triage === 'emergency') return 'Sorry you are going through this; it sounds worrying.';
  if (assessment.triage === 'urgent') return 'Sorry you are dealing with this. One thing first, before the training side:';
  return 'Sorry your back is giving you trouble. Here is what posts like this often describe, in case it helps.';
}

function buildReply(assessment: Assessment, options: ReplyOptions): Block[] {
  const { help, causes: causeCount = 3, caveats: caveatCount = 3, lookup = getCause } = options;
  const advice = tierAdvice(assessment.triage, help);
  const paragraph = (...parts: Inline[]): Block => ({ kind: 'paragraph', parts });
  const blocks: Block[] = [paragraph({ text: kindLine(assessment) })];
  const flags = assessment.redFlags.map((hit) => FEATURE_LABELS[hit.id]);

  if (assessment.triage !== 'self_care') {
    blocks.push(paragraph({ text: `${advice.title}.`, bold: true }, { text: ` ${advice.advice}` }));
    if (flags.length > 0) blocks.push(paragraph({ text: `Warning signs mentioned: ${flags.join('; ')}.` }));
  }
  if (assessment.triage === 'emergency') {
    const emergencyFlags = assessment.redFlags.filter((hit) => hit.tier === 'emergency').map((hit) => hit.id);
    for (const text of emergencyExplanations(emergencyFlags)) blocks.push(paragraph({ text }));
    blocks.push(paragraph({ text: `Emergency numbers: ${numbersInWords(help)}.` }));
    blocks.push(paragraph({ text: EMERGENCY_KIND_LINE }));
    return blocks;
  }

  const top = causesInShowingOrder(assessment)
    .slice(0, causeCount)
    .map((ranked) => {
      const entry = lookup(ranked.id);
      if (!entry) throw new Error(`Ranked cause "${ranked.id}" is not in the catalog`);
      return { ranked, entry };
    });
  if (top.length > 0) {
    blocks.push(paragraph({ text: 'Posts like this often describe:', bold: true }));
    blocks.push({
      kind: 'list',
      ordered: true,
      items: top.map(({ ranked, entry }) => {
        const why = whyParts(ranked.for);
        return [{ text: entry.title, bold: true }, ...(why.length > 0 ? [{ text: ' (fits: ' }, ...why, { text: ')' }] : [])];
      }),
    });
  }

  const caveats = [...new Set(top.flatMap(({ entry }) => entry.caveats.slice(0, 1)))].slice(0, caveatCount);
  if (caveats.length > 0) {
    blocks.push(paragraph({ text: 'Worth knowing:', bold: true }));
    blocks.push({ kind: 'list', ordered: false, items: caveats.map((caveat) => [{ text: caveat }]) });
  }

  if (assessment.triage === 'self_care') {
    blocks.push(
      paragraph({ text: 'When to get checked:', bold: true }, { text: ` ${advice.advice} ${emergencySafetyNet(help)}` }),
    );
  } else {
    blocks.push(paragraph({ text: emergencySafetyNet(help) }));
  }
  blocks.push(paragraph({ text: `Emergency numbers: ${numbersInWords(help)}.` }));
  return blocks;
}

/** The last line of every reply, in each format. */
export function replySignature(format: ReplyFormat): string {
  if (format === 'markdown') return `_${REPLY_SIGNATURE_TEXT}_`;
  if (format === 'bbcode') return `[i]${REPLY_SIGNATURE_TEXT}[/i]`;
  return REPLY_SIGNATURE_TEXT;
}

export function formatReply(assessment: Assessment, options: ReplyOptions): string {
  const format = options.format ?? 'markdown';
  return `${renderBlocks(buildReply(assessment, options), format)}\n\n${replySignature(format)}`;
}
