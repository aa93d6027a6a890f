/**
 * A file name safe in a `content-disposition` header and on any disk: the letters, digits, dots and dashes
 * of `name` (accents dropped, anything else a dash), cut to `maxLength`; `fallback` when nothing is left.
 */
export function safeFilename(name: string, options: { readonly fallback: string; readonly maxLength: number }): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, options.maxLength);
  return stem.length > 0 ? stem : options.fallback;
}
