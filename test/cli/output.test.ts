import { afterEach, describe, expect, it, vi } from 'vitest';
import { paintSeverities, table, useColour } from '../../src/cli/_internal/output.js';

describe('CLI output', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('colours only a terminal, and never with NO_COLOR or a dumb terminal', () => {
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('TERM', 'xterm-256color');
    expect(useColour({ isTTY: true })).toBe(true);
    expect(useColour({ isTTY: false })).toBe(false);
    expect(useColour({})).toBe(false);
    vi.stubEnv('NO_COLOR', '1');
    expect(useColour({ isTTY: true })).toBe(false);
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('TERM', 'dumb');
    expect(useColour({ isTTY: true })).toBe(false);
  });

  it('colours the severity words of a report, and nothing when off', () => {
    const report = 'Plan\n  error    tally.mismatch  x\n  warning  a.b  y\n  info     c.d  z\n';
    expect(paintSeverities(false, report)).toBe(report);
    expect(paintSeverities(true, report)).toBe(
      'Plan\n  \u001b[31merror\u001b[0m    tally.mismatch  x\n  \u001b[33mwarning\u001b[0m  a.b  y\n  \u001b[36minfo\u001b[0m     c.d  z\n',
    );
  });

  it('aligns table columns, numbers to the right', () => {
    expect(
      table(
        [
          ['Rec', 'left'],
          ['Days', 'right'],
        ],
        [
          ['1', '240'],
          ['10', '7'],
        ],
      ),
    ).toBe('Rec  Days\n---  ----\n1     240\n10      7');
  });
});
