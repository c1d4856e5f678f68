package vn.ptdv.platform.imports;

/** A file that cannot be read as a spreadsheet at all (not a row error): becomes a 400 or 415 problem. */
public class ImportFailure extends RuntimeException {

    private final boolean wrongType;

    public ImportFailure(String message, boolean wrongType) {
        super(message);
        this.wrongType = wrongType;
    }

    public boolean wrongType() {
        return wrongType;
    }
}
