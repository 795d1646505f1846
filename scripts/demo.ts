/**
 * `npm start`: builds Spotter, serves the demo threads (tests/fixtures: one thread page or more per
 * forum engine, written for this project after the seed threads) and opens Chromium with Spotter
 * loaded on them. With a display the browser stays open for you; without one it runs headless,
 * writes screenshots of the badges and an open panel to .output/demo/, and prints what it found.
 *
 * The pages appear at their forums' real addresses (www.reddit.com, forums.t-nation.com, …) because
 * the content script runs only there; the browser's requests for them are answered locally, and
 * every other request is refused, so nothing leaves this machine. A small page on localhost lists them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { listFixtures, type Fixture } from '../tests/harness/expectations';
import { CHROMIUM_PATH } from '../tests/harness/chromium';
import { launchWithExtension } from '../tests/harness/extension';
import { styledForumPage } from '../tests/harness/forum-styles';
import { ForumPage, servedUrl } from '../tests/harness/pages/forum';

const OUT_DIR = path.resolve('.output/demo');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function indexPage(fixtures: Fixture[]): string {
  const rows = fixtures
    .map(
      (fixture) =>
        `<li><a href="${escapeHtml(servedUrl(fixture))}">${escapeHtml(fixture.engine)}: ${escapeHtml(fixture.name)}</a></li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spotter demo threads</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 720px; margin: 40px auto">
<h1>Spotter demo threads</h1>
<p>Each link opens a thread page written for Spotter's demo at its forum's real address, answered locally.
Posts about back cramps, pumps or pain carry Spotter's badge; press one to open the panel.</p>
<ul>${rows}</ul></body></html>`;
}

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`\nSpotter is built in ${path.resolve('.output/chrome-mv3')} (load it unpacked in Chrome).`);
    console.log(`The demo needs Debian's Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
    process.exitCode = 1;
    return;
  }
  const fixtures = listFixtures().filter((fixture) => fixture.expect.relevant.length > 0);
  const index = indexPage(fixtures);
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(index);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const indexUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

  const browser = await launchWithExtension({ headless, allowLocalhost: true });
  // Each thread in its forum's look, so the screenshots show Spotter as a reader would see it.
  const styled = fixtures.map((fixture) => ({ ...fixture, html: styledForumPage(fixture) }));
  for (const fixture of styled) browser.serve(servedUrl(fixture), fixture.html);

  if (!headless) {
    const page = await browser.context.newPage();
    await page.goto(indexUrl);
    console.log(`\nSpotter demo: Chromium is open on ${indexUrl}. Close the browser window to finish.`);
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    server.close();
    return;
  }

  mkdirSync(OUT_DIR, { recursive: true });
  console.log(`\nSpotter demo (headless): ${fixtures.length} threads; screenshots in ${OUT_DIR}\n`);
  for (const fixture of styled) {
    const forum = await ForumPage.open(browser, fixture);
    const expected = fixture.expect.relevant.length;
    await forum
      .badges()
      .nth(expected - 1)
      .waitFor({ timeout: 5000 })
      .catch(() => undefined);
    const badged = await forum.badgedPostIds();
    const slug = fixture.name.replace(/\.html$/, '').replace(/\//g, '-');
    await forum.page.screenshot({ path: path.join(OUT_DIR, `${slug}.png`) });
    let summary = 'no badge to open';
    const first = badged.length > 0 ? await forum.badges().first().getAttribute('data-spotter-post') : null;
    if (first) {
      await forum.badge(first).scrollIntoViewIfNeeded();
      await forum.openPanel(first);
      const causes = await forum.causeIds();
      summary = `panel for post ${first}: triage ${await forum.triage()}, top causes ${causes.slice(0, 3).join(', ')}`;
      await forum.page.screenshot({ path: path.join(OUT_DIR, `${slug}-panel.png`) });
    }
    console.log(`${fixture.engine.padEnd(14)} ${servedUrl(fixture)}`);
    console.log(`${''.padEnd(14)} ${badged.length} of ${fixture.expect.posts} posts badged (${badged.join(', ')}); ${summary}`);
    await forum.close();
  }
  await browser.close();
  server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
