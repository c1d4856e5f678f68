package vn.ptdv.platform.text;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * NFC-normalises every textual request body before it is read. Decomposed Vietnamese (NFD) extracts well from a PDF but
 * is drawn wrongly (stack.md gotcha 5), so nothing decomposed gets in.
 */
@Provider
public class NfcReaderInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && isText(type)) {
            byte[] raw = context.getInputStream().readAllBytes();
            String text = new String(raw, StandardCharsets.UTF_8);
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                raw = Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
            }
            context.setInputStream(new ByteArrayInputStream(raw));
        }
        return context.proceed();
    }

    private static boolean isText(MediaType type) {
        String sub = type.getSubtype();
        if (sub.equals("csv")) {
            return false; // spreadsheet imports stream CSV files and normalise every cell themselves
        }
        return "text".equals(type.getType()) || sub.equals("json") || sub.endsWith("+json")
                || sub.equals("x-www-form-urlencoded");
    }
}
