package com.revreport.model;

/**
 * An input file's SHA-256 as last worked out, with the file's stamp taken before it was read: while the
 * stamp holds, the hash may be taken as the file's without reading it again.
 *
 * @param path the file's absolute path
 */
public record HashedFile(String path, FileStamp stamp, String sha256) {
}
