package dev.kikbot.examples;

import dev.kikbot.api.Code;
import dev.kikbot.api.KikApi;
import dev.kikbot.api.message.FriendPickerResponse;
import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.PictureResponse;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextResponse;
import dev.kikbot.bot.Bot;
import dev.kikbot.bot.BotBuilder;
import java.util.Map;

/**
 * A tour of what a Kik bot can do: it greets new users, offers suggested responses of every kind (text,
 * picture, friend picker), sends a link with attribution, a picture, a video and a Kik Code, answers scans
 * and friend picks, marks messages read and shows typing. In a group it answers whoever mentions it, with a
 * keyboard only that user is offered.
 */
public final class ShowcaseBot {

    static final String PICTURE_URL = "https://picsum.photos/id/237/640/480";
    static final String VIDEO_URL = "https://example.com/showcase/kik.mp4";
    static final String LINK_URL = "https://github.com/kikbot-java";

    private ShowcaseBot() {
    }

    /** @return the keyboard every answer carries, with the online media: one response of each kind */
    static SuggestedResponseKeyboard menu() {
        return menu(ShowcaseMedia.online()).build();
    }

    /** @return the keyboard every answer carries: one response of each kind */
    public static SuggestedResponseKeyboard.Builder menu(ShowcaseMedia media) {
        return SuggestedResponseKeyboard.builder()
                .addResponse(TextResponse.of("Link"))
                .addResponse(TextResponse.of("Picture"))
                .addResponse(TextResponse.of("Video"))
                .addResponse(TextResponse.of("Kik Code"))
                .addResponse(PictureResponse.of(media.pictureUrl(), JsonValue.of(Map.of("choice", "puppy"))))
                .addResponse(FriendPickerResponse.builder().body("Invite friends").min(1).max(3)
                        .metadata(JsonValue.of("invite")).build());
    }

    /**
     * @param kik the bot's API client
     * @return the showcase bot
     */
    public static Bot create(KikApi kik) {
        return builder(kik).build();
    }

    /**
     * @param kik the bot's API client
     * @return the showcase bot's builder, to add a webhook URL or more handlers
     */
    public static BotBuilder builder(KikApi kik) {
        return builder(kik, ShowcaseMedia.online());
    }

    /**
     * @param kik the bot's API client
     * @param media where its pictures and video are
     * @return the showcase bot's builder, to add a webhook URL or more handlers
     */
    public static BotBuilder builder(KikApi kik, ShowcaseMedia media) {
        Replies replies = new Replies(media);
        return Bot.builder(kik)
                .staticKeyboard(menu(media).build())
                .use((message, context) -> {
                    // Every user message is marked read, whatever handles it next.
                    if (message.id().isPresent() && message.from().isPresent() && message.readReceiptRequested()) {
                        context.markRead();
                    }
                    context.next();
                })
                .onStartChatting((message, context) -> context.reply(replies.text(message,
                        "Hi " + message.from().orElse("there") + "! I am a showcase of Kik bots. Pick one:")))
                .onText("Link", (message, context) -> context.reply(replies.link(message)))
                .onText("Picture", (message, context) -> context.reply(replies.picture(message)))
                .onText("Video", (message, context) -> context.reply(replies.video(message)))
                .onText("Kik Code", (message, context) -> {
                    context.startTyping();
                    Code code = context.bot().kik().createCode(Map.of("from", message.from().orElse("someone")));
                    context.reply(PictureMessage.builder().picUrl(code.url(Code.Color.TURQUOISE)).build(),
                            replies.text(message, "Scan it to tell me you did."));
                })
                .onText((message, context) -> context.reply(replies.echo(message, message.body().orElse(""))))
                .onPicture((message, context) -> context.reply(replies.text(message, message.metadata()
                        .map(metadata -> "Nice pick: " + metadata.toJson())
                        .orElse("Thanks for the picture!"))))
                .onScanData((message, context) -> context.reply(replies.text(message,
                        "You scanned my code. It says: " + message.data().orElse("nothing"))))
                .onFriendPicker((message, context) -> context.reply(replies.text(message,
                        "You picked " + String.join(", ", message.picked()) + ".")));
    }

    /**
     * Runs the showcase bot until the process ends.
     *
     * @param args {@code --username NAME --api-key KEY [--api-url URL] [--host 127.0.0.1] [--port 8080]
     *     [--webhook URL]}
     */
    public static void main(String[] args) {
        Launcher.run(args, settings -> {
            BotBuilder builder = builder(settings.kikApi());
            settings.webhook().ifPresent(builder::webhookUrl);
            Bot bot = builder.build();
            if (settings.webhook().isPresent()) {
                bot.updateConfiguration(); // the webhook, the four feature flags and the menu as static keyboard
            }
            return bot;
        });
    }
}
