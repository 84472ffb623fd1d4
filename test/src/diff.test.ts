import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/diff.js';
import { formatDiff } from '../../src/diff/format.js';
import { nextVersion } from '../../src/diff/semver.js';
import { tempDir } from '../helpers/temp-dir.js';
import { copyPackage, editDescriptor, editFile, writeSmallPackage } from './package-copy.js';

const KOREA_1980_EXPORTS = 'korea-commission-2005@0090926';

describe('diff', () => {
  it('finds nothing between two copies of a package', async () => {
    const report = await diff(copyPackage(), copyPackage());
    expect(report).toMatchObject({ bump: 'none', schema: [], files: [], metadata: [], reasons: [] });
    expect(report.tables.every((table) => !table.added.length && !table.removed.length && !table.changed.length)).toBe(true);
    expect(formatDiff(report)).toContain('no difference: no release needed');
  });

  it('lists changed values by key, field by field; a changed value is minor, a changed note patch', async () => {
    const [before, after] = [copyPackage(), copyPackage()];
    editFile(after, 'dist/observations.csv', (text) => text.replace(/^(korea-commission-2005@0090926,.*?),44700000,USD,exact,1000000,www\.kotis\.net,$/m, '$1,44800000,USD,exact,1000000,www.kotis.net,a note'));
    const report = await diff(before, after);
    const observations = report.tables.find((table) => table.resource === 'observations')!;
    expect(observations.key).toEqual(['obs_id']);
    expect(observations.changed).toEqual([{ key: KOREA_1980_EXPORTS, fields: [{ field: 'value', from: 44700000, to: 44800000 }, { field: 'note', from: null, to: 'a note' }] }]);
    expect(observations.changedFields).toEqual({ value: 1, note: 1 });
    expect(report.bump).toBe('minor');
    expect(report.reasons).toEqual(['minor: observations: values changed in value', 'patch: observations: text changed in note']);
    expect(formatDiff(report)).toContain(`observations ${KOREA_1980_EXPORTS}: value 44700000 → 44800000; note null → "a note"`);
  });

  it('compares list cells item by item, and calls a string field turned list a major change', async () => {
    const [before, after] = [copyPackage(), copyPackage()];
    const report = await diff(before, before);
    expect(report.tables.find((table) => table.resource === 'events')!.changed).toEqual([]);
    editFile(after, 'dist/events.csv', (text) => text.replace(',diplomatic_relations,CHN;MEX,', ',diplomatic_relations,CHN;MEX;TWN,'), { rehash: true });
    const changed = (await diff(before, after)).tables.find((table) => table.resource === 'events')!;
    expect(changed.changed).toEqual([{ key: 'china-2023@0000256e1', fields: [{ field: 'entities', from: ['CHN', 'MEX'], to: ['CHN', 'MEX', 'TWN'] }] }]);
    const asString = copyPackage();
    editDescriptor(asString, (descriptor) => {
      const field = descriptor.resources.find((resource) => resource.name === 'events')!.schema!.fields.find((candidate) => candidate.name === 'entities')!;
      delete field.delimiter;
      delete field.itemType;
      field.type = 'string';
    });
    const retyped = await diff(asString, before);
    expect(retyped.schema).toEqual([{ resource: 'events', change: 'field-changed', field: 'entities', from: 'string minLength=1 required=true', to: 'list<string> delimiter=";" minLength=1 required=true', additive: false }]);
    expect(retyped.bump).toBe('major');
  });

  it('calls rows added a patch, and rows removed minor', async () => {
    const root = writeSmallPackage();
    const added = writeSmallPackage();
    editFile(added, 'dist/places.csv', (text) => `${text}JPN,Japan,country\n`);
    expect(await diff(root, added)).toMatchObject({ bump: 'patch', nextVersion: '1.0.1', tables: [{ resource: 'places', added: ['JPN'], removed: [] }, { resource: 'figures' }] });
    const removed = writeSmallPackage();
    editFile(removed, 'dist/figures.csv', (text) => text.replace('f2,KOR,-3.5,\n', ''));
    expect(await diff(root, removed)).toMatchObject({ bump: 'minor', nextVersion: '1.1.0', tables: [{ resource: 'places' }, { resource: 'figures', removed: ['f2'] }] });
  });

  it('calls a removed or retyped field or a changed key major, and an added table or field minor', async () => {
    const root = writeSmallPackage();
    const retyped = writeSmallPackage((descriptor) => {
      descriptor.resources[1]!.schema!.fields[3]!.type = 'string';
      descriptor.resources[0]!.schema!.primaryKey = ['name'];
    });
    const changes = await diff(root, retyped);
    expect(changes.schema).toEqual([
      { resource: 'places', change: 'primary-key-changed', from: 'id', to: 'name', additive: false },
      { resource: 'figures', change: 'field-changed', field: 'share', from: 'number maximum=1 minimum=0', to: 'string maximum=1 minimum=0', additive: false },
    ]);
    expect(changes).toMatchObject({ bump: 'major', nextVersion: '2.0.0' });
    const grown = writeSmallPackage((descriptor) => {
      descriptor.resources[0]!.schema!.fields.push({ name: 'iso2', type: 'string' });
      descriptor.resources.push({ ...descriptor.resources[0]!, name: 'places_again' });
    });
    editFile(grown, 'dist/places.csv', (text) => text.replace('id,name,kind\n', 'id,name,kind,iso2\n').replace(/country\n/g, 'country,\n'));
    const additions = await diff(root, grown);
    expect(additions.schema.map((change) => `${change.change} ${change.resource}${change.field ? `.${change.field}` : ''}`)).toEqual(['field-added places.iso2', 'table-added places_again']);
    expect(additions.bump).toBe('minor');
    expect((await diff(grown, root)).bump).toBe('major');
  });

  it('notices changed raw texts and descriptor metadata', async () => {
    const [before, after] = [copyPackage(), copyPackage()];
    editFile(after, 'raw/china-2023.txt', (text) => `${text}\n`, { rehash: true });
    editDescriptor(after, (descriptor) => {
      descriptor.title = 'Another title';
    });
    const report = await diff(before, after);
    expect(report.files).toEqual([{ resource: 'raw-china-2023', change: 'changed' }]);
    expect(report.metadata).toEqual(['title']);
    expect(report.bump).toBe('minor');
  });

  it('opens a tarball from npm pack, and a datapackage.json', async () => {
    const work = tempDir('mfr-tarball-');
    cpSync(copyPackage(), join(work, 'package'), { recursive: true });
    execFileSync('tar', ['-czf', join(work, 'old.tgz'), '-C', work, 'package']);
    const report = await diff(join(work, 'old.tgz'), join(copyPackage(), 'datapackage.json'));
    expect(report.bump).toBe('none');
    expect(report.tables.find((table) => table.resource === 'observations')).toMatchObject({ added: [], removed: [], changed: [] });
  });

  it('refuses what is no package, with a typed error', async () => {
    await expect(diff(join(tmpdir(), 'no-such-package'), copyPackage())).rejects.toMatchObject({ code: 'PACKAGE_UNREADABLE' });
  });
});

describe('nextVersion', () => {
  it('applies a bump to x.y.z', () => {
    expect(['major', 'minor', 'patch', 'none'].map((bump) => nextVersion('0.1.0', bump as 'major'))).toEqual(['1.0.0', '0.2.0', '0.1.1', '0.1.0']);
    expect(nextVersion('1.0.0-beta', 'minor')).toBeNull();
  });
});
