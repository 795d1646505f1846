import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFileContent, analyzeJsonl, looksLikeHtml, parseAnalyzeArgs } from '@/lib/tools/analyze-output';
import {
  baselinePrediction,
  evaluate,
  parseCorpus,
  spotterPrediction,
  threadOf,
  type CorpusRow,
  type Prediction,
} from '@/lib/tools/eval';

const BENCH_POST = 'My mid back cramps between my shoulder blades on heavy bench top sets, never on lighter sets. Anyone else?';

describe('analyze output', () => {
  it('prints one post with the contract’s keys, causes best first', () => {
    const result = analyzeFileContent(BENCH_POST, 'post.txt');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.output)).toEqual(['posts']);
    const [post] = result.output.posts;
    expect(Object.keys(post!)).toEqual(['id', 'text', 'relevant', 'score', 'features', 'redFlags', 'triage', 'causes']);
    expect(post).toMatchObject({ id: 'post-1', text: BENCH_POST, relevant: true, triage: 'self_care', redFlags: [] });
    expect(post!.features).toMatchObject({
      region: expect.arrayContaining(['upper_back']),
      activity: ['bench'],
      sensation: ['cramp'],
    });
    expect(post!.causes[0]!.id).toBe('shortened_position_cramp');
    for (const cause of post!.causes) {
      expect(Object.keys(cause)).toEqual(['id', 'score', 'for', 'against']);
      for (const reason of [...cause.for, ...cause.against]) expect(typeof reason.text).toBe('string');
    }
    const scores = post!.causes.map((cause) => cause.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // JSON-friendly: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(result.output))).toEqual(result.output);
  });

  it('lists red flags as id and tier only', () => {
    const result = analyzeFileContent('Lower back agony since yesterday and now I cannot pee.', 'post.txt');
    expect(result.ok && result.output.posts[0]!.redFlags).toEqual([{ id: 'bladder_bowel', tier: 'emergency' }]);
    expect(result.ok && result.output.posts[0]!.triage).toBe('emergency');
  });

  it('does not read HTML markup as a text post', () => {
    const result = analyzeFileContent('<!DOCTYPE html><html><body><p>my back cramps</p></body></html>', 'thread.txt');
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('HTML') });
  });

  it.each([
    ['thread.html', 'plain text', true],
    ['thread.htm', '', true],
    ['post.txt', '<!doctype html><html>', true],
    ['post.txt', '  <html lang="en">', true],
    ['post.txt', 'I have <3 for deadlifts but my back hurts', false],
    ['post.txt', 'My lower back cramps', false],
  ])('looksLikeHtml(%s, %j) is %s', (name, content, expected) => {
    expect(looksLikeHtml(content, name)).toBe(expected);
  });

  it.each([
    [['post.txt'], { file: 'post.txt' }],
    [['post.txt', '--url', 'https://forums.t-nation.com/t/1'], { file: 'post.txt', url: 'https://forums.t-nation.com/t/1' }],
    [[], { error: 'FILE is required' }],
    [['a.txt', 'b.txt'], { error: 'one FILE only, got 2' }],
    [['post.txt', '--url'], { error: '--url needs a URL' }],
    [['post.txt', '--url', 'not a url'], { error: '--url not a url is not a valid URL' }],
    [['post.txt', '--verbose'], { error: 'unknown option --verbose' }],
    [['post.txt', '--thread', 'Lower back pump while running'], { file: 'post.txt', thread: 'Lower back pump while running' }],
    [['post.txt', '--thread'], { error: '--thread needs a TITLE' }],
    [['--jsonl', 'posts.jsonl'], { file: 'posts.jsonl', jsonl: true }],
    [
      ['--jsonl', 'posts.jsonl', '--thread', 'x'],
      { error: "--jsonl takes each post's thread from its line; no --url or --thread" },
    ],
  ])('parses %j', (args, expected) => {
    expect(parseAnalyzeArgs(args)).toEqual(expected);
  });

  it('runs as a command and prints the JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spotter-analyze-'));
    const file = path.join(dir, 'post.txt');
    writeFileSync(file, BENCH_POST);
    const stdout = execFileSync('npx', ['tsx', 'scripts/analyze.ts', file], { encoding: 'utf8', timeout: 60_000 });
    const output = JSON.parse(stdout.trim()) as { posts: { id: string; causes: { id: string }[] }[] };
    expect(output.posts[0]!.causes[0]!.id).toBe('shortened_position_cramp');
  }, 60_000);
});

describe('an opening post’s title, read as its first line', () => {
  // The title is the opening poster's own words; under it, a reply has only the thread's topic.
  const title = 'Lost bladder control since my back went??';
  const body = 'Not the squat leak thing, I never leak. Should I just rest it?';

  it('is read so by eval for a row whose position is "op", and not for a reply', () => {
    const row = (position: 'op' | 'reply'): CorpusRow => ({
      id: position,
      text: body,
      thread: title,
      position,
      relevant: true,
      triage: null,
    });
    expect(spotterPrediction(body, row('op')).triage).toBe('emergency');
    expect(spotterPrediction(body, row('reply')).triage).not.toBe('emergency');
  });

  it('is read so by analyze --jsonl for a line whose position is "op"', () => {
    const [op, reply] = analyzeJsonl(
      [
        JSON.stringify({ id: 'op', text: body, thread: title, position: 'op' }),
        JSON.stringify({ id: 'reply', text: body, thread: title }),
      ].join('\n'),
    ).map((line) => JSON.parse(line) as { triage: string; text: string });
    expect(op).toMatchObject({ triage: 'emergency', text: `${title}\n${body}` });
    expect(reply?.triage).not.toBe('emergency');
  });
});

describe('analyze --jsonl', () => {
  it('answers each line in order with its own id and text', () => {
    const lines = analyzeJsonl(
      [
        JSON.stringify({ id: 'a', text: BENCH_POST }),
        '',
        JSON.stringify({ id: 7, text: 'Hit a back squat PR today.' }),
        'not json',
        JSON.stringify({ id: 'c' }),
      ].join('\n'),
    ).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['a', '7', 'line-4', 'c']);
    expect(lines[0]).toMatchObject({ id: 'a', text: BENCH_POST, relevant: true });
    expect(lines[1]).toMatchObject({ id: '7', relevant: false });
    expect(lines[2]).toEqual({ id: 'line-4', error: 'not valid JSON' });
    expect(lines[3]).toEqual({ id: 'c', error: 'needs a string "text"' });
  });

  it('gives the same object as the single-post output', () => {
    const [line] = analyzeJsonl(JSON.stringify({ id: 'post-1', text: BENCH_POST }));
    const single = analyzeFileContent(BENCH_POST, 'post.txt');
    expect(single.ok && JSON.parse(line!)).toEqual(single.ok && single.output.posts[0]);
  });

  it('reads a row’s thread as the thread’s title', () => {
    const text = 'Now I have a fever and it wakes me at night.';
    const [alone, inThread] = analyzeJsonl(
      [JSON.stringify({ id: 'a', text }), JSON.stringify({ id: 'b', text, thread: 'Lower back pain after deadlifts' })].join(
        '\n',
      ),
    ).map((line) => JSON.parse(line) as { relevant: boolean; triage: string });
    expect(alone!.relevant).toBe(false);
    expect(inThread).toMatchObject({ relevant: true, triage: 'urgent' });
  });

  it('runs as a command, one line out per post', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spotter-analyze-'));
    const file = path.join(dir, 'posts.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'x1', text: BENCH_POST })}\n${JSON.stringify({ id: 'x2', text: 'Lovely run today.' })}\n`,
    );
    const stdout = execFileSync('npx', ['tsx', 'scripts/analyze.ts', '--jsonl', file], { encoding: 'utf8', timeout: 60_000 });
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; relevant: boolean });
    expect(lines.map((line) => [line.id, line.relevant])).toEqual([
      ['x1', true],
      ['x2', false],
    ]);
  }, 60_000);
});

describe('eval metrics', () => {
  const rows: CorpusRow[] = [
    { id: 'a', text: 'a', relevant: true, causes: ['doms'], triage: 'self_care' },
    { id: 'b', text: 'b', relevant: true, causes: ['muscle_strain'], triage: 'emergency' },
    { id: 'c', text: 'c', relevant: false, triage: null },
    { id: 'd', text: 'd', relevant: true, causes: [], triage: 'urgent' },
    { id: 'e', text: 'e', relevant: false, triage: 'self_care' },
  ];
  const predictions: Record<string, Prediction> = {
    a: { relevant: true, causes: ['x', 'y', 'doms', 'z'], triage: 'emergency' },
    b: { relevant: true, causes: ['x', 'y', 'z', 'muscle_strain'], triage: 'emergency' },
    c: { relevant: true, causes: [], triage: 'self_care' },
    d: { relevant: false, causes: [], triage: 'soon' },
    e: { relevant: false, causes: [], triage: 'self_care' },
  };

  it('computes the README’s definitions', () => {
    const { metrics } = evaluate(rows, (text) => predictions[text]!);
    // Relevance: tp = a, b; fp = c; fn = d.
    expect(metrics.relevance).toEqual({ precision: 0.667, recall: 0.667, f1: 0.667, n: 5 });
    // Causes over relevant posts with causes (a, b): a hit in the top 3, b not.
    expect(metrics.causes).toEqual({ top3: 0.5, n: 2 });
    // Red flags: soon-or-above labels b (emergency, hit) and d (urgent, predicted soon: miss);
    // false alarms among scored posts below emergency (a, d, e): a.
    expect(metrics.redFlags).toEqual({ recall: 0.5, falseAlarm: 0.333, n: 4 });
    // Per tier: b (emergency) hit; d (urgent) given soon, and not badged.
    expect(metrics.tiers).toEqual({
      emergency: { recall: 1, n: 1 },
      urgent: { recall: 0, n: 1 },
      soon: { recall: 1, n: 0 },
      falseAlarm: 0.333,
      badged: { share: 0.5, n: 2 },
    });
  });

  it('passes a row’s thread title to the predictor', () => {
    const seen: (string | null | undefined)[] = [];
    evaluate(
      [
        { id: 'a', text: 'a', relevant: true, thread: 'Lower back pump' },
        { id: 'b', text: 'b', relevant: true },
      ],
      (_text, row) => {
        seen.push(threadOf(row)?.title);
        return { relevant: true, causes: [], triage: 'self_care' };
      },
    );
    expect(seen).toEqual(['Lower back pump', undefined]);
  });

  it('gives the keyword baseline no ranking and no triage', () => {
    expect(baselinePrediction('My BACK is so sore')).toEqual({ relevant: true, causes: [], triage: 'self_care' });
    expect(baselinePrediction('Back squat day!')).toEqual({ relevant: false, causes: [], triage: 'self_care' });
  });

  it('reports bad corpus lines without failing', () => {
    const { rows: parsed, errors } = parseCorpus('{"id":"x","text":"t","relevant":true}\nnot json\n{"id":1}\n\n');
    expect(parsed).toHaveLength(1);
    expect(errors).toEqual(['line 2: not valid JSON', 'line 3: needs string "id", string "text" and boolean "relevant"']);
  });
});
