package vn.ptdv.platform.text;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.ptdv.platform.rest.StrictJsonNumbers;
import vn.ptdv.platform.rest.Violations;

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
            if (isJson(type) && raw.length > 0) {
                strictNumbers(raw, context.getGenericType());
            }
        }
        return context.proceed();
    }

    /** Integer fields get exact integers in range (StrictJsonNumbers); a body that does not parse is JSON-B's to report. */
    private static void strictNumbers(byte[] raw, java.lang.reflect.Type target) {
        jakarta.json.JsonValue body;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new ByteArrayInputStream(raw))) {
            body = reader.readValue();
        } catch (RuntimeException e) {
            return;
        }
        java.util.Map<String, String> errors = StrictJsonNumbers.problems(body, target);
        if (!errors.isEmpty()) {
            Violations v = new Violations();
            errors.forEach(v::add);
            v.throwIfAny();
        }
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
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
