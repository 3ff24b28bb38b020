package dev.kikbot.api.message;

import java.util.Objects;

/**
 * A preset attribution, written on the wire as a bare string instead of an object. Only picture and video
 * messages accept presets. A preset name this library does not know is kept as it was read.
 */
public final class PresetAttribution implements Attribution {

    /** Makes the picture or video appear to be from the user's gallery. */
    public static final PresetAttribution GALLERY = new PresetAttribution("gallery");
    /** Makes the picture or video appear to be from the camera. */
    public static final PresetAttribution CAMERA = new PresetAttribution("camera");

    private final String name;

    private PresetAttribution(String name) {
        this.name = name;
    }

    /**
     * @param name the wire value, such as {@code camera}
     * @return the matching constant, or a new value for a preset Kik did not document
     */
    public static PresetAttribution of(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name) {
            case "gallery" -> GALLERY;
            case "camera" -> CAMERA;
            default -> new PresetAttribution(name);
        };
    }

    /** @return the wire value, such as {@code camera} */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresetAttribution other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** @return the wire value */
    @Override
    public String toString() {
        return name;
    }
}
