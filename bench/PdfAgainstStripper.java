import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import ziping.api.Ziping;
import ziping.report.Format;
import ziping.report.Lang;
import ziping.report.ResultSink;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * ziping's PDF path against PDFBox's bare PDFTextStripper in one JVM, one thread, taking turns: each round reads every
 * PDF under a folder (from memory) once with ziping (check and render JSON, as the CLI does on a worker) and once with
 * the stripper (load and getText), in alternating order, so both see the same minutes of a machine whose speed drifts
 * by a third within a run. A first round of each is untimed. Prints each round's two times and the median of their
 * ratios (stripper time / ziping time: above 1 when ziping is faster). Compiled by bench/run.sh against
 * target/ziping.jar: {@code java -cp target/ziping.jar:target/bench PdfAgainstStripper ROUNDS FOLDER [FILES]}, FILES
 * the first so many PDFs in name order (default all).
 */
public final class PdfAgainstStripper {
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
            paths = walk.filter(p -> p.toString().endsWith(".pdf")).sorted()
                    .limit(args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE).toList();
        }
        List<byte[]> pdfs = new ArrayList<>();
        for (Path path : paths) {
            pdfs.add(Files.readAllBytes(path));
        }
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        ResultSink json = Format.JSON.open(OutputStream.nullOutputStream(), StandardCharsets.UTF_8, Lang.ZH);
        ziping(ziping, json, pdfs);
        stripper(pdfs);
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double zipingSeconds;
            double stripperSeconds;
            if (round % 2 == 0) {
                zipingSeconds = ziping(ziping, json, pdfs);
                stripperSeconds = stripper(pdfs);
            } else {
                stripperSeconds = stripper(pdfs);
                zipingSeconds = ziping(ziping, json, pdfs);
            }
            ratios[round] = stripperSeconds / zipingSeconds;
            System.out.printf("round %d: ziping %.3f s, stripper %.3f s, ratio %.3f%n", round + 1, zipingSeconds,
                    stripperSeconds, ratios[round]);
        }
        Arrays.sort(ratios);
        double median = rounds % 2 == 1 ? ratios[rounds / 2] : (ratios[rounds / 2 - 1] + ratios[rounds / 2]) / 2;
        System.out.printf("median %.3f%n", median);
    }

    private static double ziping(Ziping ziping, ResultSink json, List<byte[]> pdfs) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < pdfs.size(); i++) {
            json.render(ziping.check("f" + i + ".pdf", new ByteArrayInputStream(pdfs.get(i))));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double stripper(List<byte[]> pdfs) throws Exception {
        long start = System.nanoTime();
        for (byte[] pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                new PDFTextStripper().getText(document);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
