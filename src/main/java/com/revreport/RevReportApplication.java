package com.revreport;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.revreport.cli.BuiltInTemplateCopy;
import com.revreport.cli.CommandLine;
import com.revreport.cli.ExitCodes;
import com.revreport.cli.RevReportOptions;
import com.revreport.cli.Role;
import com.revreport.remote.UntilStopped;

/** The jar's entry point: checks the command line, then starts the context of the role asked for ({@link RoleContexts}). */
public final class RevReportApplication {

    private RevReportApplication() {
    }


    public static void main(String[] args) {
        // a thread's uncaught exception would print its stack trace on stderr, which holds one line a failure
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> LoggerFactory
                .getLogger(RevReportApplication.class).error("Uncaught exception in thread {}", thread.getName(), failure));
        int code = run(args);
        if (code != ExitCodes.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /**
     * Runs the job and returns the exit code the README lists, whatever path the run took; in
     * schedule mode returns {@link ExitCodes#KEEP_RUNNING} with the scheduler's threads running; a worker or
     * a broker ({@code --role}) returns once SIGTERM or SIGINT stopped it.
     */
    public static int run(String... args) {
        if (CommandLine.wantsHelp(args)) {
            System.out.print(CommandLine.help());
            return ExitCodes.WRITTEN;
        }
        ConfigurableApplicationContext context;
        Role role;
        UntilStopped untilStopped = null;
        try {
            CommandLine.check(args);
            Optional<Path> templateCopy = CommandLine.templateToWrite(args);
            if (templateCopy.isPresent()) {
                BuiltInTemplateCopy.write(templateCopy.get());
                return ExitCodes.WRITTEN;
            }
            role = Role.of(args);
            untilStopped = role == Role.RUN ? null : UntilStopped.install();
            context = SpringApplication.run(RoleContexts.of(role), CommandLine.springArguments(Role.withRole(args, role)));
        }
        catch (Throwable failure) {
            String line = ExitCodes.messageOf(failure);
            // Spring's own report of a failed start is switched off (application.yml): the log gets this
            // one line, and a stack trace only where the failure is a defect
            if (ExitCodes.isExpected(failure)) {
                LoggerFactory.getLogger(RevReportApplication.class).error(line);
            }
            else {
                LoggerFactory.getLogger(RevReportApplication.class).error(line, failure);
            }
            System.err.println("revreport: " + line);
            return ExitCodes.of(failure);
        }
        if (untilStopped != null) {
            return untilStopped.serve(context, role);
        }
        if (context.getBean(RevReportOptions.class).schedule()) {
            return ExitCodes.KEEP_RUNNING;
        }
        return SpringApplication.exit(context);
    }
}
