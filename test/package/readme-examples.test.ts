import { describe, expect, it } from 'vitest';
import { matchesShown, readmeExamples } from './readme-examples.js';

describe('readmeExamples', () => {
  it('finds the program, its output and the CLI runs of the README section', () => {
    const examples = readmeExamples();
    expect(examples.program).toContain("from 'mexico-foreign-relations'");
    expect(examples.programOutput.split('\n')[0]).toMatch(/years of Korea's exports/);
    expect(examples.runs.map((run) => run.command.split(' ').slice(0, 2).join(' '))).toEqual(expect.arrayContaining(['mfr explain', 'mfr build']));
  });
});

describe('matchesShown', () => {
  const actual = ['a', 'b', 'c', 'd', 'e'];

  it('matches shown lines in order, … for lines left out', () => {
    expect(matchesShown(actual, actual)).toBe(true);
    expect(matchesShown(actual, ['a', '…', 'c', 'd', '…'])).toBe(true);
    expect(matchesShown(actual, ['…', 'e'])).toBe(true);
    expect(matchesShown(actual, ['a', 'b', '…'])).toBe(true);
  });

  it('refuses lines out of order, missing, extra or apart', () => {
    expect(matchesShown(actual, ['a', 'b'])).toBe(false);
    expect(matchesShown(actual, ['b', '…'])).toBe(false);
    expect(matchesShown(actual, ['a', '…', 'd', 'c', '…'])).toBe(false);
    expect(matchesShown(actual, ['a', '…', 'c', 'e'])).toBe(false);
    expect(matchesShown(actual, ['a', '…', 'x', '…'])).toBe(false);
  });
});
