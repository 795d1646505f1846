/**
 * npm run --silent red-flag-lists
 *
 * Reads every helper-written red-flag list (tests/fixtures/red-flag-lists/) and prints, for the lists fixed by class
 * and for the held-out ones (lib/tools/held-out.ts) apart, the emergencies caught and the emergencies raised on the
 * other posts: the figures README "Accuracy" gives for them. The reading is the regression test's
 * (lib/tools/red-flag-lists.ts).
 */
import { HELD_OUT_RED_FLAG_LISTS } from '../lib/tools/held-out';
import { listFigures, listNames, readList, type ListPost } from '../lib/tools/red-flag-lists';

const groups: Record<'fixed by class' | 'held out', ListPost[]> = { 'fixed by class': [], 'held out': [] };
const listCount = { 'fixed by class': 0, 'held out': 0 };
for (const name of listNames()) {
  const group = HELD_OUT_RED_FLAG_LISTS.has(name) ? 'held out' : 'fixed by class';
  groups[group].push(...readList(name));
  listCount[group]++;
}
for (const [group, posts] of Object.entries(groups) as [keyof typeof groups, ListPost[]][]) {
  const { emergencies, caught, others, falseEmergencies } = listFigures(posts);
  const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
  console.log(
    `${group} (${listCount[group]} lists, ${posts.length} posts): emergencies caught ${caught}/${emergencies} (${share(caught, emergencies)}), missed ${emergencies - caught}; emergencies raised on the other posts ${falseEmergencies}/${others} (${share(falseEmergencies, others)})`,
  );
}
