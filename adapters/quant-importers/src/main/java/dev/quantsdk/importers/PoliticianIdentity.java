package dev.quantsdk.importers;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.Chamber;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Who filed a disclosure, and the natural key that de-duplicates politicians.
 *
 * <p>The natural key is {@code CHAMBER:normalised name}. The name is normalised by: removing
 * accents (NFD), lower-casing, dropping quoted or parenthesised nicknames ({@code "Chuck"},
 * {@code (Tj)}), dropping dots and apostrophes, turning other punctuation into spaces, dropping
 * honorifics and credentials anywhere ({@code hon, honorable, mr, mrs, ms, miss, dr, md, facs, phd,
 * sen, senator, rep}), generational suffixes ({@code jr, sr, ii, iii, iv}) and a leading
 * {@code none} (a scrape artefact for a missing title), then collapsing spaces. So "Hon. James E
 * Hon Banks" and "Hon. James E. Banks" are one politician, and "SUSAN M COLLINS" is "Susan M
 * Collins". Where a Bioguide id is known, the writer matches on it first. Immutable and
 * thread-safe.
 *
 * @param chamber the chamber
 * @param fullName the name for display: as given, white space collapsed, leading titles removed
 * @param naturalKey the de-duplication key, {@code CHAMBER:normalised name}
 * @param state the two-letter state, when known (House: from the district code)
 * @param district the House district code such as {@code NC05}, when known
 * @param bioguideId the Bioguide id, when known
 */
public record PoliticianIdentity(
    Chamber chamber,
    String fullName,
    String naturalKey,
    Optional<String> state,
    Optional<String> district,
    Optional<String> bioguideId) {

  private static final Set<String> DROPPED_WORDS = Set.of(
      "hon", "honorable", "mr", "mrs", "ms", "miss", "dr", "md", "facs", "phd", "sen", "senator",
      "rep", "jr", "sr", "ii", "iii", "iv");
  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  private static final Pattern NICKNAMES = Pattern.compile("\"[^\"]*\"|\\([^)]*\\)");
  private static final Pattern DOTS = Pattern.compile("[.'’]");
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9 ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_TITLES =
      Pattern.compile("^(?:(?:hon|honorable|mr|mrs|ms|miss|dr|none|senator|sen|rep)\\.?\\s+)+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DISTRICT = Pattern.compile("([A-Za-z]{2})[0-9]{0,2}");

  /**
   * Validates the identity.
   *
   * @throws IllegalArgumentException if a name or key is blank, the state is not two letters, or a
   *     name or key exceeds its column (200 and 300 characters)
   */
  public PoliticianIdentity {
    ArgChecker.notNull(chamber, "chamber");
    ArgChecker.notBlank(fullName, "fullName");
    ArgChecker.notBlank(naturalKey, "naturalKey");
    ArgChecker.notNull(state, "state");
    ArgChecker.notNull(district, "district");
    ArgChecker.notNull(bioguideId, "bioguideId");
    ArgChecker.isTrue(fullName.length() <= 200, "politician name longer than 200 characters: '%s'",
        fullName);
    ArgChecker.isTrue(naturalKey.length() <= 300, "politician key longer than 300 characters: '%s'",
        naturalKey);
    state.ifPresent(s -> ArgChecker.isTrue(s.length() == 2, "state must be 2 letters but was '%s'", s));
    district.ifPresent(d -> ArgChecker.isTrue(d.length() <= 10,
        "district longer than 10 characters: '%s'", d));
    bioguideId.ifPresent(b -> ArgChecker.isTrue(b.length() <= 16,
        "bioguide id longer than 16 characters: '%s'", b));
  }

  /**
   * Builds the identity of a filer from the names as given.
   *
   * @param chamber the chamber
   * @param name the full name as given
   * @param district the House district code as given, empty when unknown
   * @param bioguideId the Bioguide id as given, empty when unknown
   * @return the identity
   * @throws IllegalArgumentException if the name has no letters left after normalisation, or the
   *     district or Bioguide id is malformed
   */
  public static PoliticianIdentity of(Chamber chamber, String name, String district,
      String bioguideId) {
    String normalised = normaliseName(name);
    ArgChecker.isTrue(!normalised.isEmpty(), "politician name '%s' has no name left once titles are"
        + " removed", name);
    String display = LEADING_TITLES.matcher(SPACES.matcher(name).replaceAll(" ").trim()).replaceFirst("");
    if (display.isEmpty()) {
      display = normalised;
    }
    String cleanDistrict = district.trim().toUpperCase(Locale.ROOT);
    Optional<String> state = Optional.empty();
    if (!cleanDistrict.isEmpty()) {
      ArgChecker.isTrue(DISTRICT.matcher(cleanDistrict).matches(),
          "district '%s' is not a state code with an optional number such as 'NC05'", district);
      state = Optional.of(cleanDistrict.substring(0, 2));
    }
    String cleanBioguide = bioguideId.trim().toUpperCase(Locale.ROOT);
    return new PoliticianIdentity(chamber, display, chamber.name() + ":" + normalised, state,
        cleanDistrict.isEmpty() ? Optional.empty() : Optional.of(cleanDistrict),
        cleanBioguide.isEmpty() ? Optional.empty() : Optional.of(cleanBioguide));
  }

  /**
   * Normalises a name as described in the type's documentation.
   *
   * @param name the name as given
   * @return the normalised name, possibly empty
   */
  public static String normaliseName(String name) {
    String s = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    s = NICKNAMES.matcher(s).replaceAll(" ");
    s = DOTS.matcher(s).replaceAll("");
    s = OTHER.matcher(s).replaceAll(" ");
    StringJoiner words = new StringJoiner(" ");
    boolean first = true;
    for (String word : SPACES.split(s.trim())) {
      if (word.isEmpty() || DROPPED_WORDS.contains(word) || (first && word.equals("none"))) {
        continue;
      }
      first = false;
      words.add(word);
    }
    return words.toString();
  }
}
