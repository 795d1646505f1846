import { localHelp, type LocalHelp } from '@/lib/wording/local-help';

/** Local help for the reader of this browser, from its language preferences (no network, nothing stored). */
export function readerLocalHelp(): LocalHelp {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return localHelp(languages);
}
