import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, STAGES } from '../../pipeline/build.js';
import { makeSmallProject } from '../helpers/small-project.js';

describe('intermediates under build/', () => {
  it('are written for every stage with keepIntermediates, and a build without it leaves none of them behind', () => {
    const fixture = makeSmallProject();
    build({ paths: fixture, keepIntermediates: true });
    expect(readdirSync(fixture.build).sort()).toEqual(STAGES.map((stage, index) => `${String(index + 1).padStart(2, '0')}-${stage}`));
    const listed = (JSON.parse(readFileSync(join(fixture.raw, 'sources.json'), 'utf8')) as { id: string }[]).map((source) => source.id);
    const ingested = JSON.parse(readFileSync(join(fixture.build, '01-ingest', 'sources.json'), 'utf8')) as { id: string }[];
    expect(ingested.map((source) => source.id).sort()).toEqual([...listed].sort());
    expect(JSON.parse(readFileSync(join(fixture.build, '05-validate', 'findings.json'), 'utf8'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(fixture.build, '06-package', 'findings.json'), 'utf8'))).toEqual([]);

    build({ paths: fixture });
    expect(existsSync(fixture.build), 'build/ of the earlier build').toBe(false);
  });
});
