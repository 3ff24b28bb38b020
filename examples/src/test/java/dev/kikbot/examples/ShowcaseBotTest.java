package dev.kikbot.examples;

import static dev.kikbot.testkit.MessageAssert.assertMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kikbot.api.Code;
import dev.kikbot.api.Configuration;
import dev.kikbot.api.message.CustomAttribution;
import dev.kikbot.api.message.FriendPickerMessage;
import dev.kikbot.api.message.IsTypingMessage;
import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.LinkMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.PresetAttribution;
import dev.kikbot.api.message.ReadReceiptMessage;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.VideoMessage;
import dev.kikbot.bot.Bot;
import dev.kikbot.testkit.KikEmulator;
import dev.kikbot.testkit.KikEmulatorExtension;
import dev.kikbot.testkit.TestBot;
import dev.kikbot.testkit.TestChat;
import dev.kikbot.testkit.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The showcase bot, end to end: served for real, on the emulator, played by a user through the test kit. */
@ExtendWith(KikEmulatorExtension.class)
class ShowcaseBotTest {

    private static final String[] MENU = {"Link", "Picture", "Video", "Kik Code", ShowcaseBot.PICTURE_URL,
        "Invite friends"};

    private Bot bot;

    @AfterEach
    void stopBot() {
        if (bot != null) {
            bot.close();
        }
    }

    /** Serves the showcase bot, opens alice's chat with it and reads its greeting. */
    private TestChat greeted(KikEmulator kik) {
        TestBot showcase = kik.bot("showcase");
        bot = ShowcaseBot.create(showcase.api());
        showcase.webhook(bot.serve("127.0.0.1", 0).url() + "/incoming");
        TestChat chat = kik.user("alice").chatWith(showcase);
        assertMessage(chat.awaitReply()).isText("Hi alice! I am a showcase of Kik bots. Pick one:").offers(MENU);
        return chat;
    }

    @Test
    void greetsANewUserWithOneResponseOfEachKind(KikEmulator kik) {
        greeted(kik);
    }

    @Test
    void marksEveryMessageReadBeforeAnsweringIt(KikEmulator kik) {
        TestChat chat = greeted(kik);
        Message hello = chat.send(TextMessage.builder().body("hello").build());
        List<Message> sent = chat.awaitMessages(2);
        assertThat(assertMessage(sent.get(0)).isA(ReadReceiptMessage.class).messageIds())
                .containsExactly(hello.id().orElseThrow());
        assertMessage(sent.get(1)).isText("You said \"hello\". Try one of these:").offers(MENU);
    }

    @Test
    void sendsALinkWithItsOwnAttribution(KikEmulator kik) {
        LinkMessage link = greeted(kik).say("Link").expectReply(LinkMessage.class);
        assertThat(link.url()).contains(ShowcaseBot.LINK_URL);
        assertThat(link.title()).contains("kikbot-java");
        assertThat(link.attribution()).containsInstanceOf(CustomAttribution.class);
        assertMessage(link).offers(MENU);
    }

    @Test
    void sendsAPictureAndAVideo(KikEmulator kik) {
        TestChat chat = greeted(kik);
        PictureMessage picture = chat.say("Picture").expectReply(PictureMessage.class);
        assertThat(picture.picUrl()).contains(ShowcaseBot.PICTURE_URL);
        assertThat(picture.attribution()).contains(PresetAttribution.CAMERA);
        VideoMessage video = chat.say("Video").expectReply(VideoMessage.class);
        assertThat(video.videoUrl()).contains(ShowcaseBot.VIDEO_URL);
        assertThat(List.of(video.autoplay(), video.muted(), video.loop())).containsOnly(true);
    }

    @Test
    void makesAKikCodeWhileTypingAndAnswersItsScan(KikEmulator kik) {
        TestChat chat = greeted(kik);
        chat.say("Kik Code");
        List<Message> sent = chat.awaitMessages(4);
        assertThat(sent).extracting(Message::type)
                .containsExactlyInAnyOrder("read-receipt", "is-typing", "picture", "text");
        List<Message> replies = sent.stream().filter(m -> !(m instanceof IsTypingMessage)
                && !(m instanceof ReadReceiptMessage)).toList();
        PictureMessage code = assertMessage(replies.get(0)).isA(PictureMessage.class);
        assertThat(code.picUrl().orElseThrow()).startsWith(kik.url() + "/v1/code/")
                .endsWith("?c=" + Code.Color.TURQUOISE.id());
        assertMessage(replies.get(1)).isText("Scan it to tell me you did.").offers(MENU);
        String codeId = code.picUrl().orElseThrow().replaceAll(".*/v1/code/([^?]+).*", "$1");
        chat.scan(codeId);
        chat.expectText("You scanned my code. It says: {\"from\": \"alice\"}");
    }

    @Test
    void answersAPickedPictureWithItsMetadata(KikEmulator kik) {
        TestChat chat = greeted(kik);
        chat.send(PictureMessage.builder().picUrl(ShowcaseBot.PICTURE_URL)
                .metadata(JsonValue.of(Map.of("choice", "puppy"))).build());
        chat.expectText("Nice pick: {\"choice\":\"puppy\"}");
    }

    @Test
    void answersPickedFriends(KikEmulator kik) {
        TestChat chat = greeted(kik);
        chat.send(FriendPickerMessage.builder().picked(List.of("bob", "carol")).metadata(JsonValue.of("invite"))
                .build());
        chat.expectText("You picked bob, carol.");
    }

    @Test
    void answersTapsOnItsSuggestedResponses(KikEmulator kik) {
        TestChat chat = greeted(kik);
        chat.tap("Video");
        chat.expectReply(VideoMessage.class);
        chat.tap(ShowcaseBot.PICTURE_URL).expectText("Nice pick: {\"choice\":\"puppy\"}");
        kik.user("bob"); // a friend picker offers only users who exist
        chat.tap("Invite friends", List.of("bob")).expectText("You picked bob.");
    }

    @Test
    void registersItsWebhookFeaturesAndMenuAsStaticKeyboard(KikEmulator kik) {
        TestBot showcase = kik.bot("showcase");
        bot = ShowcaseBot.builder(showcase.api()).webhookUrl("http://127.0.0.1:9/incoming").build();
        bot.updateConfiguration();
        Configuration config = showcase.configuration();
        assertThat(config.webhook()).contains("http://127.0.0.1:9/incoming");
        assertThat(config.staticKeyboard()).get().isInstanceOf(SuggestedResponseKeyboard.class)
                .extracting(k -> ((SuggestedResponseKeyboard) k).responses().size()).isEqualTo(6);
    }

    @Test
    void answersAMentionInAGroupWithAKeyboardForTheOneWhoMentionedIt(KikEmulator kik) {
        TestBot showcase = kik.bot("showcase");
        bot = ShowcaseBot.create(showcase.api());
        showcase.webhook(bot.serve("127.0.0.1", 0).url() + "/incoming");
        TestUser bob = kik.user("bob");
        TestChat group = kik.group(showcase, false, kik.user("alice"), bob).as(bob);
        TextMessage answer = group.mention("hi all").expectText(
                "You said \"hi all\", bob. In a group I hear only what mentions me, and only you get these:");
        SuggestedResponseKeyboard menu = (SuggestedResponseKeyboard) answer.keyboards().get(0);
        assertThat(menu.to()).contains("bob");
        assertThat(answer.to()).contains("bob");
        group.tap("Picture").expectReply(PictureMessage.class);
    }

    @Test
    void sendsItsMediaFromWhereItIsTold(KikEmulator kik) {
        ShowcaseMedia local = new ShowcaseMedia("http://127.0.0.1:9/media/puppy.png",
                "http://127.0.0.1:9/media/kik.webm", "http://127.0.0.1:9/media/icon.png");
        TestBot showcase = kik.bot("showcase");
        bot = ShowcaseBot.builder(showcase.api(), local).build();
        showcase.webhook(bot.serve("127.0.0.1", 0).url() + "/incoming");
        TestChat chat = kik.user("alice").chatWith(showcase);
        assertMessage(chat.awaitReply()).offers("Link", "Picture", "Video", "Kik Code", local.pictureUrl(),
                "Invite friends");
        assertThat(chat.say("Picture").expectReply(PictureMessage.class).picUrl()).contains(local.pictureUrl());
        assertThat(chat.say("Video").expectReply(VideoMessage.class).videoUrl()).contains(local.videoUrl());
        LinkMessage link = chat.say("Link").expectReply(LinkMessage.class);
        assertThat(link.picUrl()).contains(local.pictureUrl());
        assertThat(link.attribution()).contains(CustomAttribution.of("kikbot-java", local.iconUrl()));
    }
}
