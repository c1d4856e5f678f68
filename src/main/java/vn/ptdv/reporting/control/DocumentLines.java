package vn.ptdv.reporting.control;

import java.util.ArrayList;
import java.util.List;
import vn.ptdv.reporting.api.Block;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.RenderProgress;
import vn.ptdv.reporting.api.Table;
import vn.ptdv.reporting.control.BodyLine.Kind;

/**
 * Maps the typed blocks of a body to the rows of the document template, in reading order: the content, the
 * signature, then each appendix on a new page under its title and the line naming the document it is attached to.
 */
final class DocumentLines {

    private DocumentLines() {
    }

    /**
     * @param streams collects the row iterators the tables open while filling, to be closed afterwards
     */
    static List<BodyLine> of(Letterhead letterhead, DocumentBody body, TableLayouts layouts, RenderProgress progress,
                             List<AutoCloseable> streams) {
        List<BodyLine> lines = new ArrayList<>();
        boolean signed = false;
        for (Block block : body.blocks()) {
            if (block instanceof Block.AppendixTitle && !signed) {
                lines.add(BodyLine.text(Kind.SIGNATURE, null));
                signed = true;
            }
            if (block instanceof Block.Paragraph p) {
                lines.add(BodyLine.text(p.note() ? Kind.NOTE : Kind.PARAGRAPH, p.text()));
            } else if (block instanceof Block.Heading h) {
                lines.add(BodyLine.text(Kind.HEADING, h.text()));
            } else if (block instanceof Block.NumberedList n) {
                n.lines().forEach(item -> lines.add(BodyLine.text(Kind.ITEM, item)));
            } else if (block instanceof Block.PageBreak) {
                lines.add(BodyLine.text(Kind.PAGE_BREAK, null));
            } else if (block instanceof Block.AppendixTitle a) {
                lines.add(BodyLine.text(Kind.PAGE_BREAK, null));
                lines.add(new BodyLine(Kind.APPENDIX.name(), a.text(), letterhead.attachmentLine(), null, null, null,
                        null));
            } else if (block instanceof Table t) {
                lines.add(new BodyLine(Kind.TABLE.name(), null, null, layouts.of(t), new TableRows(t, progress, streams),
                        t.header(), t.columns().size()));
            }
        }
        if (!signed) {
            lines.add(BodyLine.text(Kind.SIGNATURE, null));
        }
        return lines;
    }
}
