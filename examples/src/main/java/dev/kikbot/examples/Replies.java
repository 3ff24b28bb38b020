package dev.kikbot.examples;

import dev.kikbot.api.message.ChatType;
import dev.kikbot.api.message.CustomAttribution;
import dev.kikbot.api.message.LinkMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.PresetAttribution;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.VideoMessage;
import java.time.Duration;

/**
 * The showcase bot's answers. Each carries the menu; in a group the menu is addressed ({@code to}) to the user
 * who spoke, because a keyboard without {@code to} would be offered to everyone in the group.
 */
final class Replies {

    private final ShowcaseMedia media;

    Replies(ShowcaseMedia media) {
        this.media = media;
    }

    static boolean inGroup(Message incoming) {
        return incoming.chatType().map(ChatType::isGroup).orElse(false);
    }

    SuggestedResponseKeyboard menuFor(Message incoming) {
        SuggestedResponseKeyboard.Builder menu = ShowcaseBot.menu(media);
        if (inGroup(incoming)) {
            incoming.from().ifPresent(menu::to);
        }
        return menu.build();
    }

    TextMessage text(Message incoming, String body) {
        return TextMessage.builder().body(body).addKeyboard(menuFor(incoming)).build();
    }

    /** @return the answer to text it has no command for, which in a group is a mention */
    TextMessage echo(Message incoming, String said) {
        String body = inGroup(incoming)
                ? "You said \"" + said + "\", " + incoming.from().orElse("friend")
                        + ". In a group I hear only what mentions me, and only you get these:"
                : "You said \"" + said + "\". Try one of these:";
        return TextMessage.builder().body(body).typeTime(Duration.ofMillis(600)).addKeyboard(menuFor(incoming))
                .build();
    }

    LinkMessage link(Message incoming) {
        return LinkMessage.builder()
                .url(ShowcaseBot.LINK_URL)
                .title("kikbot-java")
                .text("The Java platform for Kik bots")
                .picUrl(media.pictureUrl())
                .attribution(CustomAttribution.of("kikbot-java", media.iconUrl()))
                .addKeyboard(menuFor(incoming))
                .build();
    }

    PictureMessage picture(Message incoming) {
        return PictureMessage.builder()
                .picUrl(media.pictureUrl())
                .attribution(PresetAttribution.CAMERA)
                .addKeyboard(menuFor(incoming))
                .build();
    }

    VideoMessage video(Message incoming) {
        return VideoMessage.builder()
                .videoUrl(media.videoUrl())
                .autoplay(true).muted(true).loop(true)
                .attribution(PresetAttribution.GALLERY)
                .addKeyboard(menuFor(incoming))
                .build();
    }
}
