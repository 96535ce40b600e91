package com.revreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import com.revreport.run.ExitCodes;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RevReportApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job and returns the exit code of spec section 5, whatever path the run took. */
    public static int run(String... args) {
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(RevReportApplication.class, args);
        }
        catch (Throwable failure) {
            System.err.println("revreport: " + ExitCodes.messageOf(failure));
            return ExitCodes.of(failure);
        }
        return SpringApplication.exit(context);
    }
}
