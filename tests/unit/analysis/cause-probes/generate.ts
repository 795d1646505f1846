/**
 * The cause-ranking probe generator: story classes (stories.ts) × circumstances × symptoms × templates.
 * The tuning share is what the lexicon was worked on; the held-out share (the classes' `heldOut`
 * phrasings, framed by every template including HELD_OUT_TEMPLATES) was never used to tune it.
 */
import { HELD_OUT_TEMPLATES, STORY_CLASSES, TEMPLATES } from './stories';

export interface CauseProbe {
  id: string;
  text: string;
  /** The symptom alone, framed the same way: what the ranker says without the story. */
  symptomOnly: string;
  storyClass: string;
  expect: readonly string[];
  heldOut: boolean;
}

export function generateCauseProbes(): CauseProbe[] {
  const probes: CauseProbe[] = [];
  for (const story of STORY_CLASSES) {
    const shares = [
      { circumstances: story.circumstances, symptoms: story.symptoms, templates: TEMPLATES, heldOut: false },
      { ...story.heldOut, templates: { ...TEMPLATES, ...HELD_OUT_TEMPLATES }, heldOut: true },
    ];
    for (const share of shares) {
      share.circumstances.forEach((circumstance, c) => {
        share.symptoms.forEach((symptom, s) => {
          for (const [name, template] of Object.entries(share.templates)) {
            probes.push({
              id: `${story.id}/${share.heldOut ? 'held' : 'tune'}/${c}.${s}/${name}`,
              text: template(circumstance, symptom),
              symptomOnly: `${symptom.charAt(0).toUpperCase()}${symptom.slice(1)}.`,
              storyClass: story.id,
              expect: story.expect,
              heldOut: share.heldOut,
            });
          }
        });
      });
    }
  }
  return probes;
}
