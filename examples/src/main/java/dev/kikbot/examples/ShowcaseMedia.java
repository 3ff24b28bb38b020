package dev.kikbot.examples;

import java.util.Objects;

/**
 * Where the showcase bot's pictures and video live. Kik's apps fetched a message's media themselves, so the
 * bot only names URLs: public ones on the real platform ({@link #online()}), and local ones in the demo,
 * which runs offline and serves them from its own process.
 *
 * @param pictureUrl the picture it sends, offers as a picture response, and shows on its link card
 * @param videoUrl the video it sends
 * @param iconUrl the icon of its link card's attribution
 */
public record ShowcaseMedia(String pictureUrl, String videoUrl, String iconUrl) {

    public ShowcaseMedia {
        Objects.requireNonNull(pictureUrl, "pictureUrl");
        Objects.requireNonNull(videoUrl, "videoUrl");
        Objects.requireNonNull(iconUrl, "iconUrl");
    }

    /** @return public URLs, for a bot that talks to a platform on the internet */
    public static ShowcaseMedia online() {
        return new ShowcaseMedia(ShowcaseBot.PICTURE_URL, ShowcaseBot.VIDEO_URL, ShowcaseBot.PICTURE_URL);
    }
}
