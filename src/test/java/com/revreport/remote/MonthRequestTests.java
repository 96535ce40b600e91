package com.revreport.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A month request names its store by id, so that one store's step execution id is never taken for another's. */
class MonthRequestTests {

    @Test
    void aRequestReadsBackAsTheStoreStepAndPartitionItWasSentWith() {
        MonthRequest sent = new MonthRequest("3f0c7d2e-1b5a-4a43-9e55-0c3d2b7a9f10", "loadBillingMonth", 12);

        assertThat(sent.text()).isEqualTo("store=3f0c7d2e-1b5a-4a43-9e55-0c3d2b7a9f10;step=loadBillingMonth;partition=12");
        assertThat(MonthRequest.parse(sent.text())).isEqualTo(sent);
    }

    @Test
    void theSameStepExecutionIdOfTwoStoresIsTwoRequestsOnTwoQueues() {
        MonthRequest c = new MonthRequest("store-c", "loadBillingMonth", 12);
        MonthRequest d = new MonthRequest("store-d", "loadBillingMonth", 12);

        assertThat(c.isFor("store-c")).isTrue();
        assertThat(d.isFor("store-c")).isFalse();
        assertThat(MonthRequest.queueOf(c.storeId())).isNotEqualTo(MonthRequest.queueOf(d.storeId()));
    }

    @Test
    void aRequestWithoutItsStoreIsNotAMonthRequest() {
        // the text of the version before store ids: a worker must not guess whose it is
        assertThatIllegalArgumentException().isThrownBy(() -> MonthRequest.parse("loadBillingMonth:12"));
        assertThatIllegalArgumentException().isThrownBy(() -> MonthRequest.parse(null));
    }
}
