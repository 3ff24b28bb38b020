package dev.kikbot.messagepath;

import dev.kikbot.api.message.AttributableMessage;
import dev.kikbot.api.message.Attribution;
import dev.kikbot.api.message.CustomAttribution;
import dev.kikbot.api.message.FriendPickerMessage;
import dev.kikbot.api.message.FriendPickerResponse;
import dev.kikbot.api.message.JsonValue;
import dev.kikbot.api.message.Keyboard;
import dev.kikbot.api.message.KeyboardMessage;
import dev.kikbot.api.message.LinkMessage;
import dev.kikbot.api.message.Message;
import dev.kikbot.api.message.PictureMessage;
import dev.kikbot.api.message.PictureResponse;
import dev.kikbot.api.message.PresetAttribution;
import dev.kikbot.api.message.SuggestedResponse;
import dev.kikbot.api.message.SuggestedResponseKeyboard;
import dev.kikbot.api.message.TextMessage;
import dev.kikbot.api.message.TextResponse;
import dev.kikbot.messagepath.common.XiUuid;
import dev.kikbot.messagepath.model.Carousels.CarouselItem;
import dev.kikbot.messagepath.model.Carousels.CarouselItemContent;
import dev.kikbot.messagepath.model.Carousels.CarouselMessageAttachment;
import dev.kikbot.messagepath.model.CoreMessage;
import dev.kikbot.messagepath.model.CoreMessageCommon.AttributionAttachment;
import dev.kikbot.messagepath.model.CoreMessageCommon.PictureElement;
import dev.kikbot.messagepath.model.CoreMessageCommon.UriElement;
import dev.kikbot.messagepath.model.CoreMessageOptions.CoreMessageOriginRestriction.Origin;
import dev.kikbot.messagepath.model.Keyboards;
import dev.kikbot.messagepath.model.Keyboards.FriendPickerSuggestedReply;
import dev.kikbot.messagepath.model.Keyboards.FriendPickerSuggestedResponse;
import dev.kikbot.messagepath.model.Keyboards.KeyboardAttachment;
import dev.kikbot.messagepath.model.Keyboards.KeyboardReplyAttachment;
import dev.kikbot.messagepath.model.Keyboards.PictureSuggestedReply;
import dev.kikbot.messagepath.model.Keyboards.PictureSuggestedResponse;
import dev.kikbot.messagepath.model.Keyboards.SuggestedReply;
import dev.kikbot.messagepath.model.Keyboards.SuggestedResponseItem;
import dev.kikbot.messagepath.model.Keyboards.TextSuggestedReply;
import dev.kikbot.messagepath.model.Keyboards.TextSuggestedResponse;
import dev.kikbot.messagepath.model.LinkMessage.LinkMessageAttachment;
import dev.kikbot.messagepath.model.Mentions.MentionReplyAttachment;
import dev.kikbot.messagepath.model.VisibilityRules.VisibilityRulesAttachment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Translates between Bot API messages ({@code dev.kikbot.api.message}) and the CoreMessage attachments Kik's
 * apps exchanged (spec §9). Both directions are checked: every CoreMessage made here passes
 * {@link MessagepathValidator} and the origin policy of its sender, and a message that has no valid form
 * fails with a {@link TranslationException} naming the field.
 *
 * <p>Bot to user ({@link #toCoreMessage(Message)}): keyboards become {@code keyboard_attachment}; a link
 * becomes a one-item carousel of a {@code LinkMessageAttachment}; a reply to a message that reached the bot
 * through a mention gets {@code mention_reply_attachment} and {@code visibility_rules_attachment}. Message
 * content (text, picture and video URLs) travels outside this model, so a plain text message has no
 * attachments at all.
 *
 * <p>User to bot ({@link #keyboardReply(SuggestedResponse)}, {@link #toBotMessage(CoreMessage, SuggestedResponse)}):
 * a tap on a suggested response is a {@code keyboard_reply_attachment}, and what the bot receives for it is a
 * text, picture or friend-picker message carrying the response's metadata.
 *
 * <p>Choices where the platform's own translation is not known: a JSON metadata string is kept as is and
 * any other JSON value written as compact JSON; a picture response's thumbnail is the picture itself and its
 * {@code pic_id} a name-based UUID of its URL, so the same picture always has the same id; JIDs are written
 * only in their current ({@code _v2}) fields.
 */
public final class BotMessageTranslator {

    private BotMessageTranslator() {
    }

    /**
     * @param outgoing a message a bot sends
     * @return the attachments it carries on the message path
     * @throws TranslationException if a field has no valid CoreMessage form
     */
    public static CoreMessage toCoreMessage(Message outgoing) {
        return toCoreMessage(outgoing, null);
    }

    /**
     * @param outgoing a message a bot sends
     * @param inReplyTo the incoming message it answers, or null: a reply to a message that reached the bot
     *     through a mention is marked as a mention reply, and a message to a user picked in a friend picker as
     *     that picker user's invite
     * @return the attachments it carries on the message path
     * @throws TranslationException if a field has no valid CoreMessage form
     */
    public static CoreMessage toCoreMessage(Message outgoing, Message inReplyTo) {
        Objects.requireNonNull(outgoing, "outgoing");
        CoreMessage.Builder core = CoreMessage.newBuilder();
        if (outgoing instanceof KeyboardMessage withKeyboards && !withKeyboards.keyboards().isEmpty()) {
            core.setKeyboardAttachment(keyboards(withKeyboards.keyboards()));
        }
        if (outgoing instanceof LinkMessage link) {
            core.setCarouselMessageAttachment(CarouselMessageAttachment.newBuilder()
                    .addItems(CarouselItem.newBuilder().setContent(CarouselItemContent.newBuilder()
                            .setLinkMessageAttachment(link(link)))));
        }
        if (inReplyTo != null) {
            replyContext(outgoing, inReplyTo, core);
        }
        return checked(core.build(), Origin.BOT);
    }

    /**
     * What a user's app sends when the user taps a text or picture suggested response.
     *
     * @param tapped the response tapped
     * @return a CoreMessage with the keyboard reply
     * @throws TranslationException for a friend-picker response (use {@link #keyboardReply(FriendPickerResponse, List)})
     *     or a response type with no reply form
     */
    public static CoreMessage keyboardReply(SuggestedResponse tapped) {
        Objects.requireNonNull(tapped, "tapped");
        SuggestedReply.Builder reply = SuggestedReply.newBuilder();
        tapped.metadata().ifPresent(metadata -> reply.setMetadata(metadata.asText()));
        if (tapped instanceof TextResponse) {
            reply.setTextReply(TextSuggestedReply.getDefaultInstance());
        } else if (tapped instanceof PictureResponse picture) {
            String picUrl = picture.picUrl().orElseThrow(() -> new TranslationException("picUrl", "is required"));
            reply.setPictureReply(PictureSuggestedReply.newBuilder().setPicId(picId(picUrl)));
        } else if (tapped instanceof FriendPickerResponse) {
            throw new TranslationException("picked", "a friend-picker reply needs the users picked");
        } else {
            throw new TranslationException("type", "'" + tapped.type() + "' responses have no reply form");
        }
        return reply(reply);
    }

    /**
     * What a user's app sends after picking users in a friend picker.
     *
     * @param tapped the friend-picker response tapped
     * @param picked the usernames picked; at least one
     * @return a CoreMessage with the keyboard reply
     * @throws TranslationException if a username cannot be a JID or none was picked
     */
    public static CoreMessage keyboardReply(FriendPickerResponse tapped, List<String> picked) {
        Objects.requireNonNull(tapped, "tapped");
        SuggestedReply.Builder reply = SuggestedReply.newBuilder();
        tapped.metadata().ifPresent(metadata -> reply.setMetadata(metadata.asText()));
        FriendPickerSuggestedReply.Builder friends = FriendPickerSuggestedReply.newBuilder();
        for (int i = 0; i < picked.size(); i++) {
            friends.addPicked(Jids.bareJid(picked.get(i), "picked[" + i + "]"));
        }
        return reply(reply.setFriendPickerReply(friends));
    }

    /**
     * The Bot API message a bot receives for a user's keyboard reply: a text message with the tapped
     * response's body, a picture message with its picture, or a friend-picker message with the users picked;
     * each with the response's metadata. The caller adds the envelope ({@code from}, {@code chatId}, ...).
     *
     * @param reply the CoreMessage the user's app sent
     * @param tapped the suggested response the reply answers (its body and picture are not in the reply)
     * @return the message for the bot
     * @throws TranslationException if the reply is not a keyboard reply to that response
     */
    public static Message toBotMessage(CoreMessage reply, SuggestedResponse tapped) {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(tapped, "tapped");
        checked(reply, Origin.MOBILE);
        if (!reply.getKeyboardReplyAttachment().hasSuggestedReply()) {
            throw new TranslationException("keyboard_reply_attachment.suggested_reply", "is required");
        }
        SuggestedReply suggested = reply.getKeyboardReplyAttachment().getSuggestedReply();
        JsonValue metadata = metadata(suggested, tapped);
        String path = "keyboard_reply_attachment.suggested_reply.";
        switch (suggested.getTypeCase()) {
            case TEXT_REPLY -> {
                TextResponse text = expect(tapped, TextResponse.class, path + "text_reply");
                return TextMessage.builder().body(text.body().orElse("")).metadata(metadata).build();
            }
            case PICTURE_REPLY -> {
                PictureResponse picture = expect(tapped, PictureResponse.class, path + "picture_reply");
                String picUrl = picture.picUrl().orElseThrow(() -> new TranslationException("picUrl", "is required"));
                if (!picId(picUrl).equals(suggested.getPictureReply().getPicId())) {
                    throw new TranslationException(path + "picture_reply.pic_id", "is not the id of " + picUrl);
                }
                return PictureMessage.builder().picUrl(picUrl).metadata(metadata).build();
            }
            case FRIEND_PICKER_REPLY -> {
                expect(tapped, FriendPickerResponse.class, path + "friend_picker_reply");
                List<String> picked = suggested.getFriendPickerReply().getPickedList().stream()
                        .map(Jids::username).toList();
                return FriendPickerMessage.builder().picked(picked).metadata(metadata).build();
            }
            default -> throw new TranslationException(path + "type",
                    suggested.getTypeCase() + " has no Bot API message");
        }
    }

    /**
     * The id the platform gives a picture response: the same for the same picture URL.
     *
     * @param picUrl the picture's URL
     * @return a name-based UUID of the URL, as {@code XiUuid}
     */
    public static XiUuid picId(String picUrl) {
        UUID uuid = UUID.nameUUIDFromBytes(picUrl.getBytes(StandardCharsets.UTF_8));
        return XiUuid.newBuilder().setMsb(uuid.getMostSignificantBits()).setLsb(uuid.getLeastSignificantBits()).build();
    }

    /**
     * The keyboard attachment for Bot API keyboards, such as a bot's static keyboard, which the platform
     * delivers like any other keyboard.
     *
     * @param keyboards the keyboards, in order; at least one
     * @return the attachment
     * @throws TranslationException if a keyboard has no valid CoreMessage form
     */
    public static KeyboardAttachment keyboardAttachment(List<? extends Keyboard> keyboards) {
        Objects.requireNonNull(keyboards, "keyboards");
        return checked(CoreMessage.newBuilder().setKeyboardAttachment(keyboards(keyboards)).build(), Origin.BOT)
                .getKeyboardAttachment();
    }

    private static KeyboardAttachment keyboards(List<? extends Keyboard> keyboards) {
        KeyboardAttachment.Builder attachment = KeyboardAttachment.newBuilder();
        for (int k = 0; k < keyboards.size(); k++) {
            Keyboard keyboard = keyboards.get(k);
            String path = "keyboards[" + k + "]";
            Keyboards.Keyboard.Builder proto = Keyboards.Keyboard.newBuilder().setHidden(keyboard.hidden());
            keyboard.to().ifPresent(to -> proto.setToV2(Jids.bareJidV2(to, path + ".to")));
            if (keyboard instanceof SuggestedResponseKeyboard suggested) {
                Keyboards.SuggestedResponseKeyboard.Builder responses = Keyboards.SuggestedResponseKeyboard.newBuilder();
                for (int r = 0; r < suggested.responses().size(); r++) {
                    responses.addResponses(response(suggested.responses().get(r), path + ".responses[" + r + "]"));
                }
                proto.setSuggestedResponseKeyboard(responses);
            }
            // A keyboard type with no CoreMessage counterpart keeps only its recipient and hidden flag.
            attachment.addKeyboards(proto);
        }
        return attachment.build();
    }

    private static SuggestedResponseItem response(SuggestedResponse response, String path) {
        SuggestedResponseItem.Builder item = SuggestedResponseItem.newBuilder();
        response.metadata().ifPresent(metadata -> item.setMetadata(metadata.asText()));
        if (response instanceof TextResponse text) {
            item.setTextResponse(TextSuggestedResponse.newBuilder().setBody(text.body().orElse("")));
        } else if (response instanceof PictureResponse picture) {
            String picUrl = picture.picUrl().orElse("");
            item.setPictureResponse(PictureSuggestedResponse.newBuilder()
                    .setPicUrl(picUrl)
                    .setThumbnailUrl(picUrl)
                    .setPicId(picId(picUrl)));
        } else if (response instanceof FriendPickerResponse picker) {
            FriendPickerSuggestedResponse.Builder friends = FriendPickerSuggestedResponse.newBuilder();
            picker.body().ifPresent(friends::setBody);
            picker.min().ifPresent(friends::setMin);
            picker.max().ifPresent(friends::setMax);
            for (int p = 0; p < picker.preselected().size(); p++) {
                friends.addPreselected(Jids.bareJid(picker.preselected().get(p), path + ".preselected[" + p + "]"));
            }
            item.setFriendPickerResponse(friends);
        }
        // An unknown response type keeps its metadata; the client shows it as a type it does not know.
        return item.build();
    }

    private static LinkMessageAttachment link(LinkMessage link) {
        LinkMessageAttachment.Builder attachment = LinkMessageAttachment.newBuilder()
                .addUris(UriElement.newBuilder().setUri(link.url().orElse("")))
                // allow_forward is false when unset, the opposite of a link without noForward: write it always.
                .setAllowForward(!link.noForward());
        link.title().ifPresent(attachment::setTitle);
        link.text().ifPresent(attachment::setText);
        link.picUrl().ifPresent(url -> attachment.setPicture(PictureElement.newBuilder().setUrl(url)));
        attribution(link).ifPresent(attachment::setAttribution);
        return attachment.build();
    }

    private static java.util.Optional<AttributionAttachment> attribution(AttributableMessage message) {
        Attribution attribution = message.attribution().orElse(null);
        if (attribution == null) {
            return java.util.Optional.empty();
        }
        if (attribution instanceof PresetAttribution preset) {
            throw new TranslationException("attribution", "preset '" + preset.name()
                    + "' has no link form; presets are only valid on picture and video");
        }
        CustomAttribution custom = (CustomAttribution) attribution;
        AttributionAttachment.Builder proto = AttributionAttachment.newBuilder();
        custom.name().ifPresent(proto::setName);
        custom.iconUrl().ifPresent(icon -> proto.setIcon(PictureElement.newBuilder().setUrl(icon)));
        return java.util.Optional.of(proto.build());
    }

    private static void replyContext(Message outgoing, Message inReplyTo, CoreMessage.Builder core) {
        String sender = inReplyTo.from().orElse(null);
        if (sender == null) {
            return;
        }
        if (inReplyTo.mention().isPresent()) {
            core.setMentionReplyAttachment(MentionReplyAttachment.newBuilder()
                    .setOriginalMentionerV2(Jids.bareJidV2(sender, "inReplyTo.from")));
            core.setVisibilityRulesAttachment(VisibilityRulesAttachment.newBuilder()
                    .setInitiatorV2(Jids.bareJidV2(sender, "inReplyTo.from"))
                    .setRule(VisibilityRulesAttachment.Rule.USE_INITIATOR_FOR_VISIBILITY));
        } else if (inReplyTo instanceof FriendPickerMessage picker && outgoing.to().isPresent()
                && picker.picked().stream().anyMatch(user -> user.equalsIgnoreCase(outgoing.to().get()))) {
            // A viral invite: sent to a picked user on the picker's behalf, dropped unless they are friends.
            core.setVisibilityRulesAttachment(VisibilityRulesAttachment.newBuilder()
                    .setInitiatorV2(Jids.bareJidV2(sender, "inReplyTo.from"))
                    .setDropIfInitiatorNotFriend(true)
                    .setRule(VisibilityRulesAttachment.Rule.USE_SENDER_FOR_VISIBILITY));
        }
    }

    private static CoreMessage reply(SuggestedReply.Builder reply) {
        return checked(CoreMessage.newBuilder()
                .setKeyboardReplyAttachment(KeyboardReplyAttachment.newBuilder().setSuggestedReply(reply))
                .build(), Origin.MOBILE);
    }

    private static JsonValue metadata(SuggestedReply reply, SuggestedResponse tapped) {
        if (reply.getMetadata().isEmpty()) {
            return null;
        }
        // The reply echoes the string the response carried; give it back in the shape the bot set it.
        JsonValue offered = tapped.metadata().orElse(null);
        if (offered != null && offered.isString()) {
            return JsonValue.of(reply.getMetadata());
        }
        try {
            return JsonValue.parse(reply.getMetadata());
        } catch (RuntimeException notJson) {
            return JsonValue.of(reply.getMetadata());
        }
    }

    private static <R extends SuggestedResponse> R expect(SuggestedResponse tapped, Class<R> type, String path) {
        if (!type.isInstance(tapped)) {
            throw new TranslationException(path, "answers a " + type.getSimpleName() + ", not a '" + tapped.type()
                    + "' response");
        }
        return type.cast(tapped);
    }

    private static CoreMessage checked(CoreMessage message, Origin origin) {
        List<SchemaViolation> violations = MessagepathValidator.validate(message);
        if (!violations.isEmpty()) {
            SchemaViolation first = violations.get(0);
            throw new TranslationException(first.path(), first.message()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""));
        }
        List<String> denied = OriginPolicy.deniedFields(message, origin);
        if (!denied.isEmpty()) {
            throw new TranslationException(denied.get(0), "may not be sent by " + origin);
        }
        return message;
    }
}
