package vn.ptdv.platform.text;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** NFC-normalises query parameters, so that a search typed in decomposed form finds the NFC record. */
@Provider
@PreMatching
public class NfcQueryFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawQuery();
        if (raw == null || Normalizer.isNormalized(URLDecoder.decode(raw, StandardCharsets.UTF_8), Normalizer.Form.NFC)) {
            return;
        }
        StringBuilder query = new StringBuilder();
        for (String pair : raw.split("&")) {
            if (query.length() > 0) {
                query.append('&');
            }
            String[] kv = pair.split("=", 2);
            query.append(kv[0]);
            if (kv.length == 2) {
                String value = Normalizer.normalize(URLDecoder.decode(kv[1], StandardCharsets.UTF_8), Normalizer.Form.NFC);
                query.append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        URI normalised = UriBuilder.fromUri(uri).replaceQuery(query.toString()).build();
        request.setRequestUri(request.getUriInfo().getBaseUri(), normalised);
    }
}
