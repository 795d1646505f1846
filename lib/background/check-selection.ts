/**
 * The context-menu item "Check this text with Spotter" on selected text (issue 14): the selection comes
 * with the click, and its results open in the popup's full-tab view.
 */
import { textHash } from '../questionnaire/text-hash';

export const CHECK_SELECTION_MENU_ID = 'spotter-check-selection';
export const CHECK_SELECTION_MENU_TITLE = 'Check this text with Spotter';

/** The results page for `selection`: the popup in a tab, the text in its hash. */
export function selectionResultsUrl(popupUrl: string, selection: string): string {
  return `${popupUrl}?view=tab${textHash(selection)}`;
}
