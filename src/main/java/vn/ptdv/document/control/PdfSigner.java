package vn.ptdv.document.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Ký số: signs an issued PDF as PAdES baseline B (ETSI.CAdES.detached: a CMS signature with the ESS
 * signing-certificate-v2 attribute and without a signing-time attribute, the time being the signature dictionary's M)
 * in an incremental update, so the rendered PDF/A-1b stays as it was. A visible signature block on the last page
 * names the signer, the signing body and the time; its font (Liberation Serif, the documents' own) is embedded, as
 * PDF/A asks.
 */
public final class PdfSigner {

    /** The font of the visible block: the Liberation Serif the reporting fonts embed (openpdf-fonts-extra). */
    static final String FONT = "/liberation/LiberationSerif-Regular.ttf";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PdfSigner() {
    }

    /**
     * The PDF signed with the key.
     *
     * @param signerName the person named in the block (the letterhead's signer), or null for the certificate's name
     * @param lines      further lines of the block (the number, what it replaces)
     */
    public static byte[] sign(byte[] pdf, SigningKey key, String signerName, String reason, String location,
                              List<String> lines) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ZonedDateTime now = ZonedDateTime.now(VIETNAM);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.commonName());
            signature.setReason(reason);
            if (location != null) {
                signature.setLocation(location);
            }
            signature.setSignDate(GregorianCalendar.from(now));
            int pageIndex = doc.getNumberOfPages() - 1;
            PDRectangle media = doc.getPage(pageIndex).getMediaBox();
            float width = 250;
            float height = 58;
            PDRectangle rect = new PDRectangle(media.getWidth() - width - 36, 12, width, height);
            List<String> text = new ArrayList<>();
            text.add("Ký số bởi: " + (signerName == null || signerName.isBlank() ? key.commonName() : signerName));
            text.add("Chứng thư: " + key.commonName());
            text.add("Thời gian ký: " + TIME.format(now));
            text.addAll(lines);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setVisualSignature(appearance(media, rect, text));
                options.setPage(pageIndex);
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                doc.addSignature(signature, content -> cms(content, key), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException("signing the document failed: " + e.getMessage(), e);
        }
    }

    /** The detached CMS signature over the byte ranges (PAdES B-B attributes). */
    static byte[] cms(InputStream content, SigningKey key) throws IOException {
        try {
            byte[] data = content.readAllBytes();
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certHash)}))));
            AttributeTable extra = new AttributeTable(attributes);
            CMSAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(extra) {
                @Override
                public AttributeTable getAttributes(java.util.Map parameters) {
                    // PAdES: no signing-time in the CMS; the signature dictionary's M carries the time
                    return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
                }
            };
            String algorithm = key.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder(algorithm).build(key.key()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("the CMS signature could not be made: " + e.getMessage(), e);
        }
    }

    /** A one-page PDF holding the signature field with its appearance, as PDFBox's visual signature template. */
    static InputStream appearance(PDRectangle media, PDRectangle rect, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream fontFile = PdfSigner.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IOException("font missing: " + FONT);
            }
            PDPage page = new PDPage(media);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(rect);
            widget.setPrinted(true);
            widget.setPage(page);
            page.getAnnotations().add(widget);
            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            PDType0Font font = PDType0Font.load(doc, fontFile, true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.setStrokingColor(0.75f, 0f, 0f);
                cs.setLineWidth(1f);
                cs.addRect(0.5f, 0.5f, rect.getWidth() - 1, rect.getHeight() - 1);
                cs.stroke();
                cs.setNonStrokingColor(0.75f, 0f, 0f);
                float size = 7.5f;
                float y = rect.getHeight() - 4 - size;
                for (String line : lines) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(4, y);
                    cs.showText(line);
                    cs.endText();
                    y -= size + 2;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
