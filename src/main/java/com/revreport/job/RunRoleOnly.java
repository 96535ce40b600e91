package com.revreport.job;

import com.revreport.cli.Option;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Beans of the run itself (the job, its start, its history, its stop on SIGTERM), which a worker process
 * must not have: it loads the months sent to it and runs no job of its own.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = Option.ROLE_PROPERTY, havingValue = "run", matchIfMissing = true)
public @interface RunRoleOnly {
}
