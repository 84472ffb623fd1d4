import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';
import { generateTypes, TYPE_DIRS } from '../../scripts/generate-types.js';

/** What schemas/ generates: once for the file, as each generation runs json-schema-to-typescript and prettier over every schema. */
let generation: ReturnType<typeof generateTypes> | undefined;
const generatedTypes = () => (generation ??= generateTypes(join(projectRoot, 'schemas')));

describe('generated types', () => {
  it('are what schemas/ generates today (run `npm run types` after changing a schema)', async () => {
    const generated = await generatedTypes();
    const committed = Object.values(TYPE_DIRS).flatMap((dir) => readdirSync(join(projectRoot, dir)).map((name) => `${dir}/${name}`));
    expect(committed.sort()).toEqual([...generated.keys()].sort());
    for (const [file, source] of generated) expect(readFileSync(join(projectRoot, file), 'utf8'), file).toBe(source);
  });

  it('types every published column of the observations', async () => {
    const generated = await generatedTypes();
    const observation = generated.get(`${TYPE_DIRS.published}/observation.ts`)!;
    for (const column of ['obs_id: string;', 'partner: string | null;', 'value: number;', 'line: number;']) expect(observation).toContain(column);
  });

  it('keep the configuration only the pipeline reads out of the shipped src/', async () => {
    const generated = [...(await generatedTypes()).keys()];
    const schemas = readdirSync(join(projectRoot, 'schemas')).filter((name) => name.endsWith('.schema.json'));
    for (const name of schemas) {
      const published = 'x-resource' in (JSON.parse(readFileSync(join(projectRoot, 'schemas', name), 'utf8')) as object);
      expect(generated, name).toContain(`${published ? TYPE_DIRS.published : TYPE_DIRS.pipeline}/${name.replace('.schema.json', '.ts')}`);
    }
  });
});
