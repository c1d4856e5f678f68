package vn.ptdv.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** The database identity store: PBKDF2 hashes in {@code sec_user}, lock-out after repeated failures. */
@ApplicationScoped
public class PtdvIdentityStore implements IdentityStore {

    @Inject
    UserService users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        UserService.SignIn result = users.signIn(credential.getCaller(), credential.getPassword().getValue());
        if (result != UserService.SignIn.OK) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> roles = users.find(credential.getCaller()).map(u -> u.getRoles().stream().map(Role::name)
                .collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
        return new CredentialValidationResult(credential.getCaller(), roles);
    }
}
