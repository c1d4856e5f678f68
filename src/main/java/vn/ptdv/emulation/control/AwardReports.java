package vn.ptdv.emulation.control;

import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.IssuerDirectory;
import vn.ptdv.organization.api.OrganizationDirectory;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.reporting.api.DocumentBody;
import vn.ptdv.reporting.api.DocumentType;
import vn.ptdv.reporting.api.Issuer;
import vn.ptdv.reporting.api.Letterhead;
import vn.ptdv.reporting.api.ReportDefinition;
import vn.ptdv.reporting.api.ReportParameter;
import vn.ptdv.reporting.api.ReportRequest;
import vn.ptdv.reporting.api.Signature;

/** What the two emulation report providers share: the campaign parameter, the issuer's letterhead, the file name. */
final class AwardReports {

    private AwardReports() {
    }

    /** An aggregate report of a campaign: any role that may download reports, for a campaign in its scope. */
    static ReportDefinition definition(String id, String title) {
        return ReportDefinition.of(id, title, ReportParameter.required("campaign", "Phong trào thi đua",
                ReportParameter.Type.TEXT,
                "Mã phong trào thi đua, ví dụ LC-PTDV-2024; tổ chức phát động phải thuộc phạm vi của người dùng."));
    }

    /** The issuing organisation's details (thể thức) of a campaign. */
    static IssuerDetails issuer(OrganizationDirectory organizations, IssuerDirectory issuers, String organizationCode) {
        OrganizationRef org = organizations.findCurrentOrLatest(organizationCode)
                .orElseThrow(() -> ProblemException.notFound(EmulationService.CAMPAIGN_NOT_FOUND));
        return issuers.issuerOrDefault(org);
    }

    /** "Ban Thường vụ Huyện ủy Bảo Thắng"-like wording of the issuing body, from its letterhead lines. */
    static String issuingBodyText(IssuerDetails issuer) {
        String body = String.join(" ", issuer.issuingBody());
        if (body.isEmpty()) {
            return issuer.organizationCode();
        }
        // a party department is named with its committee: "Ban Tổ chức Tỉnh ủy Lào Cai"
        boolean department = body.startsWith("BAN ") && issuer.superiorBody() != null && !issuer.superiorBody().isBlank();
        return titleCase(department ? body + " " + issuer.superiorBody() : body);
    }

    /** The document of the campaign's issuing organisation. */
    static ReportRequest request(IssuerDetails d, DocumentType type, String title, DocumentBody body, String fileName) {
        Issuer issuer = new Issuer(d.superiorBody(), d.issuingBody(), d.symbol(), d.place(),
                new Signature(d.signatureAuthority(), d.signerPosition(), d.signerName()), d.recipients(),
                d.organizationCode());
        return ReportRequest.document(Letterhead.of(issuer, type, title), body, fileName);
    }

    /** "HUYỆN ỦY BẢO THẮNG" → "Huyện ủy Bảo Thắng" (every word capitalised, then the common nouns lowered). */
    static String titleCase(String upper) {
        StringBuilder s = new StringBuilder();
        for (String w : upper.toLowerCase(java.util.Locale.forLanguageTag("vi-VN")).split(" ")) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        // "Ban Tổ Chức" → "Ban Tổ chức", "Ban Thường Vụ" → "Ban Thường vụ": a department's name capitalises one word
        String text = s.toString().replace(" Ủy", " ủy");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bBan (\\p{Lu}\\p{L}*) (\\p{Lu})").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "Ban " + m.group(1) + " " + m.group(2).toLowerCase(java.util.Locale.forLanguageTag("vi-VN")));
        }
        return m.appendTail(out).toString();
    }

    /** An ASCII slug of the campaign code for file names. */
    static String slug(String code) {
        return code.replaceAll("[^A-Za-z0-9-]", "");
    }
}
