package vn.ptdv.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ptdv.organization.api.IssuerDetails;
import vn.ptdv.organization.api.OrganizationRef;
import vn.ptdv.organization.entity.Issuer;
import vn.ptdv.platform.audit.AuditLog;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.Violations;
import vn.ptdv.platform.security.Access;
import vn.ptdv.platform.security.Caller;
import vn.ptdv.platform.security.Permission;
import vn.ptdv.shared.NameRules;
import vn.ptdv.shared.VietnameseText;

/**
 * Issuer details (thể thức) of organisations in the caller's scope: read with a fallback, registered, replaced. The
 * unchecked reads of other modules are {@link IssuerDirectoryFacade}'s.
 */
@ApplicationScoped
@Transactional
public class IssuerService {

    /** Ký hiệu cơ quan: letters (with Đ), digits and hyphens, as in "BTCTU", "HU", "ĐUK", "ThU". */
    static final Pattern SYMBOL = Pattern.compile("[\\p{L}0-9][\\p{L}0-9-]{0,29}");

    @Inject
    IssuerRepository stored;

    @Inject
    IssuerDirectoryFacade directory;

    @Inject
    OrganizationRepository tree;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    private OrganizationRef inScope(String code, Permission permission) {
        Caller caller = access.require(permission);
        return tree.currentOrLatest(code).map(vn.ptdv.organization.entity.Organization::toRef)
                .filter(o -> caller.covers(o.path()))
                .orElseThrow(() -> OrganizationProblems.notFound(code));
    }

    /** The details of an existing organisation code: the registered ones or the derived default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IssuerDetails get(String code) {
        return directory.issuerOrDefault(inScope(code, Permission.READ_AGGREGATES));
    }

    /** Registers or replaces the details of an existing code. Returns whether they were created. */
    public boolean put(String code, IssuerDetails details, Integer expectedVersion) {
        OrganizationRef org = inScope(code, Permission.MANAGE_ORGANIZATIONS);
        IssuerDetails clean = validate(code.strip(), details);
        Issuer existing = stored.find(clean.organizationCode()).orElse(null);
        if (existing == null) {
            Issuer i = new Issuer(clean.organizationCode());
            i.set(clean);
            stored.persist(i);
            audit.change("ISSUER_SET", "issuer:" + code, org.path(), null, clean.toString());
            return true;
        }
        audit.change("ISSUER_SET", "issuer:" + code, org.path(), existing.toDetails().toString(), clean.toString());
        if (expectedVersion != null && expectedVersion != existing.getVersion()) {
            throw ProblemException.conflict("Thể thức văn bản của " + code + " đã được người khác sửa (phiên bản "
                    + existing.getVersion() + "); hãy tải lại và sửa lại.");
        }
        stored.lock(existing);
        existing.set(clean);
        return false;
    }

    /** The version of the registered details of a code in scope (for optimistic concurrency), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Integer> version(String code) {
        inScope(code, Permission.READ_AGGREGATES);
        return stored.find(code).map(Issuer::getVersion);
    }

    /** Bulk registration for loaders, in the caller's transaction. */
    public void putAll(List<IssuerDetails> issuers) {
        for (IssuerDetails d : issuers) {
            put(d.organizationCode(), d, null);
        }
    }

    /** Checks and cleans (NFC, trimmed, blank → null) every value; all errors at once, in Vietnamese. */
    static IssuerDetails validate(String code, IssuerDetails d) {
        Violations v = new Violations();
        String superior = VietnameseText.clean(d.superiorBody());
        List<String> issuing = d.issuingBody().stream().map(VietnameseText::clean).filter(Objects::nonNull).toList();
        String symbol = VietnameseText.clean(d.symbol());
        String place = VietnameseText.clean(d.place());
        String authority = VietnameseText.clean(d.signatureAuthority());
        String position = VietnameseText.clean(d.signerPosition());
        String signer = VietnameseText.clean(d.signerName());
        List<String> recipients = d.recipients().stream().map(VietnameseText::clean).filter(Objects::nonNull)
                .map(r -> r.startsWith("- ") ? r.substring(2).strip() : r).toList();
        v.check(superior == null || superior.length() <= 200, "superiorBody", "Tên cơ quan cấp trên dài tối đa 200 ký tự.");
        v.check(!issuing.isEmpty(), "issuingBody", "Tên cơ quan ban hành là bắt buộc (ít nhất một dòng).");
        v.check(issuing.size() <= 3, "issuingBody", "Tên cơ quan ban hành có tối đa 3 dòng.");
        v.check(String.join("\n", issuing).length() <= 400, "issuingBody", "Tên cơ quan ban hành dài tối đa 400 ký tự.");
        v.check(superior == null || upper(superior), "superiorBody", "Tên cơ quan cấp trên viết chữ in hoa (ví dụ ĐẢNG BỘ TỈNH LÀO CAI).");
        v.check(issuing.stream().allMatch(IssuerService::upper), "issuingBody", "Tên cơ quan ban hành viết chữ in hoa (ví dụ HUYỆN ỦY VĂN BÀN).");
        v.check(symbol != null && SYMBOL.matcher(symbol).matches(), "symbol",
                "Ký hiệu cơ quan là bắt buộc: chữ cái, chữ số, dấu gạch ngang, tối đa 30 ký tự (ví dụ BTCTU, HU).");
        v.check(place == null || place.length() <= 100, "place", "Địa danh dài tối đa 100 ký tự.");
        v.check(authority == null || authority.length() <= 100, "signatureAuthority", "Quyền hạn ký dài tối đa 100 ký tự.");
        v.check(authority == null || authority.matches("(T/M|K/T|T/L|T/UQ) .+"), "signatureAuthority",
                "Quyền hạn ký bắt đầu bằng T/M, K/T, T/L hoặc T/UQ (ví dụ T/M BAN THƯỜNG VỤ, K/T TRƯỞNG BAN).");
        v.check(position == null || position.length() <= 100, "signerPosition", "Chức vụ người ký dài tối đa 100 ký tự.");
        v.check(signer == null || signer.length() <= 100, "signerName", "Họ tên người ký dài tối đa 100 ký tự.");
        String signerProblem = NameRules.optionalPersonName(signer);
        v.check(signer == null || signer.length() > 100 || signerProblem == null, "signerName", signerProblem);
        v.check(recipients.size() <= 12, "recipients", "Nơi nhận có tối đa 12 dòng.");
        v.check(String.join("\n", recipients).length() <= 2000, "recipients", "Nơi nhận dài tối đa 2000 ký tự.");
        v.throwIfAny();
        return new IssuerDetails(code, superior, issuing, symbol, place, authority, position, signer, recipients, true);
    }

    private static boolean upper(String s) {
        return s.equals(s.toUpperCase(VietnameseText.VI_VN)) || s.toUpperCase(Locale.ROOT).equals(s);
    }
}
