package vn.ptdv.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ptdv.platform.config.PtdvConfig;

/**
 * Where an issuer's signing key comes from: {@code ptdv.documents.signing.<ISSUER>.keystore|password|alias} for the
 * issuer with that organisation code, else {@code ptdv.documents.signing.keystore|password|alias} for the installation,
 * else, in demo mode only, the test key store {@code <derby.system.home>/ptdv-test-signing.p12} that the first issue
 * creates with a test certificate authority of its own (every subject says TEST); else none: documents are issued
 * unsigned. Key stores are PKCS#12 files, read once.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    /** The demo's test key store: its file name, password and alias (documented in the README, test only). */
    public static final String TEST_FILE = "ptdv-test-signing.p12";
    public static final String TEST_PASSWORD = "ptdv-test-signing";
    public static final String TEST_ALIAS = "ptdv-test-signer";

    @Inject
    @ConfigProperty(name = PtdvConfig.DEMO_DATA, defaultValue = "false")
    boolean demoData;

    private final Map<String, SigningKey> loaded = new ConcurrentHashMap<>();

    /** The key the issuer signs with, if one is configured (or the demo's test key). */
    public Optional<SigningKey> forIssuer(String issuer) {
        Config config = ConfigProvider.getConfig();
        String prefix = PtdvConfig.DOCUMENTS_SIGNING_PREFIX;
        Optional<String> own = config.getOptionalValue(prefix + issuer + ".keystore", String.class).filter(s -> !s.isBlank());
        if (own.isPresent()) {
            return Optional.of(load(Path.of(own.get()), config.getOptionalValue(prefix + issuer + ".password", String.class)
                    .orElse(""), config.getOptionalValue(prefix + issuer + ".alias", String.class).orElse(null)));
        }
        Optional<String> shared = config.getOptionalValue(PtdvConfig.DOCUMENTS_SIGNING_KEYSTORE, String.class)
                .filter(s -> !s.isBlank());
        if (shared.isPresent()) {
            return Optional.of(load(Path.of(shared.get()), config.getOptionalValue(PtdvConfig.DOCUMENTS_SIGNING_PASSWORD,
                    String.class).orElse(""), config.getOptionalValue(PtdvConfig.DOCUMENTS_SIGNING_ALIAS, String.class)
                    .orElse(null)));
        }
        if (demoData) {
            return Optional.of(testKey(Path.of(System.getProperty("derby.system.home", "."))));
        }
        return Optional.empty();
    }

    /** The demo's test key store in {@code directory}, created with its test CA when it is not there yet. */
    synchronized SigningKey testKey(Path directory) {
        Path file = directory.resolve(TEST_FILE);
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(directory);
                writeTestKeyStore(file);
            } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException("the demo's test signing key could not be created", e);
            }
            LOG.info(() -> "Demo: created the TEST signing key store " + file + " (test CA; never for real documents)");
        }
        return load(file, TEST_PASSWORD, TEST_ALIAS);
    }

    /** Reads (once) the key entry {@code alias} (or the first key entry) of a PKCS#12 key store. */
    SigningKey load(Path file, String password, String alias) {
        String cacheKey = file.toAbsolutePath() + "#" + alias;
        return loaded.computeIfAbsent(cacheKey, k -> read(file, password, alias));
    }

    static SigningKey read(Path file, String password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] pw = password.toCharArray();
            store.load(in, pw);
            String name = alias;
            if (name == null || name.isBlank()) {
                name = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no key entry in " + file));
            }
            PrivateKey key = (PrivateKey) store.getKey(name, pw);
            Certificate[] chain = store.getCertificateChain(name);
            if (key == null || chain == null) {
                throw new IllegalStateException("no key entry '" + name + "' in " + file);
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate c : chain) {
                certificates.add((X509Certificate) c);
            }
            return new SigningKey(key, certificates);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the signing key store " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (java.security.KeyStoreException e) {
            return false;
        }
    }

    /** A test CA and a signer certificate it issues, both marked TEST, in a PKCS#12 file. */
    static void writeTestKeyStore(Path file) throws IOException, GeneralSecurityException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        KeyPair ca = generator.generateKeyPair();
        KeyPair signer = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name caName = new X500Name("CN=PTDV TEST CA - KHONG DUNG CHO VAN BAN THAT, O=PTDV TEST, C=VN");
        X500Name signerName = new X500Name("CN=PTDV TEST - Ban To chuc (chu ky thu nghiem), O=PTDV TEST, C=VN");
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caName, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), caName, ca.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(ca.getPublic()));
        X509Certificate caCert = new JcaX509CertificateConverter()
                .getCertificate(caBuilder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
        X509v3CertificateBuilder signerBuilder = new JcaX509v3CertificateBuilder(caCert,
                BigInteger.valueOf(now.toEpochMilli() + 1), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(1825))), signerName, signer.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert))
                .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(signer.getPublic()));
        X509Certificate signerCert = new JcaX509CertificateConverter()
                .getCertificate(signerBuilder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(TEST_ALIAS, signer.getPrivate(), TEST_PASSWORD.toCharArray(),
                new Certificate[] {signerCert, caCert});
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (var out = Files.newOutputStream(tmp)) {
            store.store(out, TEST_PASSWORD.toCharArray());
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
