"use client";

import { useEffect, useRef } from "react";

type ErrorSummaryProps = {
  title: string;
  errors: { field: string; message: string }[];
  /**
   * Changes with each attempt to send the form: the summary takes focus then,
   * not while errors come and go as the user types. Without it, focus is taken
   * whenever the list is given anew.
   */
  attempt?: string;
};

/** Lists every problem at the top of a form, each linking to its field; takes focus when shown. */
export function ErrorSummary({ title, errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const focusOn = attempt ?? errors;
  useEffect(() => {
    ref.current?.focus();
  }, [focusOn]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-red-700 p-4 focus:outline-none focus:ring-4 focus:ring-amber-400"
    >
      <h2 id="error-summary-title" className="mb-2 text-lg font-bold">
        {title}
      </h2>
      <ul className="list-none space-y-1">
        {errors.map(({ field, message }) => (
          <li key={field}>
            {field === "form" ? (
              <span className="font-semibold text-red-700">{message}</span>
            ) : (
              <a href={`#${field}`} className="font-semibold text-red-700 underline">
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
