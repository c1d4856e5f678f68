package vn.ptdv.reporting.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Nội dung văn bản: the typed body of an official document, in reading order. The letterhead above it and the
 * signature with the recipients below it come from the {@link Letterhead}; appendices ({@link Block.AppendixTitle})
 * follow the signature. Build one with {@link #builder()}:
 * <pre>{@code
 * DocumentBody.builder()
 *         .paragraph("Căn cứ số liệu kết nạp đảng viên năm 2024 …")
 *         .heading("1. Kết quả chung")
 *         .table(Table.of(Column.text("Đơn vị", 300), Column.integer("Kết nạp", 167)).row("Chi bộ A", 12).build())
 *         .build();
 * }</pre>
 */
public record DocumentBody(List<Block> blocks) {

    public DocumentBody {
        blocks = List.copyOf(blocks);
    }

    /** Whether a table of the body reads its rows from a stream (a long list): the engine then swaps pages to disk. */
    public boolean streamed() {
        return blocks.stream().anyMatch(b -> b instanceof Table t && t.streamed());
    }

    /** The tables of the body, in order. */
    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Adds blocks in order; {@code null} texts are skipped, so optional sentences need no {@code if}. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder paragraph(String text) {
            return text == null || text.isBlank() ? this : add(new Block.Paragraph(text, false));
        }

        /** Ghi chú: a paragraph in italic 12 pt. */
        public Builder note(String text) {
            return text == null || text.isBlank() ? this : add(new Block.Paragraph(text, true));
        }

        public Builder heading(String text) {
            return add(new Block.Heading(text));
        }

        public Builder numbered(List<String> items) {
            return items.isEmpty() ? this : add(new Block.NumberedList(items));
        }

        public Builder table(Table table) {
            return add(table);
        }

        public Builder pageBreak() {
            return add(new Block.PageBreak());
        }

        /** Starts an appendix: this title and what follows are printed after the signature, on a new page. */
        public Builder appendix(String title) {
            return add(new Block.AppendixTitle(title));
        }

        public Builder add(Block block) {
            blocks.add(block);
            return this;
        }

        public DocumentBody build() {
            return new DocumentBody(blocks);
        }
    }
}
