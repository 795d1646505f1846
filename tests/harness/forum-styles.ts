import type { Fixture } from './expectations';

/**
 * A small stylesheet per forum engine, in that forum's usual look, for the demo threads: screenshots
 * from `npm start` then show Spotter's badge and panel as a reader sees them on the forum, not on
 * unstyled HTML. Written for the fixtures' own markup (tests/fixtures/<engine>); the tests serve the
 * fixtures unstyled, so no test depends on these.
 */
const BASE = `
  body { margin: 0; font: 15px/1.5 -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; }
  img { max-width: 48px; height: auto; border-radius: 50%; }
  a { text-decoration: none; }
  blockquote { margin: 8px 0; padding: 6px 12px; border-left: 4px solid currentColor; opacity: 0.8; }
`;

const FORUM_STYLES: Readonly<Record<string, string>> = {
  // T Nation / Barbell Medicine run Discourse; T Nation's theme is dark.
  discourse: `
    body { background: #1e1f22; color: #dcdde0; }
    a { color: #e45735; }
    #main-outlet, main, .container { max-width: 860px; margin: 0 auto; padding: 16px; }
    .topic-post, article { border-top: 1px solid #3a3b40; padding: 16px 0; }
    .post__row, .row { display: flex; gap: 12px; }
    .topic-avatar { flex: 0 0 48px; }
    .topic-body { flex: 1 1 auto; min-width: 0; }
    .topic-meta-data { display: flex; justify-content: space-between; color: #9a9ca3; font-size: 14px; margin-bottom: 8px; }
    .names .username a, .first.username a { color: #dcdde0; font-weight: 600; }
    .cooked p { margin: 0 0 10px; }
  `,
  reddit: `
    body { background: #dae0e6; color: #1c1c1c; }
    a { color: #0079d3; }
    .content, main, shreddit-app, .main { display: block; max-width: 760px; margin: 0 auto; padding: 16px; }
    .thing, shreddit-post, shreddit-comment { display: block; background: #fff; border: 1px solid #ccc; border-radius: 4px; padding: 10px 12px; margin: 8px 0; }
    .tagline { color: #787c7e; font-size: 12px; margin-bottom: 4px; }
    .tagline .author { color: #1a1a1b; font-weight: 600; }
    .flat-list.buttons { list-style: none; display: flex; gap: 10px; padding: 0; color: #878a8c; font-size: 12px; font-weight: 700; }
    .child { margin-left: 18px; border-left: 2px solid #edeff1; padding-left: 10px; }
    .md p { margin: 0 0 8px; }
  `,
  xenforo: `
    body { background: #f5f5f5; color: #141414; }
    a { color: #2577b1; }
    .p-body-inner, .block-container, main { max-width: 960px; margin: 0 auto; padding: 16px; }
    .message { background: #fff; border: 1px solid #d8d8d8; border-radius: 4px; margin: 10px 0; }
    .message-inner { display: flex; }
    .message-cell--user { flex: 0 0 140px; background: #f3f6f9; border-right: 1px solid #e2e8ef; padding: 10px; text-align: center; font-size: 13px; }
    .message-cell--main { flex: 1 1 auto; min-width: 0; padding: 10px 14px; }
    .message-attribution { color: #8c8c8c; font-size: 12px; border-bottom: 1px solid #eee; padding-bottom: 6px; margin-bottom: 8px; display: flex; justify-content: space-between; list-style: none; }
    .message-attribution ul { list-style: none; display: flex; gap: 8px; margin: 0; padding: 0; }
    .bbCodeBlock--quote { background: #f5f8fb; border-left: 3px solid #2577b1; padding: 6px 10px; margin: 8px 0; }
    .actionBar, .message-footer { font-size: 12px; color: #8c8c8c; }
  `,
  phpbb: `
    body { background: #f5f7fa; color: #333; font-size: 13px; }
    a { color: #105289; }
    #wrap, .wrap { max-width: 1000px; margin: 0 auto; padding: 12px; background: #fff; border: 1px solid #e6e9ed; border-radius: 8px; }
    .post { display: flex; flex-direction: row-reverse; gap: 8px; background: #e1ebf2; border-radius: 7px; padding: 8px 10px; margin-bottom: 6px; }
    .post.bg2 { background: #ecf3f7; }
    .postbody { flex: 1 1 auto; min-width: 0; }
    .postprofile { flex: 0 0 150px; border-left: 1px solid #fff; padding-left: 8px; list-style: none; margin: 0; }
    .author { color: #4c5d77; font-size: 11px; border-bottom: 1px solid #ccc; padding-bottom: 4px; margin-bottom: 6px; }
    .content { font: 13px/1.4 'Lucida Grande', 'Trebuchet MS', Verdana, sans-serif; }
    .signature { border-top: 1px solid #ccc; margin-top: 8px; font-size: 11px; color: #666; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  `,
  vbulletin: `
    body { background: #e9e9e9; color: #3e3e3e; font-size: 13px; }
    a { color: #417394; }
    #postlist, .body_wrapper, main { max-width: 980px; margin: 0 auto; padding: 12px; }
    #posts, ol.posts { list-style: none; padding: 0; }
    .postbit, .postbitlegacy, li.postcontainer { background: #fff; border: 1px solid #c4c4c4; margin: 10px 0; }
    .posthead { background: #738fbf; color: #fff; padding: 4px 8px; font-size: 11px; display: flex; justify-content: space-between; }
    .posthead a { color: #fff; }
    .postdetails { display: flex; }
    .userinfo { flex: 0 0 160px; padding: 8px; background: #f2f6f8; border-right: 1px solid #dfdfdf; }
    .postbody { flex: 1 1 auto; min-width: 0; padding: 8px 12px; }
    .postcontent, .content { font-size: 13px; }
  `,
  invision: `
    body { background: #ebeef2; color: #353c41; }
    a { color: #3d6594; }
    #ipsLayout_body, main, .ipsLayout_container { max-width: 1000px; margin: 0 auto; padding: 16px; }
    .ipsComment, article { display: flex; background: #fff; border-radius: 4px; box-shadow: 0 1px 2px rgba(0,0,0,0.1); margin: 12px 0; }
    .cAuthorPane { flex: 0 0 150px; padding: 12px; background: #f7f8fa; text-align: center; font-size: 13px; }
    .ipsColumn_fluid, .ipsComment_content { flex: 1 1 auto; min-width: 0; padding: 12px 16px; }
    .ipsComment_meta { color: #8d9aa6; font-size: 12px; margin-bottom: 8px; }
    .ipsList_reset { list-style: none; padding: 0; margin: 0; }
    .ipsJS_show, .ipsHide { display: none; }
  `,
  stackexchange: `
    body { background: #fff; color: #232629; font-size: 15px; }
    a { color: #0074cc; }
    #content, #mainbar, main { max-width: 820px; margin: 0 auto; padding: 16px; }
    .question, .answer { display: block; border-bottom: 1px solid #e3e6e8; padding: 16px 0; }
    .post-layout { display: grid; grid-template-columns: 48px 1fr; gap: 16px; }
    .votecell { text-align: center; color: #6a737c; font-size: 19px; }
    .s-prose p { margin: 0 0 12px; }
    .user-info { background: #d9eaf7; border-radius: 3px; padding: 6px 8px; font-size: 12px; width: 200px; margin-left: auto; }
    .comments { border-top: 1px solid #e3e6e8; font-size: 13px; color: #3b4045; margin-top: 8px; }
    .d-none { display: none; }
  `,
  smf: `
    body { background: #e9eef2; color: #4d4d4d; font-size: 13px; }
    a { color: #334466; }
    #forumposts .windowbg { background: #fff; border: 1px solid #ddd; border-radius: 6px; margin-bottom: 8px; padding: 8px 12px; }
    .post_wrapper { display: flex; gap: 12px; }
    .poster { flex: 0 0 160px; font-size: 12px; }
    .postarea { flex: 1 1 auto; min-width: 0; }
    .keyinfo { font-size: 11px; color: #777; border-bottom: 1px solid #eee; margin-bottom: 6px; }
    .signature { border-top: 1px solid #ddd; margin-top: 8px; font-size: 11px; color: #777; }
  `,
  mybb: `
    body { background: #fff; color: #333; font-size: 13px; }
    a { color: #0072bc; }
    .post { border: 1px solid #ccc; margin-bottom: 8px; }
    .post_author { background: #f5f5f5; padding: 6px 8px; border-bottom: 1px solid #ddd; }
    .post_content { padding: 8px 10px; }
    .post_head { font-size: 11px; color: #666; border-bottom: 1px dotted #ccc; margin-bottom: 6px; }
    .signature { border-top: 1px dotted #ccc; margin-top: 8px; font-size: 11px; color: #666; }
  `,
  vanilla: `
    body { background: #f5f6f7; color: #555a62; }
    a { color: #037dbc; }
    .Item { list-style: none; background: #fff; border: 1px solid #dddee0; border-radius: 6px; margin-bottom: 10px; padding: 12px 16px; }
    .Item-Header { font-size: 13px; margin-bottom: 6px; }
    .UserSignature { border-top: 1px solid #eee; margin-top: 8px; font-size: 12px; color: #888; }
  `,
  nodebb: `
    body { background: #fff; color: #212529; }
    a { color: #0d6efd; }
    [component="topic"] { list-style: none; padding: 0; }
    [component="post"] { border-bottom: 1px solid #dee2e6; padding: 12px 0; }
    .post-header { font-size: 14px; margin-bottom: 4px; }
  `,
  flarum: `
    body { background: #fff; color: #111; }
    a { color: #4d698e; }
    .DiscussionHero { background: #e8ecf3; padding: 16px; }
    .PostStream-item { border-bottom: 1px solid #e8ecf3; padding: 16px 0; }
    .Post-header { font-size: 13px; color: #667c99; }
    .Post-header ul, .Post-footer ul, .Post-actions ul { list-style: none; padding: 0; margin: 0; display: flex; gap: 8px; }
    .Dropdown-menu { display: none; }
  `,
  generic: `
    body { background: #fafaf7; color: #222; }
    a { color: #8a3b12; }
    .layout, main { max-width: 860px; margin: 0 auto; padding: 16px; }
    .msg { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
    .msg.alt { background: #f6f4ee; }
    .msg-head { color: #777; font-size: 13px; border-bottom: 1px dashed #ddd; padding-bottom: 4px; margin-bottom: 6px; }
    .msg-foot, .signature { color: #888; font-size: 12px; margin-top: 8px; }
    .quote { background: #f1efe8; border-left: 3px solid #c9b99a; padding: 6px 10px; }
  `,
};

/** The forum's stylesheet for an engine, or the base one for an engine without its own. */
export function forumStyle(engine: string): string {
  return `${BASE}${FORUM_STYLES[engine] ?? ''}`;
}

/** The fixture's page with its forum's stylesheet added at the end of <head> (or the start of the page). */
export function styledForumPage(fixture: Fixture): string {
  const style = `<style data-demo-forum-style>${forumStyle(fixture.engine)}</style>`;
  return /<\/head>/i.test(fixture.html) ? fixture.html.replace(/<\/head>/i, `${style}</head>`) : `${style}${fixture.html}`;
}
