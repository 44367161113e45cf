import { describe, expect, it } from "vitest";

import { addRow, emptyTotals, figuresOf, histogramMedian, medianOf } from "@/domain/statistics/figures";
import { addMonths, monthOf, monthsBetween } from "@/domain/statistics/months";
import { cell } from "@/domain/statistics/table";

describe("statistics figures", () => {
  it("take the median from a histogram: the middle value, or the mean of the two middle ones", () => {
    expect(histogramMedian({})).toBeNull();
    expect(histogramMedian({ "3": 1 })).toBe(3);
    expect(medianOf([18, 3, 1, 8, 0, 24])).toBe(5.5);
    expect(medianOf([2, 5, 2, 2, 2])).toBe(2);
    expect(histogramMedian({ "10": 2, "1": 1 })).toBe(10);
  });

  it("add months up so the median of the whole span is exact", () => {
    const a = { ...emptyTotals(), requests: 3, firstResponseHours: { "1": 2, "9": 1 } };
    const b = { ...emptyTotals(), requests: 3, firstResponseHours: { "4": 1, "9": 2 } };
    const total = addRow(addRow(emptyTotals(), a), b);
    expect(total.firstResponseHours).toEqual({ "1": 2, "4": 1, "9": 3 });
    expect(histogramMedian(total.firstResponseHours)).toBe(medianOf([1, 1, 9, 4, 9, 9]));
  });

  it("suppress counts of 1 to 4 and rates or medians on fewer than 5, but not zeros", () => {
    const small = figuresOf({ ...emptyTotals(), requests: 4, due: 4, onTime: 4, rated: 3, satisfied: 3, firstResponseHours: { "2": 4 } });
    expect(small.requests).toBeNull();
    expect(small.onTime).toEqual({ value: null, of: null });
    expect(small.firstResponseHours).toEqual({ value: null, of: null });
    expect(cell(small, "requests")).toBe("<5");
    const none = figuresOf(emptyTotals());
    expect(none.requests).toBe(0);
    expect(cell(none, "onTime")).toBe("–");
    const enough = figuresOf({ ...emptyTotals(), requests: 8, due: 8, onTime: 7, resolved: 8, rated: 5, satisfied: 4 });
    expect(cell(enough, "onTime")).toBe("87.5");
    expect(cell(enough, "satisfaction")).toBe("80.0");
    expect(cell(enough, "rated")).toBe("62.5");
  });

  it("average open-door ratings over their three scores, to one decimal, from five ratings", () => {
    expect(figuresOf({ ...emptyTotals(), evaluations: 4, evaluationPoints: 60 }).evaluation).toEqual({ value: null, of: null });
    const rated = figuresOf({ ...emptyTotals(), evaluations: 7, evaluationPoints: 80 });
    // 80 points over 21 scores: 3.8095…
    expect(rated.evaluation).toEqual({ value: 3.8, of: 7 });
    expect(cell(rated, "evaluation")).toBe("3.8");
    expect(cell(figuresOf({ ...emptyTotals(), evaluations: 5, evaluationPoints: 75 }), "evaluation")).toBe("5.0");
    expect(cell(figuresOf(emptyTotals()), "evaluation")).toBe("–");
  });

  it("count months in local time (UTC+8)", () => {
    expect(monthOf(new Date("2026-03-31T16:30:00Z"))).toBe("2026-04");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 13)).toBe("2027-01");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});
