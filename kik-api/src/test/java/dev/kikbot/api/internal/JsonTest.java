package dev.kikbot.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.TokenStreamFactory;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import dev.kikbot.api.KikApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shared mapper stays inside the library: nothing public hands it, or a way back to it, to a caller. */
class JsonTest {

    /** Types from which a caller can reach a mapper and change its configuration. */
    private static final List<Class<?>> MAPPER_HANDLES =
            List.of(ObjectCodec.class, TokenStreamFactory.class, ObjectWriter.class, MapperConfig.class);

    @Test
    void noPublicMethodOrFieldOfTheLibraryReturnsAMapperHandle() throws IOException, URISyntaxException {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> classes = libraryClasses();
        assertThat(classes).as("classes scanned").contains(KikApi.class, Json.class);
        for (Class<?> type : classes) {
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && isMapperHandle(method.getReturnType())) {
                    leaks.add(method.toString());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers()) && isMapperHandle(field.getType())) {
                    leaks.add(field.toString());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void generatorsHaveNoCodecThatLeadsBackToTheMapper() throws IOException {
        try (JsonGenerator out = Json.generator(new ByteArrayOutputStream())) {
            assertThat(out.getCodec()).isNull();
        }
    }

    @Test
    void writingATreeKeepsNumbersAsWritten() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = Json.generator(bytes)) {
            Json.write(out, Json.readTree("{\"price\":1.10}"));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"price\":1.10}");
        assertThat(Json.toJava(Json.valueToTree(Map.of("a", List.of(1, "b"))))).isEqualTo(Map.of("a", List.of(1, "b")));
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean isMapperHandle(Class<?> type) {
        return MAPPER_HANDLES.stream().anyMatch(handle -> handle.isAssignableFrom(type));
    }

    /** Every class compiled from src/main, found next to {@link KikApi}'s class file. */
    private static List<Class<?>> libraryClasses() throws IOException, URISyntaxException {
        Path root = Path.of(KikApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                try {
                    classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            KikApi.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return classes;
    }
}
