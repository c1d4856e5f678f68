package vn.ptdv.training.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.CourseType;
import vn.ptdv.training.api.Grade;
import vn.ptdv.training.api.TopicForm;
import vn.ptdv.training.control.Choices;

/**
 * JSON-B readers of the training enums in request bodies (see {@link Choices}): a name in any case, blank as absent,
 * anything else a 400 problem naming the field and the allowed names. The problem travels inside JSON-B's exception
 * to the problem mappers.
 */
public final class TrainingJson {

    private TrainingJson() {
    }

    /** An enum-valued field: the field's name in the error. */
    abstract static class EnumField<E extends Enum<E>> implements JsonbDeserializer<E> {

        private final Class<E> type;
        private final String field;

        EnumField(Class<E> type, String field) {
            this.type = type;
            this.field = field;
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return parse(parser.getValue(), type, field);
        }
    }

    /** A list of enum values; a null or blank element stays null (the service names it missing). */
    abstract static class EnumList<E extends Enum<E>> implements JsonbDeserializer<List<E>> {

        private final Class<E> type;
        private final String field;

        EnumList(Class<E> type, String field) {
            this.type = type;
            this.field = field;
        }

        @Override
        public List<E> deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof JsonArray array)) {
                throw new JsonbException("Expected an array of names");
            }
            List<E> out = new ArrayList<>();
            array.forEach(element -> out.add(parse(element, type, field)));
            return out;
        }
    }

    public static final class CourseTypeField extends EnumField<CourseType> {
        public CourseTypeField() {
            super(CourseType.class, "courseType");
        }
    }

    public static final class AudienceField extends EnumField<Audience> {
        public AudienceField() {
            super(Audience.class, "audience");
        }
    }

    public static final class AudienceList extends EnumList<Audience> {
        public AudienceList() {
            super(Audience.class, "audiences");
        }
    }

    /** The form of a topic: its error names the list of topics, as every error of a topic does. */
    public static final class TopicFormField extends EnumField<TopicForm> {
        public TopicFormField() {
            super(TopicForm.class, "topics");
        }
    }

    /** The grade of a result: "grade", prefixed with the result's place by {@link ResultList}. */
    public static final class GradeField extends EnumField<Grade> {
        public GradeField() {
            super(Grade.class, "grade");
        }
    }

    /** The results of {@code PUT .../results}: an error in the i-th result is named "results[i].field". */
    public static final class ResultList implements JsonbDeserializer<List<TrainingRequests.ResultRequest>> {
        @Override
        public List<TrainingRequests.ResultRequest> deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            // JSON-B hands over a parser within the value: nothing to read means null or not an array, which the
            // constraint on the list answers
            List<TrainingRequests.ResultRequest> out = null;
            while (parser.hasNext()) {
                out = out == null ? new ArrayList<>() : out;
                JsonParser.Event e = parser.next();
                if (e == JsonParser.Event.END_ARRAY) {
                    break;
                }
                try {
                    out.add(e == JsonParser.Event.VALUE_NULL ? null : ctx.deserialize(TrainingRequests.ResultRequest.class, parser));
                } catch (RuntimeException x) {
                    throw inResult(out.size(), x);
                }
            }
            return out;
        }

        /** The problem of a result's field, named by its place in the list; any other failure as it is. */
        private static RuntimeException inResult(int index, RuntimeException x) {
            for (Throwable t = x; t != null; t = t.getCause()) {
                if (t instanceof ProblemException p && !p.errors().isEmpty()) {
                    Map.Entry<String, String> error = p.errors().entrySet().iterator().next();
                    return new ProblemException(ProblemType.VALIDATION, error.getValue(),
                            Map.of("results[" + index + "]." + error.getKey(), error.getValue()));
                }
            }
            return x;
        }
    }

    private static <E extends Enum<E>> E parse(JsonValue value, Class<E> type, String field) {
        String text = value == null || value == JsonValue.NULL ? null
                : value instanceof JsonString s ? s.getString() : value.toString();
        return Choices.parse(text, type, field);
    }
}
