/*
 * The line protocol between the conformance supervisor and an llgo worker process.
 * Fields are separated by tabs; backslash, tab, newline and carriage return inside a field
 * are escaped (\\ \t \n \r). Requests (worker standard input), one per mode:
 *     build <id> <output> <file>...     build an executable at <output> (run cases)
 *     compile <id> <file>...            compile the package alone, as go tool compile -e
 *                                       does (compile and errorcheck cases)
 * Answers (worker standard output) start with a marker, so that anything else a native
 * library prints on standard output is recognised as noise:
 *     @@llgo-conformance@@ ready
 *     @@llgo-conformance@@ <id> ok|error|crash <message>...
 */
package llgo.tests.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class WorkerProtocol {
    static final String MARKER = "@@llgo-conformance@@";
    static final String READY = MARKER + "\tready";

    enum Status { OK, ERROR, CRASH }

    /** What the worker does with a request's files; the request word is the lower-case name. */
    enum Mode {
        /** llgo.build.Compiler.build: link an executable, as a run case needs. */
        BUILD,
        /** llgo.build.Compiler.compilePackage: no link, any package name, every error. */
        COMPILE;

        static Mode of(JudgedAction action) {
            return switch (action) {
                case RUN -> BUILD;
                case COMPILE, ERRORCHECK -> COMPILE;
            };
        }

        String word() {
            return name().toLowerCase();
        }
    }

    /**
     * @param output where a BUILD writes the executable; empty for COMPILE
     * @param files  the package's files; not empty
     */
    record Request(long id, Mode mode, String output, List<String> files) {
        Request {
            files = List.copyOf(files);
            if (files.isEmpty() || (mode == Mode.BUILD) == output.isEmpty()) {
                throw new IllegalArgumentException("malformed " + mode.word() + " request");
            }
        }

        static Request build(long id, String output, List<String> files) {
            return new Request(id, Mode.BUILD, output, files);
        }

        static Request compile(long id, List<String> files) {
            return new Request(id, Mode.COMPILE, "", files);
        }
    }

    record Answer(long id, Status status, List<String> messages) {}

    private WorkerProtocol() {
    }

    static String encode(Request request) {
        List<String> fields = new ArrayList<>(List.of(request.mode().word(), Long.toString(request.id())));
        if (request.mode() == Mode.BUILD) {
            fields.add(request.output());
        }
        fields.addAll(request.files());
        return join(fields);
    }

    /** @return the request, or empty for a line that is not a well-formed one */
    static Optional<Request> decodeRequest(String line) {
        List<String> fields = split(line);
        if (fields.size() < 3) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(fields.get(1));
            return switch (fields.get(0)) {
                case "build" -> fields.size() < 4 ? Optional.empty()
                        : Optional.of(Request.build(id, fields.get(2), fields.subList(3, fields.size())));
                case "compile" -> Optional.of(Request.compile(id, fields.subList(2, fields.size())));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String encode(Answer answer) {
        List<String> fields = new ArrayList<>(List.of(MARKER, Long.toString(answer.id()),
                answer.status().name().toLowerCase()));
        fields.addAll(answer.messages());
        return join(fields);
    }

    /** @return the answer, or empty for a line that is not one (noise, or the ready line) */
    static Optional<Answer> decodeAnswer(String line) {
        List<String> fields = split(line);
        if (fields.size() < 3 || !fields.get(0).equals(MARKER)) {
            return Optional.empty();
        }
        try {
            Status status = Status.valueOf(fields.get(2).toUpperCase());
            return Optional.of(new Answer(Long.parseLong(fields.get(1)), status, fields.subList(3, fields.size())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String join(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append('\t');
            }
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
        return line.toString();
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
