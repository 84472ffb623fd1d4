import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishRelease, PUBLISH_STEPS, type PublishStep, type Release } from '../../../pipeline/06-package/index.js';
import { recoverRelease, SWAP_STEPS } from '../../../src/release/index.js';
import { visibleRelease } from '../../helpers/visible-release.js';

const STEPS: readonly PublishStep[] = [...PUBLISH_STEPS, ...SWAP_STEPS];

/** Thrown by a step hook: the publish or recovery stops there, as if the process had been killed. */
class Kill extends Error {}

const killBefore = <Step extends string>(step: Step | null) => (current: Step) => {
  if (current === step) throw new Kill(step);
};

/** A release's files: a few CSVs by name (a release may drop or add tables), any text in them. */
const distFiles = fc.dictionary(fc.constantFrom('a.csv', 'b.csv', 'c.csv', 'd.csv'), fc.string({ maxLength: 30 }), { minKeys: 1 });

/** A release with a descriptor that states each file's size and sha256, as the build writes it. */
function releaseOf(files: Record<string, string>, version: string): Release {
  const resources = Object.entries(files).map(([name, content]) => ({ name: name.replace('.csv', ''), path: `dist/${name}`, bytes: Buffer.byteLength(content), hash: `sha256:${createHash('sha256').update(content).digest('hex')}` }));
  return { distFiles: new Map(Object.entries(files)), descriptor: `${JSON.stringify({ name: 'p', version, resources })}\n` };
}

/** What a reader sees once the release is visible. */
function visibleOf(release: Release): Record<string, string> {
  return Object.fromEntries([...[...release.distFiles].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, content]) => [`dist/${name}`, content]), ['datapackage.json', release.descriptor]]);
}

function writeVisible(root: string, release: Release): void {
  mkdirSync(join(root, 'dist'));
  for (const [name, content] of release.distFiles) writeFileSync(join(root, 'dist', name), content);
  writeFileSync(join(root, 'datapackage.json'), release.descriptor);
}

describe('the atomic swap', () => {
  it('leaves exactly the old or exactly the new release visible after recovery, wherever the publish and the recovery are stopped', () => {
    fc.assert(
      fc.property(
        fc.option(distFiles, { nil: null }),
        distFiles,
        distFiles,
        fc.option(fc.constantFrom(...STEPS), { nil: null }),
        fc.option(fc.constantFrom(...SWAP_STEPS), { nil: null }),
        (previousFiles, nextFiles, laterFiles, publishKill, recoveryKill) => {
          const root = mkdtempSync(join(tmpdir(), 'mfr-swap-'));
          try {
            const previous = previousFiles && releaseOf(previousFiles, '1.0.0');
            const next = releaseOf(nextFiles, '2.0.0');
            if (previous) writeVisible(root, previous);
            const before = visibleRelease(root);
            try {
              publishRelease(root, next, killBefore(publishKill));
            } catch (error) {
              if (!(error instanceof Kill)) throw error;
            }
            try {
              recoverRelease(root, killBefore(recoveryKill));
            } catch (error) {
              if (!(error instanceof Kill)) throw error;
            }
            recoverRelease(root);
            // Once the ready marker is written the new release wins; before, nothing visible was touched.
            const marked = publishKill === null || STEPS.indexOf(publishKill) > STEPS.indexOf('mark-ready');
            expect(visibleRelease(root)).toEqual(marked ? visibleOf(next) : before);
            expect(existsSync(join(root, '.release'))).toBe(false);
            // Nothing is wedged: the next publish goes through.
            const later = releaseOf(laterFiles, '3.0.0');
            publishRelease(root, later);
            expect(visibleRelease(root)).toEqual(visibleOf(later));
          } finally {
            rmSync(root, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
