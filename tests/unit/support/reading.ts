/**
 * How the read-round tests read a sentence written for them (tests/unit/analysis/read-round*.test.ts): alone or under
 * a thread title, ranked only where a test asks for causes.
 */
import { openingPostText } from '@/lib/adapters/types';
import { assess } from '@/lib/analysis';

/** A post, alone or as a reply under a thread titled `title`; causes left unranked. */
export const read = (text: string, title?: string) => assess(text, title ? { thread: { title }, rank: false } : { rank: false });

/** An opening post as adapters read it: its title as its first line. */
export const opening = (title: string, body: string) => assess(openingPostText(title, body), { thread: { title }, rank: false });

/** The red flags a post raises, by id. */
export const flags = (text: string) => read(text).redFlags.map((flag) => flag.id);

/** The first three causes a post is ranked for, by id. */
export const topCauses = (text: string) =>
  assess(text)
    .causes.slice(0, 3)
    .map((cause) => cause.id);
