/**
 * Leaves at once for an ordinary site, for someone who must not be seen on
 * this page; a plain link, so it works without JavaScript.
 */
export function QuickExit({ label }: { label: string }) {
  return (
    <a
      href="https://www.baidu.com/s?wd=%E5%A4%A9%E6%B0%94"
      rel="noreferrer"
      className="no-print fixed right-2 bottom-2 z-40 rounded bg-red-700 px-4 py-3 font-bold text-white no-underline shadow-lg hover:bg-red-800 hover:text-white sm:top-2 sm:bottom-auto"
    >
      {label}
    </a>
  );
}
