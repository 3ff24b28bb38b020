package dev.kikbot.api.message;

import java.util.List;

/**
 * A preset attribution, written on the wire as a bare string instead of an object. Only picture and video
 * messages accept presets. A preset name this library does not know is kept as it was read. Equal by
 * value; {@code toString()} is the wire value.
 */
public final class PresetAttribution extends OpenValue implements Attribution {

    /** Makes the picture or video appear to be from the user's gallery. */
    public static final PresetAttribution GALLERY = new PresetAttribution("gallery");
    /** Makes the picture or video appear to be from the camera. */
    public static final PresetAttribution CAMERA = new PresetAttribution("camera");

    private static final List<PresetAttribution> KNOWN = List.of(GALLERY, CAMERA);

    private PresetAttribution(String name) {
        super(name);
    }

    /**
     * @param name the wire value, such as {@code camera}
     * @return the matching constant, or a new value for a preset Kik did not document
     */
    public static PresetAttribution of(String name) {
        return of(name, "name", KNOWN, PresetAttribution::new);
    }

    /** @return the wire value, such as {@code camera} */
    public String name() {
        return wire();
    }
}
