import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';
import { generateTypes } from '../../scripts/generate-types.js';

describe('src/types', () => {
  it('is what schemas/ generates today (run `npm run types` after changing a schema)', async () => {
    const generated = await generateTypes(join(projectRoot, 'schemas'));
    const committedDir = join(projectRoot, 'src', 'types');
    expect(readdirSync(committedDir).sort()).toEqual([...generated.keys()].sort());
    for (const [file, source] of generated) expect(readFileSync(join(committedDir, file), 'utf8'), file).toBe(source);
  });

  it('types every published column of the observations', async () => {
    const generated = await generateTypes(join(projectRoot, 'schemas'));
    const observation = generated.get('observation.ts')!;
    for (const column of ['obs_id: string;', 'partner: string | null;', 'value: number;', 'line: number;']) expect(observation).toContain(column);
  });
});
