package com.revreport.job;

import com.revreport.testing.WorkbookTables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The figures and workbook step alone, on a store that holds January and February: the workbook and what it records. */
class WorkbookStepTests {

    @TempDir
    Path dir;

    @Test
    void figuresOfTheStoreAreWrittenAndTheStepRecordsTheWorkbookItsQuarterAndStatuses() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            steps.loadAsANewStore();
            ExecutionContext job = new ExecutionContext();
            job.putString("fingerprint", "f".repeat(64));

            JobExecution run = steps.run("writeWorkbook", job);

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Path workbook = dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx").toAbsolutePath();
            ExecutionContext step = StepRunner.only(run, "writeWorkbook").getExecutionContext();
            assertThat(step.getString("workbook")).isEqualTo(workbook.toString());
            assertThat(step.getString("quarter")).isEqualTo("FY2024-Q1-QTD");
            // January, February and the quarter row of AI, each as the ledger books it
            assertThat(step.getString("reconciliation")).isEqualTo("{MATCHED=3} (segments breaking over the quarter: 0)");
            List<Map<String, Object>> reconciliation = WorkbookTables.rows(workbook, "tblReconciliation");
            // January: 100.10 USD + 50 EUR x 1.1 = 155.10; February: 200 - 20 = 180; the quarter 335.10
            assertThat((BigDecimal) WorkbookTables.row(reconciliation, "Segment", "AI", "Month", "2024-01").get("Billed"))
                    .isEqualByComparingTo("155.10");
            assertThat((BigDecimal) WorkbookTables.row(reconciliation, "Segment", "AI", "Month", "2024-02").get("Billed"))
                    .isEqualByComparingTo("180");
            assertThat((BigDecimal) WorkbookTables.row(reconciliation, "Segment", "AI", "Month", "FY2024-Q1").get("Billed"))
                    .isEqualByComparingTo("335.10");
        }
    }
}
