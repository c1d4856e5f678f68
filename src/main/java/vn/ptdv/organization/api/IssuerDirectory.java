package vn.ptdv.organization.api;

import java.util.Optional;

/** Thể thức văn bản per organisation: who issues, where, who signs, who receives. */
public interface IssuerDirectory {

    /** The registered details of the code, if any. */
    Optional<IssuerDetails> issuer(String code);

    /**
     * The registered details of the record's code, else a default derived from its name and its parent's name:
     * issuing body "ĐẢNG ỦY XÃ NẬM MẢ" for "Đảng bộ xã Nậm Mả" (a chi bộ keeps "CHI BỘ …"), superior body the
     * parent's name in capitals, symbol "ĐU"/"CB"/"TU", no place, signed "T/M …" by the "BÍ THƯ" without a name.
     */
    IssuerDetails issuerOrDefault(OrganizationRef organization);
}
