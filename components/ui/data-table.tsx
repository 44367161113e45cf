import type { ReactNode } from "react";

export type Column<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The column that names the row, announced by screen readers for each cell. */
  rowHeader?: boolean;
  className?: string;
};

type Props<T> = {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  rowClassName?: (row: T) => string;
};

/** The staff area's tables: a caption for screen readers, scoped headers, scrolling sideways on a phone. */
export function DataTable<T>({ caption, columns, rows, rowKey, rowClassName }: Props<T>) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {columns.map((column, i) => (
              <th key={i} scope="col" className="p-2">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`border-b border-slate-300 align-top ${rowClassName?.(row) ?? ""}`}>
              {columns.map((column, i) =>
                column.rowHeader ? (
                  <th key={i} scope="row" className={`p-2 text-left ${column.className ?? ""}`}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={`p-2 ${column.className ?? ""}`}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
