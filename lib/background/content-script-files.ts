/**
 * The scripts Spotter runs in forum pages, as files of the built extension: declared in the manifest for the
 * default forums (wxt.config.ts) and registered at run time for the forums a reader adds
 * (./site-registration.ts). No imports, so the build's config can read it.
 */

/** Finds, reads and badges the posts (WXT names it after `entrypoints/forum.content/`); at document_idle. */
export const FORUM_CONTENT_SCRIPT_FILE = 'content-scripts/forum.js';

/**
 * `public/wake.js`, at document_start: it only opens a port, which starts an asleep background (Chrome's
 * service worker) while the page loads, so the forum script's first batch does not wait for it. A file of its
 * own, and one line, because every forum page loads it with the forum script (15 KB gzipped together).
 */
export const WAKE_SCRIPT_FILE = 'wake.js';

/** The name of the port `public/wake.js` opens: none (a name would cost the page bytes); Spotter's other ports, if any, are named. */
export const WAKE_PORT_NAME = '';
