package com.revreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RevReportApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(RevReportApplication.class, args)));
    }
}
