export function dataVersion(): number;
export function dataChanged(): void;
