package com.revreport.report.xlsx;

import com.revreport.model.ExpectedFailure;

/**
 * The template cannot make the workbook: it is not a readable .xlsx, or a sheet, table, header or
 * chart the workbook fills is missing or renamed. The code that finds the fault names what is wrong;
 * the publisher, which knows the file, adds its path.
 */
public class TemplateException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    private final String problem;

    public TemplateException(String problem) {
        this(problem, problem, null);
    }

    private TemplateException(String problem, Throwable cause) {
        this(problem, problem, cause);
    }

    private TemplateException(String message, String problem, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** The same fault, its message naming the template, as {@code the template <path>} or {@code the built-in template}. */
    public TemplateException in(String template) {
        return new TemplateException(template + " " + problem
                + "; see docs/template.md for what a template must keep", problem, this);
    }

    public static TemplateException unreadable(Exception cause) {
        String reason = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ");
        return new TemplateException("is not a readable .xlsx workbook (" + reason + ")", cause);
    }

    /** What is wrong, without the file: e.g. {@code has no table named tblRejects}. */
    public String problem() {
        return problem;
    }
}
