import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ProjectPaths } from '../../pipeline/paths.js';
import { expectBuildFailure } from '../helpers/expect-build-failure.js';
import { editRawText, makeProjectOf } from '../helpers/fixture-project.js';
import { makeSmallProject } from '../helpers/small-project.js';

/** Rewrites a text file of a fixture; the edit must change something. */
function editFile(path: string, edit: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${path}`);
  writeFileSync(path, after);
}

/** 1-based line of the first line of a file that contains `needle`. */
function lineOf(path: string, needle: string): number {
  const index = readFileSync(path, 'utf8').split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${needle} is not in ${path}`);
  return index + 1;
}

/** 1-based column of `needle` on its first line in a text. */
function columnOf(path: string, needle: string): number {
  const line = readFileSync(path, 'utf8').split('\n').find((candidate) => candidate.includes(needle))!;
  return line.indexOf(needle) + 1;
}

const annotationFile = (paths: ProjectPaths, id: string) => join(paths.annotations, `${id}.json`);

// Where a misconfiguration is found late in the build and holds for any corpus, the corpus is cut to one text (makeSmallProject).
// Where it is in one source's files, the project is cut to that source (makeProjectOf): the build reads no other text first.
describe('misconfigurations stop the build with a code, the file and the line', () => {
  it('an annotation file for a source that raw/sources.json does not list', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      const file = join(paths.annotations, 'no-such-source.json');
      writeFileSync(file, `{\n  "source_id": "no-such-source",\n  "annotations": []\n}\n`);
      line = lineOf(file, '"source_id"');
    }, { code: 'ANNOTATION_INVALID', file: 'pipeline/02-extract/annotations/no-such-source.json', seen: 'no-such-source' });
    expect(error.context.line).toBe(line);
  });

  it('a recipe file for a source that raw/sources.json does not list, at its source_id line', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      const file = join(paths.recipes, 'no-such-source.json');
      writeFileSync(file, `\n${readFileSync(join(paths.recipes, 'korea-commission-2005.json'), 'utf8').replace('"source_id": "korea-commission-2005"', '"source_id": "no-such-source"')}`);
      line = lineOf(file, '"source_id"');
    }, { code: 'RECIPE_INVALID', file: 'pipeline/02-extract/recipes/no-such-source.json', seen: 'no-such-source' });
    expect(error.context.line).toBe(line);
  });

  it('a raw text that raw/sources.json does not list (npm pack would ship it unread)', () => {
    const error = expectBuildFailure((paths) => writeFileSync(join(paths.raw, 'stray-notes.txt'), 'Notes: 12 items.\n'), { code: 'SOURCE_UNLISTED', file: 'raw/stray-notes.txt', line: 1 });
    expect(error.context.expected).toContain('"path": "raw/stray-notes.txt"');
  });

  it('an indicator listed in two reconcile concepts, at its second listing', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      const file = join(paths.reconcile, 'rules.json');
      const config = JSON.parse(readFileSync(file, 'utf8')) as { concepts: { id: string; description: string; members: object[] }[] };
      config.concepts.push({ id: 'exports_again', description: 'exports, listed a second time', members: [{ indicator: 'exports', direction: 'pair' }] });
      writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
      const lines = readFileSync(file, 'utf8').split('\n');
      const added = lines.findIndex((text) => text.includes('exports_again'));
      line = lines.findIndex((text, index) => index > added && text.includes('"indicator": "exports"')) + 1;
    }, { code: 'CONCEPT_CONFLICT', file: 'pipeline/04-reconcile/rules.json', seen: 'exports' }, makeSmallProject);
    expect(error.context.line).toBe(line);
    expect(error.message).toContain('goods_flow');
  });

  it('an alias that is the ISO 3166 name of another country ("Japan" as an alias of ASIA would move its observations)', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      const file = join(paths.metadata, 'entities.json');
      editFile(file, (text) => text.replace('"aliases": ["Asia", "Asians"]', '"aliases": ["Asia", "Asians",\n      "Japan"]'));
      line = lineOf(file, '"Japan"]');
    }, { code: 'ALIAS_CONFLICT', file: 'pipeline/03-normalize/entities.json', seen: 'Japan' }, makeSmallProject);
    expect(error.context.line).toBe(line);
    expect(error.message).toContain('JPN');
  });

  it("an alias that is another entity's alias, however it is spaced", () => {
    let where = {};
    const error = expectBuildFailure((paths) => {
      const file = join(paths.metadata, 'entities.json');
      editFile(file, (text) => text.replace('"aliases": ["Asia", "Asians"]', '"aliases": ["Asia", "Asians", "Pacific  Asia"]'));
      where = { line: lineOf(file, '"Pacific  Asia"'), column: columnOf(file, '"Pacific  Asia"') };
    }, { code: 'ALIAS_CONFLICT', file: 'pipeline/03-normalize/entities.json', seen: 'Pacific  Asia' }, makeSmallProject);
    expect(error.context).toMatchObject(where);
    expect(error.message).toContain('ASIA_PACIFIC');
  });

  it('a package-metadata.json that is not JSON, at the line and column where it breaks', () => {
    const error = expectBuildFailure((paths) => {
      editFile(join(paths.root, 'pipeline', '06-package', 'package-metadata.json'), (text) => text.replace('"keywords": [', '"keywords": [,'));
    }, { code: 'METADATA_INVALID', file: 'pipeline/06-package/package-metadata.json', line: 6, column: 16 }, makeSmallProject);
    expect(error.message).toContain('cannot be read as JSON');
  });

  it('a package-metadata.json that breaks its schema', () => {
    const error = expectBuildFailure((paths) => {
      editFile(join(paths.root, 'pipeline', '06-package', 'package-metadata.json'), (text) => text.replace('"roles": ["creator", "maintainer"]', '"roles": "creator"'));
    }, { code: 'METADATA_INVALID', file: 'pipeline/06-package/package-metadata.json', line: 12 }, makeSmallProject);
    expect(error.message).toContain('schemas/package-metadata.schema.json');
    expect(error.message).toContain('/contributors/#1/roles must be array');
  });

  it('a package.json version that is not semver', () => {
    expectBuildFailure((paths) => {
      editFile(join(paths.root, 'package.json'), (text) => text.replace(/"version": "[^"]+"/, '"version": "1.0"'));
    }, { code: 'VERSION_INVALID', file: 'package.json', line: 3, column: 3, seen: '1.0' }, makeSmallProject);
  });

  it('a recipe that is not JSON, with its line and column', () => {
    let where = {};
    const error = expectBuildFailure((paths) => {
      const file = join(paths.recipes, 'korea-commission-2005.json');
      editFile(file, (text) => text.replace('"preamble_lines": 2,', '"preamble_lines": 2,,'));
      // The second comma is where a member name should be.
      where = { line: lineOf(file, '2,,'), column: columnOf(file, '2,,') + 2 };
    }, { code: 'RECIPE_INVALID', file: 'pipeline/02-extract/recipes/korea-commission-2005.json' }, () => makeProjectOf('korea-commission-2005'));
    expect(error.context).toMatchObject(where);
  });

  it('an annotation that breaks its schema, at its line and counting annotations from 1', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      const file = annotationFile(paths, 'china-2023');
      const document = JSON.parse(readFileSync(file, 'utf8')) as { annotations: { quote: unknown }[] };
      document.annotations[2]!.quote = 42;
      writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
      line = lineOf(file, '"quote": 42');
    }, { code: 'ANNOTATION_INVALID', file: 'pipeline/02-extract/annotations/china-2023.json' }, () => makeProjectOf('china-2023'));
    expect(error.context.line).toBe(line);
    expect(error.message).toContain('/annotations/#3/quote must be string');
  });
});

describe('raw texts and printed numbers', () => {
  it('a raw text that is not UTF-8 stops with SOURCE_NOT_UTF8 at its line and column', () => {
    expectBuildFailure((paths) => {
      const file = join(paths.raw, 'leiken-2001.txt');
      const bytes = readFileSync(file);
      const thirdLine = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
      // Latin-1 "é" (0xe9) typed after the first four bytes of line 3: a lead byte with no continuation.
      const broken = Buffer.concat([bytes.subarray(0, thirdLine + 4), Buffer.from([0xe9, 0x20]), bytes.subarray(thirdLine + 4)]);
      expect(bytes.subarray(thirdLine, thirdLine + 4).toString('utf8')).toHaveLength(4);
      writeFileSync(file, broken);
      const metadataFile = join(paths.raw, 'sources.json');
      const records = JSON.parse(readFileSync(metadataFile, 'utf8')) as { id: string; sha256: string; bytes: number }[];
      const record = records.find((candidate) => candidate.id === 'leiken-2001')!;
      record.sha256 = createHash('sha256').update(broken).digest('hex');
      record.bytes = broken.length;
      writeFileSync(metadataFile, `${JSON.stringify(records, null, 2)}\n`);
    }, { code: 'SOURCE_NOT_UTF8', file: 'raw/leiken-2001.txt', line: 3, column: 5, seen: expect.stringMatching(/^bytes e9 20\b/) as string }, () => makeProjectOf('leiken-2001'));
  });

  it('a number with a leading zero (044.7) is NUMBER_UNPARSEABLE', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      editRawText(paths, 'korea-commission-2005', (text) => text.replace('\n1980 44.7 64.2 108.9 -19.5\n', '\n1980 044.7 64.2 108.9 -19.5\n'));
      line = lineOf(join(paths.raw, 'korea-commission-2005.txt'), '1980 044.7 64.2');
    }, { code: 'NUMBER_UNPARSEABLE', file: 'raw/korea-commission-2005.txt', column: 6, seen: '044.7' }, () => makeProjectOf('korea-commission-2005'));
    expect(error.context.line).toBe(line);
  });

  it('a value with more significant digits than a double keeps is NUMBER_INEXACT, not published with other digits', () => {
    let line = 0;
    let column = 0;
    const error = expectBuildFailure((paths) => {
      editRawText(paths, 'korea-commission-2005', (text) => text.replace('\n1983 51.0 200.5 251.5 -149.5\n', '\n1983 12345678901234567.8 200.5 251.5 -149.5\n'));
      line = lineOf(join(paths.raw, 'korea-commission-2005.txt'), '1983 12345678901234567.8');
      column = columnOf(join(paths.raw, 'korea-commission-2005.txt'), '12345678901234567.8');
    }, { code: 'NUMBER_INEXACT', file: 'raw/korea-commission-2005.txt', seen: '12345678901234567.8' }, () => makeProjectOf('korea-commission-2005'));
    expect(error.context).toMatchObject({ line, column });
    expect(error.message).toContain('not as 12345678901234567800000');
  });

  it('QUOTE_NOT_FOUND shows the longest beginning found and the first character that differs', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      const file = annotationFile(paths, 'china-2023');
      editFile(file, (text) => text.replace('"quote": "China is now Mexico’s', '"quote": "China is now Mexico\'s'));
      line = lineOf(file, '"quote": "China is now Mexico\'s') - 1;
    }, { code: 'QUOTE_NOT_FOUND', file: 'pipeline/02-extract/annotations/china-2023.json' }, () => makeProjectOf('china-2023'));
    expect(error.context.line).toBe(line);
    expect(error.message).toContain('"China is now Mexico"');
    expect(error.message).toContain(`the quote has "'" (U+0027) where the text has "’" (U+2019)`);
  });
});

describe('number words are whole words, at the annotation\'s line', () => {
  const file = 'pipeline/02-extract/annotations/korea-commission-2005.json';
  const quote = 'Mexico has negotiated twelve FTAs that grant preferential and secure market access to forty-three countries';

  it('words its quote prints only inside a compound number ("three" in "forty-three")', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      editFile(join(paths.root, file), (text) => text.replace(`"quote": "${quote} on three continents."`, `"quote": "${quote}"`));
      line = lineOf(join(paths.root, file), `"quote": "${quote}"`) - 1;
    }, { code: 'ANNOTATION_INVALID', file, seen: quote }, () => makeProjectOf('korea-commission-2005'));
    expect(error.context.line).toBe(line);
    expect(error.message).toContain('names words "three" that are not in its quote: its quote prints them only inside longer words ("forty-three")');
  });
});

describe('what an annotation says is named at its line', () => {
  const file = 'pipeline/02-extract/annotations/china-2023.json';

  it('an indicator that indicators.json does not list', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      editFile(join(paths.root, file), (text) => text.replace('"indicator": "trading_partner_rank_latin_america"', '"indicator": "no_such_indicator"'));
      // The annotation's object opens on the line before its quote.
      line = lineOf(join(paths.root, file), '"quote": "Mexico is China’s second largest') - 1;
    }, { code: 'INDICATOR_UNKNOWN', file, seen: 'no_such_indicator', recipe: 'china-2023/annotations#3' }, () => makeProjectOf('china-2023'));
    expect(error.context.line).toBe(line);
  });

  it("an event's entity that no table knows", () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      editFile(join(paths.root, file), (text) => text.replace('"entities": ["MEX", "TWN"]', '"entities": ["MEX", "XTW"]'));
      line = lineOf(join(paths.root, file), '"quote": "Mexico recognized the Republic of China government') - 1;
    }, { code: 'ENTITY_UNKNOWN', file, seen: 'XTW' }, () => makeProjectOf('china-2023'));
    expect(error.context.line).toBe(line);
  });
});

describe('recipe checks are consistent when loaded, at the line of the offending value', () => {
  const recipeFile = (paths: ProjectPaths) => join(paths.recipes, 'korea-commission-2005.json');
  const displayed = 'pipeline/02-extract/recipes/korea-commission-2005.json';

  it('a check whose target names a table', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      editFile(recipeFile(paths), (text) => text.replace('"target": { "row": "region_share" }', '"target": { "table": "table-5", "row": "region_share" }'));
      line = lineOf(recipeFile(paths), '"table": "table-5", "row": "region_share"');
    }, { code: 'RECIPE_INVALID', file: displayed, seen: 'table-5', recipe: 'korea-commission-2005/table-4' }, () => makeProjectOf('korea-commission-2005'));
    expect(error.context.line).toBe(line);
    expect(error.message).toContain('only a part names another table');
  });

  it('a sum that leaves out cells of another table', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      editFile(recipeFile(paths), (text) => text.replace('"rest_of": "row" }', '"rest_of": "row", "except": [{ "table": "table-5", "row": "korea" }] }'));
      line = lineOf(recipeFile(paths), '"except": [{ "table": "table-5"');
    }, { code: 'RECIPE_INVALID', file: displayed, seen: 'table-5' }, () => makeProjectOf('korea-commission-2005'));
    expect(error.context.line).toBe(line);
    expect(error.message).toContain('its except #1 names table "table-5"');
  });

  it('a part naming a table recipe the file does not have', () => {
    let line = 0;
    const error = expectBuildFailure((paths) => {
      editFile(recipeFile(paths), (text) => text.replace('"parts": [{ "row": "korea" }, { "row": "region" }]', '"parts": [{ "row": "korea" }, { "table": "table-99", "row": "region" }]'));
      line = lineOf(recipeFile(paths), '"table": "table-99"');
    }, { code: 'RECIPE_INVALID', file: displayed, seen: 'table-99', recipe: 'korea-commission-2005/table-4' }, () => makeProjectOf('korea-commission-2005'));
    expect(error.context.line).toBe(line);
    expect(error.context.expected).toMatch(/^the id of a recipe in the same file \(table-1, .*table-5/);
    expect(error.message).toContain('part 2 names table recipe "table-99"');
  });

  it('a part that selects more than one cell: the recipe line of the check, the raw lines of the cells', () => {
    let line = 0;
    let rowLine = (_label: string) => 0;
    const error = expectBuildFailure((paths) => {
      editFile(recipeFile(paths), (text) => text.replace('"parts": [{ "row": "region" }, { "row": "total" }]', '"parts": [{ "row": ["region", "korea"] }, { "row": "total" }]'));
      line = lineOf(recipeFile(paths), '"parts": [{ "row": ["region", "korea"] }');
      // Table 4 prints a row a line: the checked cell on the share's, the selected ones on the region's and Korea's.
      const raw = readFileSync(join(paths.raw, 'korea-commission-2005.txt'), 'utf8').split('\n');
      const caption = raw.findIndex((text) => text.trim() === 'Table 4');
      rowLine = (label) => raw.findIndex((text, index) => index > caption && text.startsWith(`${label} `)) + 1;
    }, { code: 'RECIPE_INVALID', file: displayed, recipe: 'korea-commission-2005/table-4', expected: 'exactly one cell per part' }, () => makeProjectOf('korea-commission-2005'));
    expect(error.context.line).toBe(line);
    expect(error.message).toContain(`part 1 selects 2 cells (on lines ${rowLine('Región')}, ${rowLine('Korea')}) for the checked cell printed at raw/korea-commission-2005.txt:${rowLine('% of total FDI')}`);
  });
});

describe('a built row that breaks its schema is ROW_INVALID at the place it comes from', () => {
  type Row = Record<string, string>;
  // Any corpus's rows break a tightened schema alike: the project is cut to one text, and the rows expected to break
  // are read from the release it holds (built from that text before the schema is tightened).
  const published = (root: string, name: string) => parse(readFileSync(join(root, 'dist', `${name}.csv`)), { columns: true }) as Row[];

  /** Tightens a property of a row schema of the fixture, as a stricter contract would. */
  function tighten(paths: ProjectPaths, schema: string, property: string, constraint: object): void {
    const file = join(paths.schemas, schema);
    const json = JSON.parse(readFileSync(file, 'utf8')) as { properties: Record<string, object> };
    json.properties[property] = { ...json.properties[property], ...constraint };
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  }

  it('an observation, at the raw line its number is printed on; every finding in build/05-validate/findings.json', () => {
    let broken: Row[] = [];
    let paths = new Map<string, string>();
    let findingsFile = '';
    const error = expectBuildFailure((fixture) => {
      paths = new Map(published(fixture.root, 'sources').map((source) => [source.id!, source.path!]));
      broken = published(fixture.root, 'observations').filter((row) => row.raw!.length > 3);
      tighten(fixture, 'observation.schema.json', 'raw', { maxLength: 3 });
      findingsFile = join(fixture.build, '05-validate', 'findings.json');
    }, () => ({ code: 'ROW_INVALID', file: paths.get(broken[0]!.source_id!)!, line: Number(broken[0]!.line) }), makeSmallProject);
    const first = broken[0]!;
    expect(broken.length).toBeGreaterThan(0);
    expect(error.message).toContain(`${broken.length} finding(s) on built rows`);
    expect(error.message).toContain(`first: observations ${first.obs_id}: schemas/observation.schema.json: /raw must NOT have more than 3 characters`);
    const findings = JSON.parse(readFileSync(findingsFile, 'utf8')) as object[];
    expect(findings).toHaveLength(broken.length);
    expect(findings[0]).toEqual({ file: paths.get(first.source_id!), line: Number(first.line), resource: 'observations', id: first.obs_id, message: 'schemas/observation.schema.json: /raw must NOT have more than 3 characters' });
  });

  it('a row that names no raw line, at its record of the CSV it would be published as', () => {
    let index = -1;
    expectBuildFailure((fixture) => {
      index = published(fixture.root, 'entities').findIndex((row) => row.name!.length > 8);
      tighten(fixture, 'entity.schema.json', 'name', { maxLength: 8 });
    }, () => ({ code: 'ROW_INVALID', file: 'dist/entities.csv', line: index + 2 }), makeSmallProject);
    expect(index).toBeGreaterThanOrEqual(0);
  });
});
