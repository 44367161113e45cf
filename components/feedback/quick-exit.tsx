/**
 * Leaves at once for an ordinary site, for someone who must not be seen on
 * this page; a plain link, so it works without JavaScript. On a phone it is
 * a bar at the top of the page that stays in view: a button fixed over the
 * page hid what lay under it (the receipt's QR code). From the sm width it
 * sits in the top right corner, beside the header.
 */
export function QuickExit({ label }: { label: string }) {
  return (
    <a
      href="https://www.baidu.com/s?wd=%E5%A4%A9%E6%B0%94"
      rel="noreferrer"
      className="no-print sticky top-0 z-40 -mx-4 -mt-6 mb-4 block bg-red-700 px-4 py-3 text-center font-bold text-white no-underline shadow-lg hover:bg-red-800 hover:text-white sm:fixed sm:top-2 sm:right-2 sm:mx-0 sm:mt-0 sm:mb-0 sm:rounded"
    >
      {label}
    </a>
  );
}
