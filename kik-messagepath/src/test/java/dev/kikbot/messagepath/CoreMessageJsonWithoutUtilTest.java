package dev.kikbot.messagepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kikbot.messagepath.model.CoreMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * protobuf-java-util is optional: without it, {@link CoreMessageJson} says which artifact to add instead of
 * failing with a {@code NoClassDefFoundError}. The class is loaded again in a loader that hides
 * {@code com.google.protobuf.util}, as for a user who did not add the jar.
 */
class CoreMessageJsonWithoutUtilTest {

    @Test
    void namesTheArtifactToAddWhenJsonFormatIsMissing() throws ReflectiveOperationException {
        Class<?> json = new WithoutProtobufUtil().loadClass(CoreMessageJson.class.getName());
        assertThat(json).isNotSameAs(CoreMessageJson.class);
        Method toJson = json.getMethod("toJson", CoreMessage.class);

        assertThatThrownBy(() -> toJson.invoke(null, CoreMessage.getDefaultInstance()))
                .isInstanceOf(InvocationTargetException.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.google.protobuf:protobuf-java-util")
                .hasCauseInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void worksWhenJsonFormatIsPresent() {
        assertThat(CoreMessageJson.toCompactJson(CoreMessage.getDefaultInstance())).isEqualTo("{}");
    }

    /** Defines its own copies of CoreMessageJson and its helper; hides protobuf-java-util; delegates the rest. */
    private static final class WithoutProtobufUtil extends ClassLoader {

        WithoutProtobufUtil() {
            super(CoreMessageJsonWithoutUtilTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.google.protobuf.util.")) {
                throw new ClassNotFoundException(name);
            }
            if (!name.equals(CoreMessageJson.class.getName()) && !name.equals(ProtoJsonFormat.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = classBytes(name);
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                return loaded;
            }
        }

        private byte[] classBytes(String name) {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
