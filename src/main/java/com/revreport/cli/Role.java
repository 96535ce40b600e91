package com.revreport.cli;

import com.revreport.model.InvalidOptionException;

import java.util.Locale;

/**
 * What a process of the one jar does (docs/scale-out.md). Known before Spring starts, because
 * a role decides what starts at all: a broker opens no store, a worker runs no job.
 */
public enum Role {

    /** Plans, loads (on local threads or through the broker), computes and writes the workbook. */
    RUN,

    /** Stays up and loads the month partitions a run sends through the broker. */
    WORKER,

    /** An embedded ActiveMQ Artemis broker, for small installations and tests. */
    BROKER;

    /** The role of the command line, else of {@code REVREPORT_ROLE}, else {@link #RUN}. */
    public static Role of(String[] args) {
        String given = CommandLine.given(args, Option.ROLE).orElse(System.getenv("REVREPORT_ROLE"));
        return given == null ? RUN : named(given);
    }

    /** The arguments with the role stated, so that Spring's {@code role} property is the one found here. */
    public static String[] withRole(String[] args, Role role) {
        if (CommandLine.given(args, Option.ROLE).isPresent()) {
            return args;
        }
        String[] withRole = java.util.Arrays.copyOf(args, args.length + 1);
        withRole[args.length] = "--role=" + role.property();
        return withRole;
    }

    public static Role named(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name.strip())) {
                return role;
            }
        }
        throw new InvalidOptionException("role", name, "run, worker or broker");
    }

    String property() {
        return name().toLowerCase(Locale.ROOT);
    }
}
