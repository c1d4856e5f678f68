package vn.ptdv.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void newHashesUseOwaspsIterationCountAndVerify() {
        String hash = PasswordHashes.hash("Mat-khau-2026".toCharArray());
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(600_000, Integer.parseInt(parts[1]));
        assertTrue(PasswordHashes.verify("Mat-khau-2026".toCharArray(), hash));
        assertFalse(PasswordHashes.verify("Mat-khau-2027".toCharArray(), hash));
        assertFalse(PasswordHashes.needsRehash(hash));
    }

    @Test
    void hashesOfTheOldCountStillVerifyAndAskForARehash() {
        // the format and the 120.000 iterations of the Jakarta Security hashes stored before (sec_user.password_hash)
        String old = PasswordHashes.hash("ptdv-demo-2024".toCharArray(), 120_000);
        assertTrue(PasswordHashes.verify("ptdv-demo-2024".toCharArray(), old));
        assertTrue(PasswordHashes.needsRehash(old));
        assertFalse(PasswordHashes.verify("x".toCharArray(), "garbage"));
        assertTrue(PasswordHashes.needsRehash("garbage"));
    }

    @Test
    void temporaryPasswordsMeetThePolicy() {
        for (int i = 0; i < 50; i++) {
            String p = TemporaryPasswords.generate();
            assertEquals(14, p.length());
            assertEquals(null, PasswordPolicy.check(p, "someone"), p);
        }
    }

    @Test
    void sessionCookieGetsSameSiteStrictAndSecureBehindHttps() {
        assertEquals("JSESSIONID=abc; Path=/ptdv; HttpOnly; SameSite=Strict",
                SessionCookies.hardened("JSESSIONID=abc; Path=/ptdv; HttpOnly", false));
        assertEquals("JSESSIONID=abc; Path=/ptdv; HttpOnly; SameSite=Strict; Secure",
                SessionCookies.hardened("JSESSIONID=abc; Path=/ptdv; SameSite=Lax", true));
    }

    @Test
    void rolesAreGrantedOnlyByHoldersOfAllTheirPermissions() {
        java.util.Set<Role> admin = java.util.Set.of(Role.ADMIN);
        assertTrue(Role.DATA_ENTRY.grantableBy(admin));
        assertTrue(Role.ADMIN.grantableBy(admin));
        assertTrue(Role.POLITICAL_CENTRE.grantableBy(admin));
        assertFalse(Role.SYSTEM_ADMIN.grantableBy(admin), "only a system administrator makes one");
        assertFalse(Role.ADMIN.grantableBy(java.util.Set.of(Role.DATA_ENTRY)));
        assertTrue(Role.SYSTEM_ADMIN.grantableBy(java.util.Set.of(Role.SYSTEM_ADMIN)));
        assertEquals(Role.ADMIN, Role.primary(java.util.Set.of(Role.DATA_ENTRY, Role.ADMIN)));
    }
}
