import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageDescriptor, ResourceDescriptor } from '../../src/descriptor.js';
import { packageRoot } from '../../src/package-root.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The files of a built package: what the loader, validate and diff read. */
const PACKAGE_FILES = ['datapackage.json', 'dist', 'raw'];

/** A throw-away copy of the built package, to edit into the cases a test needs. */
export function copyPackage(): string {
  const root = tempDir('mfr-package-');
  for (const file of PACKAGE_FILES) cpSync(join(packageRoot(), file), join(root, file), { recursive: true });
  return root;
}

export function readJson(root: string): PackageDescriptor {
  return JSON.parse(readFileSync(join(root, 'datapackage.json'), 'utf8')) as PackageDescriptor;
}

export function editDescriptor(root: string, edit: (descriptor: PackageDescriptor) => void): void {
  const descriptor = readJson(root);
  edit(descriptor);
  writeFileSync(join(root, 'datapackage.json'), `${JSON.stringify(descriptor, null, 2)}\n`);
}

/** Rewrites a file of the copy; with `rehash`, the descriptor states its new size and sha256, as a build would. */
export function editFile(root: string, path: string, edit: (text: string) => string, options: { rehash?: boolean } = {}): void {
  const text = edit(readFileSync(join(root, path), 'utf8'));
  writeFileSync(join(root, path), text);
  if (!options.rehash) return;
  editDescriptor(root, (descriptor) => {
    const resource = descriptor.resources.find((candidate) => candidate.path === path)!;
    resource.bytes = Buffer.byteLength(text);
    resource.hash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  });
}

/** Drops resources from the copy's descriptor (the files stay, unlisted). */
export function dropResources(root: string, names: readonly string[]): void {
  editDescriptor(root, (descriptor) => {
    descriptor.resources = descriptor.resources.filter((resource) => !names.includes(resource.name));
  });
}

/** A small package written from scratch, with true sizes and hashes: valid unless a test breaks it. */
export function writeSmallPackage(edit: (descriptor: PackageDescriptor) => void = () => {}): string {
  const root = tempDir('mfr-small-');
  mkdirSync(join(root, 'dist'));
  const files: Record<string, string> = {
    'dist/places.csv': 'id,name,kind\nMEX,Mexico,country\nKOR,Korea,country\n',
    'dist/figures.csv': 'id,place,value,share\nf1,MEX,10,0.5\nf2,KOR,-3.5,\n',
  };
  const resource = (name: string, path: string, schema: ResourceDescriptor['schema']): ResourceDescriptor => {
    writeFileSync(join(root, path), files[path]!);
    return { name, type: 'table', path, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', bytes: Buffer.byteLength(files[path]!), hash: `sha256:${createHash('sha256').update(files[path]!).digest('hex')}`, schema };
  };
  const descriptor: PackageDescriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'small',
    version: '1.0.0',
    resources: [
      resource('places', 'dist/places.csv', { fields: [{ name: 'id', type: 'string', constraints: { required: true, pattern: '[A-Z]{3}' } }, { name: 'name', type: 'string' }, { name: 'kind', type: 'string', constraints: { enum: ['country', 'aggregate'] } }], missingValues: [''], primaryKey: ['id'] }),
      resource('figures', 'dist/figures.csv', {
        fields: [{ name: 'id', type: 'string', constraints: { required: true } }, { name: 'place', type: 'string' }, { name: 'value', type: 'number', constraints: { required: true } }, { name: 'share', type: 'number', constraints: { minimum: 0, maximum: 1 } }],
        missingValues: [''],
        primaryKey: ['id'],
        foreignKeys: [{ fields: ['place'], reference: { resource: 'places', fields: ['id'] } }],
      }),
    ],
  };
  edit(descriptor);
  writeFileSync(join(root, 'datapackage.json'), JSON.stringify(descriptor, null, 2));
  return root;
}
