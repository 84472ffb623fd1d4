#!/usr/bin/env node
import { run } from './program.js';

// `mfr explain … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

await run(process.argv.slice(2));
