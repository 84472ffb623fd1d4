import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp-dir.js';

// A setup file's hooks apply to every test file: each removes the directories it took from tempDir().
afterAll(removeTempDirs);
