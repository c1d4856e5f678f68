package vn.ptdv.platform.imports;

import java.util.List;

/**
 * One column of an import kind: the field it fills, its Vietnamese header as written in templates and exports, other
 * headers users write for it, whether the column must be present, a sample value for the template, and the allowed
 * values of a coded column (a drop-down list in the template; empty for free text).
 */
public record Column(String field, String header, List<String> aliases, boolean required, String example, List<String> choices) {

    public Column {
        aliases = List.copyOf(aliases);
        choices = List.copyOf(choices);
    }

    public static Column required(String field, String header, String example, String... aliases) {
        return new Column(field, header, List.of(aliases), true, example, List.of());
    }

    public static Column optional(String field, String header, String example, String... aliases) {
        return new Column(field, header, List.of(aliases), false, example, List.of());
    }

    /** The same column with a list of allowed values. */
    public Column withChoices(List<String> values) {
        return new Column(field, header, aliases, required, example, values);
    }

    /** Whether a header cell names this column, written in any case, with or without diacritics or spaces. */
    public boolean matches(String headerCell) {
        String key = HeaderNames.key(headerCell);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(HeaderNames.key(header))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> key.equals(HeaderNames.key(a)));
    }
}
