import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAcknowledgements } from '../../../pipeline/05-validate/load-acknowledgements.js';
import { PipelineError } from '../../../pipeline/errors.js';
import { projectPaths } from '../../../pipeline/paths.js';
import { SchemaRegistry } from '../../../pipeline/schemas.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { pipelineErrorOf } from '../../helpers/pipeline-error-of.js';

const schemas = new SchemaRegistry(projectPaths().schemas);
const dir = tempDir('mfr-acknowledgements-');

function load(text: string) {
  const file = join(dir, 'acknowledgements.json');
  writeFileSync(file, text);
  return loadAcknowledgements(file, schemas);
}

function loadError(text: string): PipelineError {
  return pipelineErrorOf(() => load(text));
}

const REASON = 'a slip in printing the total, published as printed';
const recordText = (checks: string, reason = REASON) => `    {\n      "checks": [${checks}],\n      "quote": "1985 {26.1} \\" [x]",\n      "reason": "${reason}"\n    }`;

describe('loadAcknowledgements', () => {
  it('reads each record with the line its object starts on, braces quoted in strings aside', () => {
    const records = load(`{\n  "acknowledgements": [\n${recordText('"a@0000001:sum1"')},\n${recordText('"a@0000002:sum1", "a@0000003:difference2"')}\n  ]\n}\n`);
    expect(records).toEqual([
      { checks: ['a@0000001:sum1'], quote: '1985 {26.1} " [x]', reason: REASON, line: 3 },
      { checks: ['a@0000002:sum1', 'a@0000003:difference2'], quote: '1985 {26.1} " [x]', reason: REASON, line: 8 },
    ]);
  });

  it('holds no records when the file is absent', () => {
    expect(loadAcknowledgements(join(dir, 'absent.json'), schemas)).toEqual([]);
  });

  it('names the line of a record that breaks the schema', () => {
    const text = `{\n  "acknowledgements": [\n${recordText('"a@0000001:sum1"')},\n${recordText('"a@0000002:sum1"', 'short')}\n  ]\n}\n`;
    const error = loadError(text);
    expect(error.code).toBe('ACKNOWLEDGEMENT_INVALID');
    // The line of the short reason itself, in the second record; items are counted from 1 in messages.
    expect(error.context).toMatchObject({ file: 'pipeline/05-validate/acknowledgements.json', line: text.split('\n').findIndex((line) => line.includes('"short"')) + 1 });
    expect(error.message).toContain('/acknowledgements/#2/reason');
  });

  it('names the line where the JSON breaks', () => {
    const error = loadError(`{\n  "acknowledgements": [\n    { "checks": [] ,, }\n  ]\n}\n`);
    expect(error.code).toBe('ACKNOWLEDGEMENT_INVALID');
    expect(error.context).toMatchObject({ file: 'pipeline/05-validate/acknowledgements.json', line: 3 });
  });

  it('refuses a check accepted by two records, naming the second', () => {
    const error = loadError(`{\n  "acknowledgements": [\n${recordText('"a@0000001:sum1"')},\n${recordText('"a@0000001:sum1"')}\n  ]\n}\n`);
    expect(error.code).toBe('ACKNOWLEDGEMENT_INVALID');
    expect(error.context).toMatchObject({ line: 8, seen: 'a@0000001:sum1' });
    expect(error.message).toContain('the other starts at line 3');
  });
});
