import { constants, PerformanceObserver } from "node:perf_hooks";
import { describe, expect, it } from "vitest";

import { exportSent } from "@/lib/core/release-buffers";

/** Resolves with the number of full collections V8 finished within `ms`. */
function majorCollectionsWithin(ms: number, act: () => void): Promise<number> {
  return new Promise((resolve) => {
    let majors = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const { detail } = entry as unknown as { detail?: { kind?: number } };
        if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors += 1;
      }
    });
    observer.observe({ entryTypes: ["gc"] });
    act();
    setTimeout(() => {
      observer.disconnect();
      resolve(majors);
    }, ms);
  });
}

describe("exports release the buffers they pass through", () => {
  it("starts a full collection once 2 MB have been sent", async () => {
    // 200 small batches, as a large export sends them: nothing else here allocates enough for a full collection.
    const majors = await majorCollectionsWithin(1_000, () => {
      for (let i = 0; i < 200; i++) exportSent(16 * 1024);
    });
    expect(majors).toBeGreaterThanOrEqual(1);
  });
});
