/**
 * What the popup needs from the catalog and the analysis engine. They are most of the popup's
 * code, so main.tsx loads this module after the first render (the questionnaire opens with the
 * warning-sign questions, which need neither); see the popup's 100 ms first-render budget in DESIGN.md.
 */
export { CATALOG, getCause } from '@/lib/catalog';
export { assess } from '@/lib/analysis';
export { formatReply } from '@/lib/wording/reply';
export { Results } from './Results';
export { ResultsView } from '@/components/ResultsView';
