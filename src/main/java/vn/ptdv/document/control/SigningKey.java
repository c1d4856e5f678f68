package vn.ptdv.document.control;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The key and certificate chain an issuer signs with (from a PKCS#12 key store).
 *
 * @param key   the private key
 * @param chain the signer's certificate first, then its issuers
 */
public record SigningKey(PrivateKey key, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The common name of the signer's certificate (else its whole subject). */
    public String commonName() {
        return commonName(certificate());
    }

    static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            return subject;
        }
        return subject;
    }
}
