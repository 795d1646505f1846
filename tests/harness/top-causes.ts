import { assess } from '@/lib/analysis';

/**
 * The ids of the three causes the engine ranks first for a post, read alone or with its thread's title: what the
 * panel shows first and what the accuracy figures count (README "Accuracy", labelled cause in the top 3).
 */
export function topCauses(text: string, title?: string): string[] {
  return assess(text, title ? { thread: { title } } : {})
    .causes.slice(0, 3)
    .map((cause) => cause.id);
}
