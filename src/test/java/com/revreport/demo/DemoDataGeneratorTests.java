package com.revreport.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed demo input must be exactly what {@link DemoDataGenerator} writes, so it can always be regenerated
 * (and its README's figures stay true). Runs from the project root, where {@code input/} lives.
 */
class DemoDataGeneratorTests {

    private static final String REGENERATE =
        "regenerate with: mvn -q test-compile && java -cp target/test-classes com.revreport.demo.DemoDataGenerator input";

    @TempDir
    Path temp;

    @Test
    void committedDemoInputIsWhatTheGeneratorWrites() throws IOException {
        Path committed = Path.of("input");
        assertTrue(Files.isDirectory(committed), "no input/ folder under " + Path.of("").toAbsolutePath());

        DemoDataGenerator.generate(temp);

        Map<String, byte[]> expected = files(temp);
        Map<String, byte[]> actual = files(committed);
        assertEquals(expected.keySet(), actual.keySet(), "files in input/ differ from the generated ones; " + REGENERATE);
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            assertArrayEquals(file.getValue(), actual.get(file.getKey()),
                "input/" + file.getKey() + " differs from the generated file; " + REGENERATE);
        }
    }

    /** Relative path (with '/') -> content, for every regular file under the folder. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }
}
