package vn.ptdv.document.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an issued document, exactly as issued (and signed): served unchanged by every download. */
@Entity
@Table(name = "doc_document_file")
public class DocumentFile {

    @Id
    @Column(name = "document_id")
    private Long documentId;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected DocumentFile() {
    }

    public DocumentFile(long documentId, byte[] bytes) {
        this.documentId = documentId;
        this.bytes = bytes.clone();
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
