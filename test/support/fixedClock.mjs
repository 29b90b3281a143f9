// Fixes the clock of a Node process at the instant named by the environment variable
// ACTION_PLAN_TEST_NOW (ISO 8601, such as 2026-07-14T23:30:00Z), for tests that run the built
// command and need "now" to be a known instant. Loaded before the program with
// `node --import <this file's URL>`: the command itself has no setting for its clock and reads the
// real one, so nothing in the package exists only for its tests.
const now = Date.parse(process.env.ACTION_PLAN_TEST_NOW ?? '');
if (Number.isNaN(now)) throw new Error('ACTION_PLAN_TEST_NOW must be an instant such as 2026-07-14T23:30:00Z');

class FixedDate extends Date {
  constructor(...args) {
    if (args.length === 0) super(now);
    else super(...args);
  }

  static now() {
    return now;
  }
}

globalThis.Date = FixedDate;
