package com.revreport.report;

import com.revreport.model.ExpectedFailure;

/**
 * The template cannot make the workbook: it is not a readable .xlsx, or a sheet, table, header or
 * chart the workbook fills is missing or renamed. The code that finds the fault names what is wrong;
 * the publisher, which knows the file, adds its path.
 */
public class TemplateException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    private final String problem;

    TemplateException(String problem) {
        this(problem, problem, null);
    }

    private TemplateException(String problem, Throwable cause) {
        this(problem, problem, cause);
    }

    private TemplateException(String message, String problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** The same fault, its message naming the template file. */
    TemplateException in(ReportTemplate template) {
        return new TemplateException(template.described() + " " + problem
                + "; see docs/template.md for what a template must keep", problem, this);
    }

    static TemplateException unreadable(Exception cause) {
        String reason = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ");
        return new TemplateException("is not a readable .xlsx workbook (" + reason + ")", cause);
    }

    /** What is wrong, without the file: e.g. {@code has no table named tblRejects}. */
    public String problem() {
        return problem;
    }
}
