package ziping.source.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;

/** Tf as PDFBox's own operator does it, the font taken from {@link DocumentFonts}. */
final class SetFontAndSizeLazily extends OperatorProcessor {
    private final DocumentFonts fonts;

    SetFontAndSizeLazily(PDFStreamEngine context, DocumentFonts fonts) {
        super(context);
        this.fonts = fonts;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
        if (operands.size() < 2) {
            throw new MissingOperandException(operator, operands);
        }
        if (!(operands.get(0) instanceof COSName name) || !(operands.get(1) instanceof COSNumber size)) {
            return;
        }
        PDFStreamEngine context = getContext();
        PDTextState state = context.getGraphicsState().getTextState();
        state.setFontSize(size.floatValue());
        state.setFont(fonts.font(context.getResources(), name));
    }

    @Override
    public String getName() {
        return OperatorName.SET_FONT_AND_SIZE;
    }
}
