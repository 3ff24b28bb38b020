package dev.kikbot.api.message;

/**
 * Where the content of a link, picture or video message comes from, shown by the Kik client: a
 * {@link CustomAttribution} (a name and an icon) or one of the {@link PresetAttribution}s, which make a
 * picture or video look as if it came from the user's camera or gallery.
 */
public sealed interface Attribution permits CustomAttribution, PresetAttribution {
}
