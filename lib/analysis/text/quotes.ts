/**
 * Quoted text inside a post is someone else's words: a reply that quotes "my back cramps on
 * bench" and answers "try a lower arch" is advice, not a second case. Quotes are blanked out
 * (replaced by spaces of the same length, newlines kept) so offsets into the post stay valid.
 *
 * Recognised, as they survive in a post's text (research/forum-dom.md):
 * - Markdown / e-mail quotes: lines starting with ">" (Reddit, Discourse, Stack Exchange);
 * - BBCode `[quote]…[/quote]`;
 * - vBulletin: "Quote:" and/or "Originally Posted by NAME", then the quoted paragraph;
 * - XenForo: "NAME said:" then the quote, up to "Click to expand..." or the end of the paragraph.
 */

const BLANK = /[^\n]/g;

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(BLANK, ' ') + text.slice(end);
}

// Each pattern is anchored to a line start and uses only bounded or negated character classes,
// so none can backtrack badly on a long line.
const BBCODE_QUOTE = /\[quote(?:=[^\]\n]{0,200})?\][\s\S]*?\[\/quote\]/gi;
const MARKDOWN_QUOTE_LINE = /^[ \t]{0,3}>[^\n]*$/gm;
const VBULLETIN_HEADER = /^[ \t]*(?:quote:[ \t]*(?:\n[ \t]*)*)?(?:originally posted by[^\n]{0,120}|quote:)[ \t]*$/gim;
const XENFORO_HEADER = /^[ \t]*[^\n]{1,60}? said:[ \t]*$/gim;
const CLICK_TO_EXPAND = /click to expand\.\.\.|click to expand…/i;

/** End of the paragraph that starts at or after `from`: the next blank line, or the text's end. */
function paragraphEnd(text: string, from: number): number {
  // Skip blank lines right after the header: the quote body starts at the first non-blank line.
  let at = from;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  const gap = /\n[ \t]*\n/g;
  gap.lastIndex = at;
  const found = gap.exec(text);
  return found ? found.index : text.length;
}

export function blankQuotes(text: string): string {
  let out = text.replace(BBCODE_QUOTE, (quote) => quote.replace(BLANK, ' '));
  out = out.replace(MARKDOWN_QUOTE_LINE, (line) => line.replace(BLANK, ' '));

  for (const header of [VBULLETIN_HEADER, XENFORO_HEADER]) {
    header.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = header.exec(out))) {
      const start = match.index;
      const bodyStart = start + match[0].length;
      const rest = out.slice(bodyStart);
      const expand = header === XENFORO_HEADER ? CLICK_TO_EXPAND.exec(rest) : null;
      const end = expand ? bodyStart + expand.index + expand[0].length : paragraphEnd(out, bodyStart);
      out = blank(out, start, end);
      header.lastIndex = end;
    }
  }
  return out;
}
