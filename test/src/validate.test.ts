import { describe, expect, it } from 'vitest';
import { formatValidation } from '../../src/validate/format.js';
import { validate } from '../../src/validate/validate.js';
import { tempDir } from '../helpers/temp-dir.js';
import { copyPackage, editDescriptor, editFile, writeSmallPackage } from './package-copy.js';

const kinds = (report: Awaited<ReturnType<typeof validate>>) => report.errors.map((finding) => `${finding.kind} ${finding.resource ?? ''} ${finding.row ?? ''} ${finding.field ?? ''}`.trim());

/** The committed package's report, which two tests read (validating the whole package takes a tenth of a second or more). */
let committedReport: ReturnType<typeof validate> | undefined;
const validateCommitted = () => (committedReport ??= validate());

describe('validate', () => {
  it('passes a sound package', async () => {
    const report = await validate({ root: writeSmallPackage() });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ valid: true, name: 'small', version: '1.0.0', tables: [{ name: 'places', rows: 2 }, { name: 'figures', rows: 2 }], checks: null });
    expect(formatValidation(report).split('\n').at(-1)).toBe('valid');
  });

  it('checks the descriptor against the official Data Package v2 profile', async () => {
    const report = await validate({ root: writeSmallPackage((descriptor) => {
      descriptor.licenses = 'MIT';
      descriptor.resources.push({ ...descriptor.resources[0]!, schema: undefined });
      descriptor.resources[1]!.schema!.foreignKeys!.push({ fields: ['id'], reference: { resource: 'nowhere', fields: ['id'] } });
    }) });
    expect(report.valid).toBe(false);
    expect(report.errors.filter((finding) => finding.kind === 'descriptor').map((finding) => finding.message)).toEqual(expect.arrayContaining(['/licenses must be array', 'resource name "places" is used twice', 'foreign key to nowhere(id) references a table the package does not have']));
  });

  it('checks the size and hash of every file, and refuses paths outside the package', async () => {
    const root = writeSmallPackage((descriptor) => {
      descriptor.resources[0]!.bytes = 1;
      descriptor.resources[1]!.hash = 'sha256:0000';
      descriptor.resources.push({ name: 'outside', path: '../secret.txt' });
    });
    const messages = (await validate({ root })).errors.filter((finding) => finding.kind === 'file').map((finding) => `${finding.resource}: ${finding.message}`);
    expect(messages).toEqual([expect.stringMatching(/^places: has \d+ bytes, the descriptor says 1$/), expect.stringMatching(/^figures: sha256 is [0-9a-f]{64}, the descriptor says 0000$/), expect.stringMatching(/^outside: RESOURCE_PATH_REFUSED/)]);
  });

  it('checks every row against its Table Schema, and the primary and foreign keys', async () => {
    const root = writeSmallPackage();
    editFile(root, 'dist/places.csv', (text) => `${text}mex,,planet\nKOR,Korea again,country\n`);
    editFile(root, 'dist/figures.csv', (text) => `${text}f3,JPN,,2\nf4,MEX,lots,\n`);
    const report = await validate({ root });
    expect(kinds(report).filter((kind) => !kind.startsWith('file'))).toEqual([
      'row places 4 id',
      'row places 4 kind',
      'primary-key places 5 id',
      'cell figures 5 value',
      'row figures 4 value',
      'row figures 4 share',
      'foreign-key figures 4 place',
    ]);
    expect(report.errors.find((finding) => finding.kind === 'primary-key')?.message).toBe('primary key KOR repeats record 3');
    expect(report.errors.find((finding) => finding.kind === 'foreign-key')?.message).toBe('JPN is not a id of places');
  });

  it('reports unacknowledged failing checks as errors, warnings as warnings, and checks each status against its numbers', async () => {
    const root = copyPackage();
    editFile(root, 'dist/checks.csv', (text) => {
      const lines = text.split('\n');
      // The first check passes: claim a fail for it, then make another's numbers fail while it says pass.
      lines[1] = lines[1]!.replace(/,pass,false,$/, ',fail,false,');
      lines[2] = lines[2]!.replace(/,([-\d.]+),([-\d.]+),([-\d.]+),([\d.]+),pass,false,$/, (_all, expected: string) => `,${expected},${Number(expected) + 50},50,0.15,pass,false,`);
      return lines.join('\n');
    }, { rehash: true });
    const report = await validate({ root });
    const checkErrors = report.errors.filter((finding) => finding.kind === 'check').map((finding) => finding.message);
    expect(checkErrors).toEqual([
      expect.stringMatching(/^fail korea-commission-2005@0090936:sum1 /),
      expect.stringMatching(/says fail, but its numbers give pass$/),
      expect.stringMatching(/says pass, but its numbers give fail$/),
    ]);
    expect(report.warnings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^warn .*found 165\.1, expected 165\.5 \(±0\.15\) \(acknowledged: The printed total trade is not the sum/),
      ...[':mirror3 ', ':mirror4 ', ':mirror5 '].map((kind) => expect.stringMatching(new RegExp(`^fail korea-commission-2005@\\d+${kind}.*\\(acknowledged: A likely factor-of-ten slip; see its neighbours`))),
    ]);
    expect(report.checks).toMatchObject({ fail: 4 });
  });

  it('accepts a fail that a record acknowledges, and rejects it once the acknowledgement is gone', async () => {
    expect(await validateCommitted()).toMatchObject({ valid: true, checks: { fail: 3 } });
    const root = copyPackage();
    editFile(root, 'dist/checks.csv', (text) => text.replace(/^(korea-commission-2005@\d+:mirror4,.*,fail),true,".*"$/m, '$1,false,'), { rehash: true });
    const report = await validate({ root });
    expect(report.valid).toBe(false);
    expect(report.errors.map((finding) => `${finding.kind} ${finding.row} ${finding.message}`)).toEqual([expect.stringMatching(/^check 103 fail korea-commission-2005@\d+:mirror4 .* within a factor of 10: found 27, expected 559\.5 \(±503\.65\)$/)]);
    expect(report.warnings).toHaveLength(3);
  });

  it('rejects an acknowledgement of a check that passes, and one without its reason', async () => {
    const root = copyPackage();
    editFile(root, 'dist/checks.csv', (text) => {
      const lines = text.split('\n');
      lines[1] = lines[1]!.replace(/,pass,false,$/, ',pass,true,"no longer a slip"');
      lines[2] = lines[2]!.replace(/,pass,false,$/, ',pass,false,"a reason without its flag"');
      return lines.join('\n').replace(/(:mirror3,.*,fail,true,)".*"$/m, '$1');
    }, { rehash: true });
    const report = await validate({ root });
    expect(report.errors.map((finding) => `${finding.row} ${finding.field} ${finding.message}`)).toEqual([
      expect.stringMatching(/^2 acknowledged korea-commission-2005@0090936:sum1 is acknowledged, but it passes$/),
      expect.stringMatching(/^3 acknowledgement korea-commission-2005@0090942:difference2: a reason without being acknowledged$/),
      expect.stringMatching(/^102 acknowledgement korea-commission-2005@\d+:mirror3: acknowledged without a reason$/),
    ]);
  });

  it('checks every item of a list against the table its mfr:listItemForeignKeys names', async () => {
    const root = copyPackage();
    // The first event: CHN;MEX becomes CHN;XXX, and the second (date, date_end, date_precision, type, then entities) loses its entities, which a list requires.
    editFile(root, 'dist/events.csv', (text) => text.replace(',diplomatic_relations,CHN;MEX,', ',diplomatic_relations,CHN;XXX,').replace(/(\nchina-2023@0001232e1,[^,]*,[^,]*,[^,]*,[^,]*,)CHN;MEX,/, '$1,'), { rehash: true });
    const report = await validate({ root });
    expect(report.errors.map((finding) => `${kinds({ ...report, errors: [finding] })[0]}: ${finding.message}`)).toEqual([
      'row events 3 entities: is required but empty',
      'foreign-key events 2 entities: item "XXX" is not a id of entities',
    ]);
  });

  it('checks that reconciled rows name an entity, a partner and a concept the package has', async () => {
    const root = copyPackage();
    // The first row (key_id, concept, entity, partner, …), whichever key it is: its concept, entity and partner are replaced.
    editFile(root, 'dist/reconciled.csv', (text) => text.replace(/\n([^,\n]*),[^,\n]*,[^,\n]*,[^,\n]*,/, '\n$1,no_such_concept,ZZZ,YYY,'), { rehash: true });
    const messages = (await validate({ root })).errors.map((finding) => `${finding.kind} ${finding.resource} ${finding.row} ${finding.field}: ${finding.message}`);
    expect(messages).toEqual([
      'foreign-key reconciled 2 concept: no_such_concept is not a id of concepts',
      'foreign-key reconciled 2 entity: ZZZ is not a id of entities',
      'foreign-key reconciled 2 partner: YYY is not a id of entities',
    ]);
  });

  it('reads a list cell as a spreadsheet does, whole: a formula start in its first item is CELL_FORMULA, in a later one not', async () => {
    const root = copyPackage();
    editFile(root, 'dist/entities.csv', (text) => text.replace(',Korea;South Korea,', ',=HYPERLINK(1);South Korea,').replace('country,,Japan,\n', 'country,,Japan;@SUM(1),\n'), { rehash: true });
    const report = await validate({ root });
    expect(report.errors.map((finding) => `${finding.code} ${finding.resource} ${finding.field}`)).toEqual(['CELL_FORMULA entities aliases']);
    expect(report.errors[0]!.message).toContain('"=HYPERLINK(1);South Korea"');
  });

  it('reports a list item foreign key the descriptor cannot mean', async () => {
    const report = await validate({ root: writeSmallPackage((descriptor) => {
      descriptor.resources[0]!.schema!['mfr:listItemForeignKeys'] = [
        { fields: ['name'], reference: { resource: 'places', fields: ['id'] } },
        { fields: ['name', 'kind'], reference: { resource: 'places', fields: ['id', 'kind'] } },
      ];
    }) });
    expect(report.errors.map((finding) => finding.message)).toEqual([
      'list item foreign key to places(id) names name, which is no list field of places',
      'list item foreign key to places(id, kind) must name one field and one referenced field',
    ]);
  });

  it('reports a table it cannot parse, and goes on with the others', async () => {
    const root = writeSmallPackage();
    editFile(root, 'dist/places.csv', (text) => `${text}JPN,Japan\n`, { rehash: true });
    const report = await validate({ root });
    expect(report.errors).toEqual([expect.objectContaining({ kind: 'file', resource: 'places', message: expect.stringMatching(/^CSV_MALFORMED: resource places: /) })]);
    expect(report.tables).toEqual([{ name: 'figures', rows: 2 }]);
  });

  it('reports an unreadable descriptor instead of throwing', async () => {
    const report = await validate({ root: tempDir('mfr-empty-') });
    expect(report).toMatchObject({ valid: false, errors: [{ kind: 'descriptor', message: expect.stringMatching(/^DESCRIPTOR_UNREADABLE/) }] });
  });

  it('finds the committed package valid', async () => {
    const report = await validateCommitted();
    expect(report.errors.slice(0, 5)).toEqual([]);
    // Every warn, and every fail (each acknowledged by a record), is a warning.
    expect(report.warnings).toHaveLength((report.checks?.warn ?? 0) + (report.checks?.fail ?? 0));
  });

  it('lists a broken copy file by file', async () => {
    const root = copyPackage();
    editDescriptor(root, (descriptor) => {
      descriptor.resources.find((resource) => resource.name === 'sources')!.bytes = 3;
    });
    expect(formatValidation(await validate({ root }))).toMatch(/ {2}file {8}sources: has \d+ bytes, the descriptor says 3\n(.*\n)*INVALID: \d+ error\(s\)$/);
  });
});
