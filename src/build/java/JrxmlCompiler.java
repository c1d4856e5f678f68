import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * Build tool, not part of the WAR: compiles every {@code <src>/<module>/<name>.jrxml} to
 * {@code <out>/<module>/<name>.jasper}. Maven runs it as a single-file source program (exec-maven-plugin, phases
 * process-classes and process-test-classes), so templates are never compiled at request time and no .jasper is
 * committed. Skips templates whose .jasper is newer than the .jrxml; any error fails the build.
 *
 * <p>Usage: {@code java -cp <classpath> src/build/java/JrxmlCompiler.java <src dir> <out dir>}
 */
public final class JrxmlCompiler {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: JrxmlCompiler <src dir> <out dir>");
            System.exit(2);
        }
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.isDirectory(src)) {
            System.out.println("[jrxml] no templates under " + src);
            return;
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(src)) {
            sources = walk.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        int compiled = 0;
        int failed = 0;
        for (Path jrxml : sources) {
            String relative = src.relativize(jrxml).toString().replace('\\', '/');
            Path target = out.resolve(relative.replaceFirst("\\.jrxml$", ".jasper"));
            if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(jrxml)) > 0) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try {
                JasperCompileManager.getInstance(context).compileToFile(jrxml.toString(), target.toString());
                Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
                compiled++;
            } catch (JRException | RuntimeException e) {
                failed++;
                Files.deleteIfExists(target);
                System.err.println("[jrxml] FAILED " + relative + ": " + e);
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                    System.err.println("[jrxml]   caused by " + c);
                }
            }
        }
        System.out.println("[jrxml] " + compiled + " compiled, " + (sources.size() - compiled - failed)
                + " up to date, " + failed + " failed (" + src + ")");
        if (failed > 0) {
            System.exit(1);
        }
    }
}
