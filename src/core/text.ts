/** Lower case, punctuation and line breaks to single spaces ("Jumlah  Dokumen-RKA." → "jumlah dokumen rka"); "%" is kept. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}
