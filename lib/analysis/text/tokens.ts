/**
 * Tokens, sentences and clauses of normalized text. Everything downstream reasons in token
 * windows inside one sentence ("a back term and a symptom term in the same clause"), never over
 * the whole post, so a long post cannot pair a back on line 1 with a cramp on line 40.
 */
import { CLAUSE_WORDS, KEEPS_APOSTROPHE_S } from '../lexicon';

export interface Token {
  /** The normalized token text. */
  text: string;
  kind: 'word' | 'number' | 'punct';
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index of the clause (global, increasing) the token belongs to. */
  clause: number;
}

export interface Sentence {
  /** Index range of its tokens. */
  start: number;
  end: number;
  /** Offsets in the normalized text. */
  textStart: number;
  textEnd: number;
  /** Ends with a question mark. */
  question: boolean;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

// Words, numbers ("2.5", "1,000", "5/3/1", "24/7"), and the punctuation that shapes sentences and clauses. A dash
// counts only between spaces (" - "); inside a word ("back-off") it simply separates the words. A plus sign
// joins things ("calf + lower back"), except as a number's sign ("+10 kg" on a weighted pull-up), where it is dropped.
const TOKEN = /[a-z]+(?:'[a-z]+)*|\d+(?:[.,/]\d+)*|\.\.+|[.!?;:,()/&\n"]|\+(?!\d)|(?<=\s)-+(?=\s)/g;

const SENTENCE_END = new Set(['.', '!', '?', '\n']);
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '-']);

/**
 * Longest run of tokens read as one sentence. Real sentences are shorter; a post that is one
 * long unpunctuated line is read in windows of this size, which keeps every later step linear.
 */
export const MAX_SENTENCE_TOKENS = 60;

export function isClauseWord(text: string): boolean {
  return CLAUSE_WORDS.has(text);
}

export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let clause = 0;
  let sentenceStart = 0;
  const closeSentence = (question: boolean): void => {
    const first = tokens[sentenceStart];
    const last = tokens[tokens.length - 1];
    if (first && last && tokens.length > sentenceStart) {
      sentences.push({ start: sentenceStart, end: tokens.length, textStart: first.start, textEnd: last.end, question });
    }
    sentenceStart = tokens.length;
    sentence = sentences.length;
    clause++;
  };
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const first = raw.charCodeAt(0);
    const isWord = first >= 97 && first <= 122;
    const isNumber = first >= 48 && first <= 57;
    if (!isWord && !isNumber) {
      // "..." and ".." end a sentence like "."; "5.5" never reaches here.
      const punct = raw.startsWith('..') ? '.' : raw[0] === '-' ? '-' : raw;
      // A line break or full stop right after another one starts nothing new; a question mark right after an ellipsis
      // ("or a dull ache...?") makes the sentence it closed a question.
      if (SENTENCE_END.has(punct) && tokens.length === sentenceStart) {
        const closed = sentences[sentences.length - 1];
        if (punct === '?' && closed && tokens[tokens.length - 1]?.end === start) closed.question = true;
        continue;
      }
      tokens.push({ text: punct, kind: 'punct', start, end: start + raw.length, sentence, clause });
      if (SENTENCE_END.has(punct)) closeSentence(punct === '?');
      else if (CLAUSE_BREAK.has(punct)) clause++;
      continue;
    }
    if (tokens.length - sentenceStart >= MAX_SENTENCE_TOKENS) closeSentence(false);
    if (isWord && CLAUSE_WORDS.has(raw)) clause++;
    if (isWord && raw.endsWith("'s") && raw.length > 3 && !KEEPS_APOSTROPHE_S.has(raw)) {
      const base = raw.length - 2;
      tokens.push({ text: raw.slice(0, base), kind: 'word', start, end: start + base, sentence, clause });
      tokens.push({ text: "'s", kind: 'word', start: start + base, end: start + raw.length, sentence, clause });
      continue;
    }
    tokens.push({ text: raw, kind: isWord ? 'word' : 'number', start, end: start + raw.length, sentence, clause });
  }
  closeSentence(false);
  return { tokens, sentences };
}
