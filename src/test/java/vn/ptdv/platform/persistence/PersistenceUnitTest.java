package vn.ptdv.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import vn.ptdv.architecture.ProductionClasses;

/**
 * persistence.xml lists every managed class (WildFly gives EclipseLink a vfs: URL it cannot scan): a new entity or
 * converter that is not listed there fails here, not on WildFly.
 */
class PersistenceUnitTest {

    private static final Set<String> MANAGED = Set.of("jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    @Test
    void persistenceXmlListsEveryManagedClass() throws Exception {
        Set<String> annotated = ProductionClasses.get().stream()
                .filter(c -> c.getAnnotations().stream().anyMatch(a -> MANAGED.contains(a.getRawType().getName())))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList classes = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "class");
            for (int i = 0; i < classes.getLength(); i++) {
                listed.add(classes.item(i).getTextContent().trim());
            }
        }
        assertEquals(annotated, listed, "the <class> entries of META-INF/persistence.xml");
    }
}
