/*
 * The argument rules of the //go:cgo_* directives (cmd/compile/internal/noder/lex.go,
 * pragcgo and pragmaFields), in gc's wording.
 */
package llgo.frontend.load;

import java.util.ArrayList;
import java.util.List;

final class CgoDirective {
    private CgoDirective() {}

    /** gc's usage message when the directive's arguments do not fit it, else null. */
    static String usage(String text) {
        List<String> f = fields(text);
        String verb = f.get(0).substring("go:".length());
        int n = f.size();
        return switch (verb) {
            case "cgo_export_static", "cgo_export_dynamic" ->
                    n == 2 && !quoted(f.get(1)) || n == 3 && !quoted(f.get(1)) && !quoted(f.get(2))
                            ? null : "usage: //go:" + verb + " local [remote]";
            case "cgo_import_dynamic" ->
                    n == 2 && !quoted(f.get(1)) || n == 3 && !quoted(f.get(1)) && !quoted(f.get(2))
                            || n == 4 && !quoted(f.get(1)) && !quoted(f.get(2)) && quoted(f.get(3))
                            ? null : "usage: //go:cgo_import_dynamic local [remote [\"library\"]]";
            case "cgo_import_static" -> n == 2 && !quoted(f.get(1)) ? null : "usage: //go:cgo_import_static local";
            case "cgo_dynamic_linker" -> n == 2 && quoted(f.get(1)) ? null : "usage: //go:cgo_dynamic_linker \"path\"";
            case "cgo_ldflag" -> n == 2 && quoted(f.get(1)) ? null : "usage: //go:cgo_ldflag \"arg\"";
            default -> null;
        };
    }

    /** Whether gc's "only allowed in cgo-generated code" check applies (a full cgo_import_dynamic is exempt). */
    static boolean restricted(String text) {
        List<String> f = fields(text);
        return !(f.get(0).equals("go:cgo_import_dynamic") && f.size() >= 4);
    }

    private static boolean quoted(String s) {
        return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"';
    }

    /** gc's pragmaFields: split at white space, a double-quoted region being one field. */
    static List<String> fields(String s) {
        List<String> a = new ArrayList<>();
        boolean inQuote = false;
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                if (inQuote) {
                    inQuote = false;
                    a.add(s.substring(start, i + 1));
                    start = -1;
                } else {
                    inQuote = true;
                    if (start >= 0) a.add(s.substring(start, i));
                    start = i;
                }
            } else if (!inQuote && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                if (start >= 0) a.add(s.substring(start, i));
                start = -1;
            } else if (start == -1) {
                start = i;
            }
        }
        if (!inQuote && start >= 0) a.add(s.substring(start));
        return a;
    }
}
