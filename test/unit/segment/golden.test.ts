import { describe, expect, it } from "vitest";
import { goldenAvailable, GOLDEN_PATH, scoreGolden } from "./golden.js";

// Raise this when the score improves; the test then guards against regressions.
const ACHIEVED = 52;

describe.skipIf(!goldenAvailable())(`Golden Rules (${GOLDEN_PATH})`, () => {
  it(`passes at least ${ACHIEVED} of 52 rules`, () => {
    const results = scoreGolden();
    const failed = results.filter((r) => !r.pass);
    for (const f of failed) {
      console.log(
        `FAIL #${f.rule.id} ${f.rule.name}\n  want: ${JSON.stringify(f.rule.expected)}\n  got:  ${JSON.stringify(f.actual)}`,
      );
    }
    const score = results.length - failed.length;
    console.log(`Golden Rules: ${score}/${results.length}`);
    expect(results.length).toBe(52);
    expect(score).toBeGreaterThanOrEqual(ACHIEVED);
  });
});
