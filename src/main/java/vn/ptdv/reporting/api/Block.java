package vn.ptdv.reporting.api;

import java.util.List;
import java.util.Objects;
import vn.ptdv.shared.VietnameseText;

/**
 * Khối nội dung: one piece of the typed body of an official document ({@link DocumentBody}). The engine maps each kind
 * to the band of the one document template that prints it in the party's format (docs/domain.md §4.1: content 14 pt,
 * upright, justified).
 */
public sealed interface Block permits Block.Paragraph, Block.Heading, Block.NumberedList, Block.PageBreak,
        Block.AppendixTitle, Table {

    /**
     * Đoạn văn: justified 14 pt with a first-line indent; a {@code note} (ghi chú) is italic 12 pt.
     */
    record Paragraph(String text, boolean note) implements Block {
        public Paragraph {
            text = required(text);
        }
    }

    /** Đề mục: "1. Kết quả chung", bold, indented like a paragraph. */
    record Heading(String text) implements Block {
        public Heading {
            text = required(text);
        }
    }

    /** Danh sách đánh số: each item a paragraph "1. …", "2. …". */
    record NumberedList(List<String> items) implements Block {
        public NumberedList {
            items = items.stream().map(Block::required).toList();
        }

        /** The items as printed: "1. Chi bộ thôn Nậm Mả". */
        public List<String> lines() {
            return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i)).toList();
        }
    }

    /** Ngắt trang: what follows starts on a new page. */
    record PageBreak() implements Block {
    }

    /**
     * Tên phụ lục: the title of a document attached to this one (a danh sách kèm theo tờ trình). Everything from the
     * first appendix title on is printed after the signature, each appendix on a new page (docs/domain.md §4.2).
     */
    record AppendixTitle(String text) implements Block {
        public AppendixTitle {
            text = required(text);
        }
    }

    private static String required(String text) {
        return Objects.requireNonNull(VietnameseText.clean(text), "text");
    }
}
