package dev.kikbot.messagepath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The wire test vectors of spec §8, from {@code messagepath-vectors.json} in the test resources. */
final class Vectors {

    /** One vector: its id, description, text format and hex bytes. */
    record Vector(String id, String desc, String text, String hex, int length) {

        @Override
        public String toString() {
            return id + ": " + desc;
        }
    }

    private Vectors() {
    }

    static List<Vector> all() {
        try (InputStream in = Vectors.class.getResourceAsStream("/messagepath-vectors.json")) {
            List<Vector> vectors = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(in)) {
                vectors.add(new Vector(node.get("id").asText(), node.get("desc").asText(), node.get("text").asText(),
                        node.get("hex").asText(), node.get("length").asInt()));
            }
            return vectors;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vector byId(String id) {
        return all().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }
}
