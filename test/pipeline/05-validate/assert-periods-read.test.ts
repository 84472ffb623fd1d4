import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, type ProjectPaths } from '../../../pipeline/paths.js';
import { expectBuildFailure } from '../../helpers/expect-build-failure.js';
import { makeProjectOf } from '../../helpers/fixture-project.js';

/** Replaces one passage of a source's annotation file, which must print it exactly once. */
function editAnnotations(paths: ProjectPaths, sourceId: string, from: string, to: string): void {
  const file = join(paths.annotations, `${sourceId}.json`);
  const text = readFileSync(file, 'utf8');
  expect(text.split(from)).toHaveLength(2);
  writeFileSync(file, text.replace(from, to));
}

/** 1-based line of the first line holding `needle`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** The line of the annotation (its opening brace, on the line before its quote) whose quote starts with `quote`. */
function annotationLine(file: string, quote: string): number {
  const text = readFileSync(file, 'utf8');
  const quoteLine = lineOf(text, `"quote": "${quote}`);
  expect(text.split('\n')[quoteLine - 2]!.trim()).toBe('{');
  return quoteLine - 1;
}

// Each test is about one source's annotations: the project is cut to that source (the build checks periods late).
describe('the build stops on a prose figure whose period the text prints but the annotation does not read', () => {
  it('a figure with no period whose quote prints a relative year ("last year")', () => {
    const quote = "Last year's U.S. census figures suggest";
    const error = expectBuildFailure(
      (paths) => editAnnotations(paths, 'leiken-2001', '"period": { "words": "Last year" }, ', ''),
      (paths) => ({ code: 'PERIOD_UNREAD', file: 'pipeline/02-extract/annotations/leiken-2001.json', line: annotationLine(join(paths.annotations, 'leiken-2001.json'), quote), seen: 'Last year' }),
      () => makeProjectOf('leiken-2001'),
    );
    const raw = readFileSync(join(projectRoot, 'raw', 'leiken-2001.txt'), 'utf8');
    expect(error.message).toContain(`raw/leiken-2001.txt:${lineOf(raw, quote)}`);
    expect(error.message).toContain(': 1 prose figure(s) have no period');
  });

  it('a period read from a year numeral where the quote prints the month with it', () => {
    const error = expectBuildFailure((paths) => {
      const file = join(paths.annotations, 'pacific-asia-2001.json');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('"period": { "words": "August 1997" }');
      writeFileSync(file, text.replaceAll('"period": { "words": "August 1997" }', '"period": 1'));
    }, { code: 'PERIOD_UNREAD', file: 'pipeline/02-extract/annotations/pacific-asia-2001.json', seen: 'August 1997' }, () => makeProjectOf('pacific-asia-2001'));
    expect(error.message).toContain('raw/pacific-asia-2001.txt:');
  });

  it('a reason for no period that no longer applies: the figure has one', () => {
    const error = expectBuildFailure((paths) => {
      editAnnotations(paths, 'leiken-2001', '"period": { "words": "Last year" }, ', '"period": { "words": "Last year" }, "period_unstated": "The census year is not the figure\'s.", ');
    }, { code: 'PERIOD_EXCEPTION_STALE', file: 'pipeline/02-extract/annotations/leiken-2001.json', seen: "The census year is not the figure's." }, () => makeProjectOf('leiken-2001'));
    expect(error.message).toContain('raw/leiken-2001.txt:');
  });
});
