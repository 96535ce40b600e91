package com.revreport.remote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One month partition sent through the broker: the store it belongs to and the partition's step
 * execution in that store's job repository, which holds everything else about it. Sent as text, not a
 * serialized Java object, so no process deserializes what a broker hands it.
 *
 * @param storeId the id of the store whose run sent it ({@code StoreIdentity}), never its URL or password:
 *        step execution ids repeat across stores, so the id alone does not say whose month it is
 */
record MonthRequest(String storeId, String stepName, long partitionId) {

    private static final Pattern TEXT = Pattern.compile("store=([\\w-]+);step=(\\w+);partition=(\\d+)");

    /** The queue of one store's month requests: its workers take from it, no other store's do. */
    static String queueOf(String storeId) {
        return "revreport.months." + storeId;
    }

    String text() {
        return "store=" + storeId + ";step=" + stepName + ";partition=" + partitionId;
    }

    /** @throws IllegalArgumentException for text that is not a month request */
    static MonthRequest parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a month request: " + text);
        }
        return new MonthRequest(m.group(1), m.group(2), Long.parseLong(m.group(3)));
    }

    boolean isFor(String store) {
        return storeId.equals(store);
    }
}
