/** Kept apart from the rule catalogue: the data layer needs the edition, not the rules. */

/**
 * The edition of the rules. Raise it whenever a rule is added, dropped or changes what it
 * finds: stored readiness counts found with an older edition are checked again, once, in the
 * background (features/readiness).
 * 1: the first rules (validation.md); 2: the corridor's regimes (corridor.md); 3: invisible and
 * control characters in text (text.control-character).
 */
export const RULES_VERSION = 3
