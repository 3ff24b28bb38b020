package dev.kikbot.emulator.codes;

import java.awt.Color;
import java.util.List;

/** The 16 colours a Kik Code was drawn in, by their ids (spec §2.8); 0, Kik Blue, when none is asked for. */
public final class CodeColor {

    private static final List<Color> COLORS = List.of(
            new Color(0x42B4E6), new Color(0x42DFD8), new Color(0x24D7A7), new Color(0x25912B),
            new Color(0x87D300), new Color(0xF8CB1C), new Color(0xFC971B), new Color(0xF9703A),
            new Color(0xF7373C), new Color(0xF88585), new Color(0xF767C3), new Color(0x940D65),
            new Color(0xCB94FF), new Color(0x8737F8), new Color(0x353CD4), new Color(0x5D7687));

    private CodeColor() {
    }

    /**
     * @param id a colour id, 0 to 15
     * @return its colour
     * @throws IllegalArgumentException if there is no such colour
     */
    public static Color of(int id) {
        if (id < 0 || id >= COLORS.size()) {
            throw new IllegalArgumentException("a Kik Code colour is 0 to " + (COLORS.size() - 1) + ", not " + id);
        }
        return COLORS.get(id);
    }

    /** @return how many colours there are */
    public static int count() {
        return COLORS.size();
    }
}
