/**
 * The helper-written red-flag lists (tests/fixtures/red-flag-lists/): how a list post is read, and the figures a group
 * of lists gives. Shared by their regression test and `npm run red-flag-lists`, so the README's figures are the test's
 * reading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { openingPostText } from '../adapters/types';
import { assess } from '../analysis';
import type { TriageTier } from '../features';

/** One post of a list: its thread's title ('' for none), its text and the tier its writer labelled. */
export interface ListPost {
  id: string;
  title: string;
  text: string;
  tier: 'emergency' | 'urgent' | 'soon' | 'none';
}

const LISTS = 'tests/fixtures/red-flag-lists';

/** The lists there are, by name ("07" for list-07.jsonl), in order. */
export function listNames(): string[] {
  return readdirSync(LISTS)
    .map((file) => /^list-(\d+)\.jsonl$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** A list's posts, one JSON object a line in its file. */
export function readList(name: string): ListPost[] {
  return readFileSync(`${LISTS}/list-${name}.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ListPost);
}

/** A titled post is an opening post (its title is its first line) unless the title marks a reply ("Re: …"). */
export function listPostTriage(post: ListPost): TriageTier {
  const opening = post.title !== '' && !/^re:/i.test(post.title);
  const text = opening ? openingPostText(post.title, post.text) : post.text;
  return assess(text, post.title ? { thread: { title: post.title }, rank: false } : { rank: false }).triage;
}

export interface ListFigures {
  emergencies: number;
  caught: number;
  others: number;
  falseEmergencies: number;
}

/** Emergencies caught among the posts labelled emergency, and emergencies raised among the others. */
export function listFigures(posts: readonly ListPost[]): ListFigures {
  const figures: ListFigures = { emergencies: 0, caught: 0, others: 0, falseEmergencies: 0 };
  for (const post of posts) {
    const emergency = listPostTriage(post) === 'emergency';
    if (post.tier === 'emergency') {
      figures.emergencies++;
      if (emergency) figures.caught++;
    } else {
      figures.others++;
      if (emergency) figures.falseEmergencies++;
    }
  }
  return figures;
}
