import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../pipeline/paths.js';
import { SchemaRegistry } from '../../pipeline/schemas.js';
import { STANDALONE_SCRIPTS } from '../../scripts/cache-validators.js';
import { generateValidators, VALIDATOR_FILES } from '../../scripts/generate-validators.js';
import { tempDir } from '../helpers/temp-dir.js';

const schemaDir = join(projectRoot, 'schemas');

/** A copy of schemas/ that differs in one byte of layout only, so the registry compiles it with ajv instead of using the generated validators. */
function recompiledRegistry(): SchemaRegistry {
  const dir = tempDir('mfr-schemas-');
  cpSync(schemaDir, dir, { recursive: true });
  const file = join(dir, 'observation.schema.json');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
  return new SchemaRegistry(dir);
}

describe('generated validators', () => {
  it('are what schemas/ and the Data Package profile generate today (run `npm run types` after changing either)', () => {
    const generated = generateValidators(projectRoot);
    expect([...generated.keys()].sort()).toEqual(Object.values(VALIDATOR_FILES).sort());
    for (const [file, source] of generated) expect(readFileSync(join(projectRoot, file), 'utf8'), file).toBe(source);
  });

  it('load no ajv compiler, only its small runtime helpers, which the module requires and the script is given', () => {
    for (const script of STANDALONE_SCRIPTS) {
      const file = fileURLToPath(script.module);
      const module = readFileSync(file, 'utf8').replace(/^  source: .*$/m, '');
      const loaded = [...module.matchAll(/^import (?!type ).* from '([^']+)';$/gm), ...module.matchAll(/\brequire\('([^']+)'\)/g)].map((match) => match[1]!);
      expect(loaded.filter((specifier) => specifier.startsWith('ajv/')).length, file).toBeGreaterThan(0);
      for (const specifier of loaded) expect(specifier, file).toMatch(/^(?:ajv\/dist\/runtime\/|\.\.?\/|node:)/);
      expect(script.source, file).not.toMatch(/\b(?:require|import)\s*\(/);
    }
  });

  it('hold each script as ASCII, with the digest of its text, which its code cache must carry', () => {
    for (const script of STANDALONE_SCRIPTS) {
      expect(script.source, script.module).toMatch(/^[\x00-\x7f]*$/);
      expect(createHash('sha256').update(script.source).digest('hex'), script.module).toBe(script.digest);
    }
  });

  it('give the errors ajv gives when it compiles the schemas itself, message for message', () => {
    const generated = new SchemaRegistry(schemaDir);
    const compiled = recompiledRegistry();
    const observation = { obs_id: 'x', value: 'not a number', unit: 7, extra: true };
    const documents: [string, unknown][] = [
      ['observation.schema.json', observation],
      ['observation.schema.json', {}],
      ['recipe.schema.json', { source_id: 'a', tables: [{ id: 3 }] }],
      ['annotation.schema.json', { source_id: 'a', annotations: [{ quote: '' }] }],
      ['source-metadata.schema.json', [{ id: 'A B', sha256: 'zz' }]],
      // The pattern of raw names characters beyond ASCII (− and ’), which the script writes as \u escapes.
      ['observation.schema.json', { ...observation, raw: '−12' }],
      ['observation.schema.json', { ...observation, raw: 'don’t 12' }],
    ];
    for (const [id, data] of documents) {
      const expected = compiled.validate(id, data);
      expect(expected.valid, id).toBe(false);
      expect(generated.validate(id, data), id).toEqual(expected);
    }
  });

  it('are not used once a schema differs from the one they were generated from', () => {
    const dir = tempDir('mfr-schemas-');
    cpSync(schemaDir, dir, { recursive: true });
    const file = join(dir, 'entity.schema.json');
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { properties: Record<string, object> };
    schema.properties.name = { ...schema.properties.name, maxLength: 1 };
    writeFileSync(file, JSON.stringify(schema));
    const row = { id: 'APEC', name: 'Asia-Pacific Economic Cooperation' };
    const message = '/name must NOT have more than 1 characters';
    expect(new SchemaRegistry(schemaDir).validate('entity.schema.json', row).errors).not.toContain(message);
    expect(new SchemaRegistry(dir).validate('entity.schema.json', row).errors).toContain(message);
  });
});
