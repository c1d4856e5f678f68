package vn.ptdv.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ptdv.platform.rest.ProblemException;
import vn.ptdv.platform.rest.ProblemType;

/**
 * The default entity listener of the persistence unit (META-INF/orm.xml): before an entity is inserted or updated,
 * every text attribute is compared with the length of its column ({@code @Column(length)}, also inside embeddables of
 * element collections). Too long is a 422 problem naming the attribute, before the database sees it: the database's
 * truncation error would be a 500 and would quote the value (personal data) into the server log.
 */
public class ColumnLengths {

    /** One checked attribute. */
    private record Checked(Field field, int length, boolean collection) {
    }

    private static final Map<Class<?>, List<Checked>> CACHE = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        String problem = problem(entity, "");
        if (problem != null) {
            int cut = problem.indexOf('\u0000');
            String field = problem.substring(0, cut);
            String message = problem.substring(cut + 1);
            throw new ProblemException(ProblemType.TOO_LONG, message, Map.of(field, message));
        }
    }

    /** "field\0message" for the first attribute too long for its column, or null. */
    static String problem(Object object, String prefix) {
        for (Checked c : checked(object.getClass())) {
            Object value;
            try {
                value = c.field().get(object);
            } catch (IllegalAccessException e) {
                continue;
            }
            String name = prefix + c.field().getName();
            if (value instanceof String s && s.length() > c.length()) {
                return name + '\u0000' + "Trường '" + name + "' dài tối đa " + c.length() + " ký tự (đang có " + s.length() + ").";
            }
            if (c.collection() && value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    String p = item instanceof String s ? (s.length() > c.length() ? name + "[" + i + "]" + '\u0000'
                            + "Trường '" + name + "[" + i + "]' dài tối đa " + c.length() + " ký tự (đang có " + s.length() + ")."
                            : null) : item != null && item.getClass().isAnnotationPresent(Embeddable.class)
                            ? problem(item, name + "[" + i + "].") : null;
                    if (p != null) {
                        return p;
                    }
                    i++;
                }
            }
        }
        return null;
    }

    private static List<Checked> checked(Class<?> type) {
        return CACHE.computeIfAbsent(type, t -> {
            List<Checked> result = new ArrayList<>();
            for (Class<?> k = t; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    Column column = f.getAnnotation(Column.class);
                    boolean text = f.getType() == String.class;
                    boolean collection = Collection.class.isAssignableFrom(f.getType()) && f.getGenericType()
                            instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e
                            && (e == String.class || e.isAnnotationPresent(Embeddable.class));
                    if ((text && column != null) || collection) {
                        f.setAccessible(true);
                        result.add(new Checked(f, column == null ? Integer.MAX_VALUE : column.length(), collection));
                    }
                }
            }
            return List.copyOf(result);
        });
    }
}
