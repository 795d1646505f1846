/**
 * The scripts Spotter runs in forum pages, as files of the built extension: declared in the manifest for the
 * default forums (WXT, from entrypoints/) and registered at run time for the forums a reader adds
 * (./site-registration.ts). No imports, so the build's config can read it.
 */

/** Finds, reads and badges the posts (WXT names it after `entrypoints/forum.content/`); at document_idle. */
export const FORUM_CONTENT_SCRIPT_FILE = 'content-scripts/forum.js';
