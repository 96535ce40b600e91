package com.revreport.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.revreport.model.FileStamp;
import com.revreport.model.HashedFile;

/** The input files' hashes as last worked out, with the stamps they may be trusted under (V11). */
@Repository
public class InputFileHashes {

    private final JdbcClient jdbc;

    public InputFileHashes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** absolute path -> the file's hash and stamp when it was last hashed. */
    public Map<String, HashedFile> lastHashed() {
        Map<String, HashedFile> files = new HashMap<>();
        jdbc.sql("SELECT file_path, file_size, modified_ns, changed_ns, file_key, sha256 FROM input_file_hash")
                .query(rs -> {
                    files.put(rs.getString(1), new HashedFile(rs.getString(1),
                            new FileStamp(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)), rs.getString(6)));
                });
        return files;
    }

    /** Replaces the record with the files of this run's scan: files gone from the input are forgotten. */
    public void record(List<HashedFile> files) {
        jdbc.sql("DELETE FROM input_file_hash").update();
        for (HashedFile file : files) {
            jdbc.sql("INSERT INTO input_file_hash (file_path, file_size, modified_ns, changed_ns, file_key, sha256) "
                    + "VALUES (?, ?, ?, ?, ?, ?)").param(file.path()).param(file.stamp().size())
                    .param(file.stamp().modifiedNanos()).param(file.stamp().changedNanos()).param(file.stamp().fileKey())
                    .param(file.sha256()).update();
        }
    }
}
