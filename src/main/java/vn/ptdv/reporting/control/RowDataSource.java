package vn.ptdv.reporting.control;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;
import vn.ptdv.reporting.api.RenderProgress;
import vn.ptdv.shared.VietnameseText;

/**
 * A data source over a list of Java records, JavaBeans or maps. Records are read through their component accessors
 * (JasperReports' bean data source only knows {@code getX()} getters); every string value leaves here NFC-normalised.
 */
final class RowDataSource implements JRRewindableDataSource {

    private final List<?> rows;
    private final RenderProgress progress;
    private final Map<Class<?>, Map<String, Method>> readers = new HashMap<>();
    private Iterator<?> iterator;
    private Object current;

    RowDataSource(List<?> rows) {
        this.rows = rows;
        this.iterator = rows.iterator();
        this.progress = RenderProgress.NONE;
    }

    /**
     * A one-pass source over rows being read (a {@link vn.ptdv.reporting.api.RowStream}) that stops the fill with an
     * exception once {@code progress} is cancelled.
     */
    RowDataSource(Iterator<?> rows, RenderProgress progress) {
        this.rows = null;
        this.iterator = rows;
        this.progress = progress;
    }

    @Override
    public boolean next() throws JRException {
        if (progress.cancelled()) {
            throw new JRException("Rendering cancelled");
        }
        if (iterator.hasNext()) {
            current = iterator.next();
            return true;
        }
        current = null;
        return false;
    }

    @Override
    public void moveFirst() throws JRException {
        if (rows == null) {
            throw new JRException("A row stream is read once");
        }
        iterator = rows.iterator();
        current = null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        return value(current, field.getName());
    }

    Object value(Object row, String name) throws JRException {
        if (row == null) {
            return null;
        }
        Object value;
        if (row instanceof Map<?, ?> map) {
            value = map.get(name);
        } else {
            Method reader = readers.computeIfAbsent(row.getClass(), RowDataSource::readersOf).get(name);
            if (reader == null) {
                throw new JRException("Row type " + row.getClass().getName() + " has no property '" + name + "'");
            }
            try {
                value = reader.invoke(row);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new JRException("Cannot read property '" + name + "' of " + row.getClass().getName(), e);
            }
        }
        return value instanceof String s ? VietnameseText.nfc(s) : value;
    }

    private static Map<String, Method> readersOf(Class<?> type) {
        Map<String, Method> result = new HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                result.put(c.getName(), accessible(c.getAccessor()));
            }
            return result;
        }
        try {
            BeanInfo info = Introspector.getBeanInfo(type, Object.class);
            for (PropertyDescriptor p : info.getPropertyDescriptors()) {
                if (p.getReadMethod() != null) {
                    result.put(p.getName(), accessible(p.getReadMethod()));
                }
            }
        } catch (IntrospectionException e) {
            throw new IllegalArgumentException("Cannot introspect row type " + type.getName(), e);
        }
        return result;
    }

    private static Method accessible(Method m) {
        try {
            m.setAccessible(true); // records nested in a package-private class of a business module
        } catch (RuntimeException ignored) {
            // a public accessor of a public type needs no help
        }
        return m;
    }
}
