package vn.ptdv.document.control;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;

/**
 * Kiểm tra chữ ký: reads a PDF as a verifier does, never trusting it: its signatures (each CMS checked over its byte
 * range with the certificate it carries; whether the last one covers the whole file) and the text of its first page
 * (where the number is printed). A file that is no PDF, or a broken one, is a result too, never an exception.
 */
public final class PdfSignatures {

    private PdfSignatures() {
    }

    /**
     * What a PDF says of itself.
     *
     * @param pdf          whether the bytes parse as a PDF
     * @param signatures   how many signatures it has
     * @param valid        whether every signature's CMS verifies over its byte range
     * @param wholeFile    whether the last signature covers the whole file (nothing appended after it)
     * @param signer       the common name of the last signature's certificate
     * @param firstPage    the text of page 1 (empty when unreadable)
     */
    public record Check(boolean pdf, int signatures, boolean valid, boolean wholeFile, String signer, String firstPage) {
    }

    public static Check check(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String firstPage = "";
            try {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                firstPage = stripper.getText(doc);
            } catch (IOException | RuntimeException e) {
                // a page that cannot be read: no number printed
            }
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            boolean valid = !signatures.isEmpty();
            boolean whole = false;
            String signer = null;
            for (PDSignature s : signatures) {
                int[] range = s.getByteRange();
                Verified v = verify(s, bytes);
                valid &= v.valid();
                signer = v.signer() == null ? signer : v.signer();
                whole = range != null && range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == bytes.length;
            }
            return new Check(true, signatures.size(), valid, whole, signer, firstPage);
        } catch (IOException | RuntimeException e) {
            return new Check(false, 0, false, false, null, "");
        }
    }

    private record Verified(boolean valid, String signer) {
    }

    @SuppressWarnings("unchecked")
    private static Verified verify(PDSignature signature, byte[] bytes) {
        try {
            byte[] contents = signature.getContents(bytes);
            byte[] signed = signature.getSignedContent(bytes);
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                // the /Contents string is padded with zeros after the DER object
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return new Verified(false, null);
            }
            boolean valid = true;
            String name = null;
            for (SignerInformation si : signers) {
                Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector<X509CertificateHolder>) si.getSID());
                if (matches.isEmpty()) {
                    return new Verified(false, null);
                }
                X509Certificate cert = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
                valid &= si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
                name = SigningKey.commonName(cert);
            }
            return new Verified(valid, name);
        } catch (Exception e) {
            return new Verified(false, null);
        }
    }
}
