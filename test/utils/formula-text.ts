import fc from "fast-check";

/**
 * Formula-like text for property tests of the formula scanners: the characters where shapes could
 * differ, mixed with words, references and the `pieces` a test cares about.
 */
export function formulaText(pieces: string[]): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "$",
          "'",
          "''",
          '"',
          '""',
          "!",
          "_",
          ".",
          ":",
          "(",
          ")",
          ",",
          " ",
          "&",
          "=",
          "1",
          "7",
          "a",
        ),
        fc.constantFrom(...pieces),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 24 },
    )
    .map((parts) => `=${parts.join("")}`);
}
