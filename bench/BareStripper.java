import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The baseline for ziping's PDF reading: PDFBox's bare PDFTextStripper over every PDF under a folder, on THREADS
 * threads in one JVM, text discarded. Prints "files pages chars". Compiled by bench/run.sh against target/ziping.jar:
 * {@code java -cp target/ziping.jar:target/bench BareStripper THREADS FOLDER}.
 */
public final class BareStripper {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (Path pdf : pdfs) {
            results.add(pool.submit(() -> strip(pdf.toFile())));
        }
        long pages = 0;
        long chars = 0;
        for (Future<long[]> r : results) {
            pages += r.get()[0];
            chars += r.get()[1];
        }
        pool.shutdown();
        System.out.println(pdfs.size() + " " + pages + " " + chars);
    }

    private static long[] strip(File pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new long[]{doc.getNumberOfPages(), new PDFTextStripper().getText(doc).length()};
        }
    }
}
