import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What a fixture page should yield, from its sidecar `<name>.expect.json` (see README.md here).
 * Unit tests check the adapters against it; e2e tests check badges, causes and triage.
 */
export interface FixtureExpectations {
  /** Where the page lives; permalinks resolve against it. */
  url: string;
  /** The adapter that must detect the page. */
  adapter: string;
  /**
   * What `threadContext` reads: the thread's title, and phrases of the opening post's own words (null
   * when the page does not show the opening post, as on a thread's later pages).
   */
  thread: { title: string | null; opening: string[] | null };
  /** How many posts the adapter finds. */
  posts: number;
  /** Ids of the posts about a back cramp, pump, tightness or pain: these get a badge, no others. */
  relevant: string[];
  /** Post id → a cause id expected among that post's top 3 causes. */
  topCause: Record<string, string>;
  /**
   * Post id → why the ranker misses its `topCause` for now. Such a post's cause must still be in the
   * top 5, and the test fails once it is back in the top 3, so the note goes when the miss is fixed.
   */
  knownRankingMisses?: Record<string, string>;
  /** Post id → triage tier for posts with red flags; relevant posts not listed are `self_care`. */
  triage: Record<string, string>;
  /** Every post in document order. */
  items: FixturePost[];
}

export interface FixturePost {
  id: string;
  author: string | null;
  permalink: string | null;
  /** Phrases that must be in the post's text. */
  includes: string[];
  /** Phrases that must not be (quotes, signatures, nested replies, page chrome). */
  excludes: string[];
}

export interface Fixture {
  /** `<engine>/<name>.html`, relative to tests/fixtures (what `serveFixture` takes). */
  name: string;
  engine: string;
  html: string;
  expect: FixtureExpectations;
}

/** Tests run from the repository root (as tests/harness/extension.ts assumes too). */
export const FIXTURES_DIR = path.resolve('tests/fixtures');

/**
 * Every thread page with expectations, engine by engine. Pages without a sidecar are left out (other
 * tests may keep pages here); tests/unit/adapters/registry.test.ts requires one for every engine page.
 */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) => {
      const files = readdirSync(path.join(FIXTURES_DIR, dir.name));
      return files
        .filter((file) => file.endsWith('.html') && files.includes(file.replace(/\.html$/, '.expect.json')))
        .sort()
        .map((file) => loadFixture(`${dir.name}/${file}`));
    });
}

export function loadFixture(name: string): Fixture {
  const htmlPath = path.join(FIXTURES_DIR, name);
  const expectPath = htmlPath.replace(/\.html$/, '.expect.json');
  return {
    name,
    engine: name.split('/')[0]!,
    html: readFileSync(htmlPath, 'utf8'),
    expect: JSON.parse(readFileSync(expectPath, 'utf8')) as FixtureExpectations,
  };
}
