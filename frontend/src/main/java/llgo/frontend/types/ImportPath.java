/*
 * The import path of an import declaration, validated as types2 validates it
 * (cmd/compile/internal/types2/resolver.go validatedImportPath): the string literal's
 * value must be non-empty and made of graphic, non-space characters other than
 * !"#$%&'()*,:;<=>?[\]^{|}` and U+FFFD.
 */
package llgo.frontend.types;

import llgo.frontend.constant.ConstOps;
import llgo.frontend.constant.Value;

public final class ImportPath {
    private ImportPath() {}

    private static final String ILLEGAL = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";

    /** The path a literal denotes, or null when it is invalid. */
    public static String of(String literal) {
        return problem(literal) == null ? ((Value.Str) ConstOps.parseQuoted(literal, false)).utf8() : null;
    }

    /** Why the literal is no valid import path ("empty string", "invalid character U+0020 ' '"), or null. */
    public static String problem(String literal) {
        if (!(ConstOps.parseQuoted(literal, false) instanceof Value.Str s)) return "invalid syntax";
        if (s.bytes().isEmpty()) return "empty string";
        String path = s.utf8();
        for (int i = 0; i < path.length(); ) {
            int r = path.codePointAt(i);
            i += Character.charCount(r);
            if (!isGraphic(r) || Character.isWhitespace(r) || Character.isSpaceChar(r) || ILLEGAL.indexOf(r) >= 0) {
                String hex = String.format("U+%04X", r);
                return "invalid character " + (isGraphic(r) ? hex + " '" + Character.toString(r) + "'" : hex);
            }
        }
        return null;
    }

    /** Go's unicode.IsGraphic: letters, marks, numbers, punctuation, symbols and spaces (Zs). */
    private static boolean isGraphic(int r) {
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.SPACE_SEPARATOR -> true;
            default -> false;
        };
    }
}
